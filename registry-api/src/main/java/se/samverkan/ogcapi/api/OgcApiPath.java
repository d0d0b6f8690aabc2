package se.samverkan.ogcapi.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the OGC API at {@code /ogcapi}, where GIS clients expect a service root of its own, by forwarding
 * to the JAX-RS resource under {@code /api/ogcapi}. One JAX-RS application keeps one set of exception
 * mappers and security settings; a second application would have picked up every REST resource as well.
 */
@WebFilter(urlPatterns = {"/ogcapi", "/ogcapi/*"})
public class OgcApiPath extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + "/ogcapi".length());
        // Keep the query string on the target: containers differ in what a forward without one reports.
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        request.getRequestDispatcher("/api/ogcapi" + rest + query).forward(request, response);
    }
}
