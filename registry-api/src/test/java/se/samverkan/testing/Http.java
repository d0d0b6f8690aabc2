package se.samverkan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests: real requests over the loopback, JSON parsed with Jakarta JSON-P. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static HttpResponse<String> get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A POST of a JSON body (unless a Content-Type header says otherwise), headers as name, value pairs. */
    public static HttpResponse<String> post(URI uri, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** GET with a demo user's access token: {@code Http.getAs("coordinator", uri)}. */
    public static HttpResponse<String> getAs(String user, URI uri, String... headers) {
        String[] all = java.util.Arrays.copyOf(bearer(Tokens.forUser(user)), 2 + headers.length);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return get(uri, all);
    }

    /**
     * Any request as a demo user ({@code null}: without a token), with a body of the given content type
     * ({@code null} body: none) and extra header pairs.
     */
    public static HttpResponse<String> sendAs(String user, String method, URI uri, String contentType, String body,
                                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.headers(bearer(Tokens.forUser(user)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The header pair that sends a bearer token, for {@link #get} or {@code HttpRequest.Builder.headers}. */
    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** Sends any request (POST, PUT, …; add {@link #bearer} headers) with the shared client and timeout. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts status and media type together, showing the body when either is wrong. */
    public static HttpResponse<String> expect(HttpResponse<String> response, int status, String mediaType) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type of a %d answer", status)
                .hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        return response;
    }

    /** Asserts an RFC 9457 problem detail with this status and returns its body. */
    public static JsonObject problem(HttpResponse<String> response, int status) {
        JsonObject problem = object(expect(response, status, "application/problem+json"));
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    public static JsonObject parseObject(String json) {
        return (JsonObject) parse(json);
    }

    private static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
