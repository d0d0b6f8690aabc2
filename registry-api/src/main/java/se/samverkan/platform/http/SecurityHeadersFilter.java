package se.samverkan.platform.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response (API, static files, error pages: also the ERROR dispatch, since
 * a refused token is answered before any filter runs), and CORS: closed unless
 * {@code samverkan.cors.allowed-origins} ({@code SAMVERKAN_CORS_ALLOWED_ORIGINS}) names origins, comma
 * separated. The web client is served by the application itself and needs no CORS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match";

    private SecurityHeaders headers;
    private Set<String> allowedOrigins;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig();
        headers = new SecurityHeaders(settings.getOptionalValue("samverkan.keycloak.url", String.class).orElse(null),
                settings.getOptionalValue("samverkan.ui.tile-url", String.class));
        allowedOrigins = settings.getOptionalValue("samverkan.cors.allowed-origins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.applyTo(response);
        Optional<String> origin = Optional.ofNullable(request.getHeader("Origin")).filter(allowedOrigins::contains);
        if (origin.isPresent()) {
            response.setHeader("Access-Control-Allow-Origin", origin.get());
            response.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
