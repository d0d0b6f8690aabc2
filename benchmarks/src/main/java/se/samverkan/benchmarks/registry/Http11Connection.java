package se.samverkan.benchmarks.registry;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends GET requests and reads whole answers, on the calling thread.
 *
 * <p>The load driver measures the application, so its own cost per request must be small beside it and
 * beside pgbench's: the JDK's {@code HttpClient} spent about as much CPU per request as the application
 * itself (hand-offs between the caller and its selector thread, request and header objects), on the same
 * two cores. This client writes the request bytes and parses the status line, the headers it needs
 * ({@code Content-Length}, {@code Transfer-Encoding: chunked}, {@code Connection: close}) and the body.
 * Not thread-safe: one per client thread.
 */
final class Http11Connection implements AutoCloseable {

    /** A status code and the body as read. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private final byte[] fixedHeaders;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;
    private byte[] body = new byte[64 * 1024];

    /** @param headers extra request header lines ({@code "Name: value"}), sent with every request */
    Http11Connection(URI base, String... headers) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        StringBuilder h = new StringBuilder("Host: ").append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        this.fixedHeaders = h.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code GET pathAndQuery} and reads the whole answer; opens (or reopens) the connection as needed. */
    Answer get(String pathAndQuery) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            return exchange(pathAndQuery);
        } catch (IOException e) {
            // The server may have closed an idle keep-alive connection: one fresh attempt.
            close();
            open();
            return exchange(pathAndQuery);
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private Answer exchange(String pathAndQuery) throws IOException {
        byte[] line = ("GET " + pathAndQuery + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(line, line.length + fixedHeaders.length);
        System.arraycopy(fixedHeaders, 0, request, line.length, fixedHeaders.length);
        out.write(request);
        out.flush();

        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        int size;
        if (chunked) {
            size = readChunked();
        } else if (length >= 0) {
            size = readFully(0, Math.toIntExact(length));
        } else {
            size = readToEnd();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Answer(status, Arrays.copyOf(body, size));
    }

    private int readChunked() throws IOException {
        int size = 0;
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (chunk == 0) {
                while (!readLine().isEmpty()) {
                    // trailers, ignored
                }
                return size;
            }
            size = readFully(size, chunk);
            readLine();
        }
    }

    private int readFully(int offset, int count) throws IOException {
        ensure(offset + count);
        int done = 0;
        while (done < count) {
            int r = in.read(body, offset + done, count - done);
            if (r < 0) {
                throw new EOFException("answer ended after " + (offset + done) + " bytes");
            }
            done += r;
        }
        return offset + count;
    }

    private int readToEnd() throws IOException {
        int size = 0;
        for (int r; (r = in.read(body, size, body.length - size)) >= 0; ) {
            size += r;
            ensure(size + 1);
        }
        return size;
    }

    private void ensure(int capacity) {
        if (capacity > body.length) {
            body = Arrays.copyOf(body, Math.max(capacity, body.length * 2));
        }
    }

    private String readLine() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we are done with
            }
            socket = null;
        }
    }
}
