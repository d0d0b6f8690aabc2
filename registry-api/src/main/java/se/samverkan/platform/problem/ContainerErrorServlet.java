package se.samverkan.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Error page (WEB-INF/web.xml) for answers the container gives before JAX-RS sees the request: chiefly
 * 401 when MicroProfile JWT refuses a token (expired, wrong issuer or audience, bad signature, alg none).
 * Turns Payara's HTML error report into problem details, so clients parse one format.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/problems/container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? null : uri.toString();
        Problem problem = switch (status) {
            case 401 -> new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401, Problems.TOKEN_REFUSED, path, null);
            case 403 -> new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403, "Your roles do not allow this request.", path, null);
            case 413 -> new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large", 413,
                    "The request body is larger than this address accepts.", path, null);
            default -> new Problem(ProblemTypes.HTTP, "HTTP " + status, status, "The server refused the request.", path, null);
        };
        if (status == 401) {
            response.setHeader(Problem.CHALLENGE_HEADER, problem.challenge() + ", error=\"invalid_token\"");
        }
        problem.writeTo(response);
    }
}
