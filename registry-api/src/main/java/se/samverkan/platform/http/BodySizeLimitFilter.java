package se.samverkan.platform.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemTypes;

/**
 * Refuses request bodies over the limit of their address ({@link BodySizeLimits}) with 413 problem
 * details: at once when Content-Length says so, and for chunked bodies as soon as the reader has taken
 * more than the limit (the reader fails; the answer is replaced by the 413 if not yet sent).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class BodySizeLimitFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    private BodySizeLimits limits;
    private SecurityHeaders headers;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig();
        limits = new BodySizeLimits(
                settings.getOptionalValue("samverkan.http.max-body-bytes", Long.class).orElse(BodySizeLimits.DEFAULT_LIMIT),
                settings.getOptionalValue("samverkan.http.max-import-body-bytes", Long.class).orElse(BodySizeLimits.IMPORT_LIMIT));
        headers = new SecurityHeaders(settings.getOptionalValue("samverkan.keycloak.url", String.class).orElse(null),
                settings.getOptionalValue("samverkan.ui.tile-url", String.class));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limits.limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded()) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(request, response, limit);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Problem problem = new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large", 413,
                "The request body is larger than " + describe(limit) + ", the most this address accepts.",
                request.getRequestURI(), null);
        headers.applyTo(response);
        response.setStatus(413);
        // The rest of an oversized body is not read; the connection cannot be reused.
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    static String describe(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** The request with its body stream counted. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private LimitedServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return stream != null && stream.counter.exceeded();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedServletInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedServletInputStream extends ServletInputStream {
        private final ServletInputStream original;
        private final LimitedInputStream counter;

        LimitedServletInputStream(ServletInputStream original, long limit) {
            this.original = original;
            this.counter = new LimitedInputStream(original, limit);
        }

        @Override
        public int read() throws IOException {
            return counter.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return counter.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return original.isFinished();
        }

        @Override
        public boolean isReady() {
            return original.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            original.setReadListener(listener);
        }
    }
}
