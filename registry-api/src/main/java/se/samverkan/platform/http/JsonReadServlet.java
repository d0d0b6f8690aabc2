package se.samverkan.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.UnexpectedExceptionMapper;
import se.samverkan.platform.problem.WebApplicationExceptionMapper;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.CallerProducer;

/**
 * A read-only JSON endpoint served by a plain servlet instead of a Jakarta REST resource: for the few
 * searches called so often that the REST framework's own work per request (routing, provider lookup,
 * request scope, filters; about 0.4 ms of CPU on these machines) outweighs the query behind it
 * (docs/decisions/0007-hot-searches-as-servlets.md). It answers as the REST resources do, so a client
 * cannot tell them apart:
 * <ul>
 *   <li>who may call it is fixed by the subclass's constructor: without a token 401 with the Bearer
 *       challenge, without one of the roles 403 (a token MicroProfile JWT refuses never gets here: the
 *       container answers 401 first, as for every other address);</li>
 *   <li>GET and HEAD only (405 otherwise, OPTIONS lists them), JSON only (406);</li>
 *   <li>every failure as RFC 9457 problem details: a {@link ProblemException} as raised, a lost database
 *       503 with Retry-After, anything else 500 with an incident id.</li>
 * </ul>
 * Security headers and body limits come from the web filters every answer passes.
 */
public abstract class JsonReadServlet extends HttpServlet {

    private static final String ALLOW = "GET, HEAD, OPTIONS";

    @Inject
    CallerProducer callers;

    private final Set<String> roles;

    protected JsonReadServlet(String... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("a JSON read servlet must name the roles that may call it");
        }
        this.roles = Set.of(roles);
    }

    /** The roles of which a caller needs one. */
    public Set<String> roles() {
        return roles;
    }

    /** The answer's JSON document for an authorised caller; throws {@link ProblemException} for bad input. */
    protected abstract byte[] answer(HttpServletRequest request, Caller caller);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String method = request.getMethod();
        try {
            if ("OPTIONS".equals(method)) {
                response.setHeader("Allow", ALLOW);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                response.setHeader("Allow", ALLOW);
                WebApplicationExceptionMapper.forStatus(405, "Method Not Allowed", path).writeTo(response);
                return;
            }
            Caller caller = callers.of(request);
            Problem refused = refusal(caller, path);
            if (refused != null) {
                refused.writeTo(response);
                return;
            }
            if (!acceptsJson(request.getHeader("Accept"))) {
                WebApplicationExceptionMapper.forStatus(406, "Not Acceptable", path).writeTo(response);
                return;
            }
            byte[] body = answer(request, caller);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            if ("GET".equals(method)) {
                response.getOutputStream().write(body);
            }
        } catch (ProblemException e) {
            e.problem().at(path).writeTo(response);
        } catch (RuntimeException e) {
            Problem problem = UnexpectedExceptionMapper.problemFor(e, path);
            if (problem.status() == 503) {
                response.setIntHeader("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS);
            }
            problem.writeTo(response);
        }
    }

    /** Why this caller may not call here (401 anonymous, 403 without a role), or null when they may. */
    Problem refusal(Caller caller, String path) {
        if (caller.isAnonymous()) {
            return WebApplicationExceptionMapper.forStatus(401, "Unauthorized", path);
        }
        if (Collections.disjoint(caller.roles(), roles)) {
            return WebApplicationExceptionMapper.forStatus(403, "Forbidden", path);
        }
        return null;
    }

    /** Whether an Accept header admits application/json (absent, or any media range covering it). */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            boolean excluded = Arrays.stream(parts).skip(1).map(String::strip).anyMatch(p -> p.matches("q=0(\\.0{0,3})?"));
            if (!excluded && (type.equals("application/json") || type.equals("application/*") || type.equals("*/*"))) {
                return true;
            }
        }
        return false;
    }

    /** A number parameter: null when absent, 400 naming it when it is not a number ("NaN" is, and is checked later). */
    protected static Double number(HttpServletRequest request, String name) {
        return parsed(request, name, Double::valueOf, "must be a number");
    }

    /** A whole-number parameter, {@code otherwise} when absent, 400 naming it when it is not a whole number. */
    protected static int integer(HttpServletRequest request, String name, int otherwise) {
        Integer value = parsed(request, name, Integer::valueOf, "must be a whole number");
        return value == null ? otherwise : value;
    }

    private static <T> T parsed(HttpServletRequest request, String name, Function<String, T> parse, String reason) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, reason);
        }
    }

    /** Every value of a repeated parameter (capability=a&amp;capability=b), empty when absent. */
    protected static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }
}
