package cn.sunledger.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Base64;

/** A small HTTP client for the tests: Basic auth as a demo user, any method, body as text or bytes. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** HTTP/1.1 only: a server refuses an HTTP/2 stream it will not read by ending the whole connection. */
    private static final HttpClient CLIENT_1_1 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    private final String user;
    private final String password;
    private final String language;
    private final HttpClient client;
    private final Map<String, String> extraHeaders;

    private Http(String user, String password, String language) {
        this(user, password, language, CLIENT, Map.of());
    }

    private Http(String user, String password, String language, HttpClient client, Map<String, String> extraHeaders) {
        this.user = user;
        this.password = password;
        this.language = language;
        this.client = client;
        this.extraHeaders = extraHeaders;
    }

    /** The same client, sending one more header on every request (an Idempotency-Key, say). */
    public Http withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Http(user, password, language, client, headers);
    }

    public static Http as(String demoUser) {
        return new Http(demoUser, DemoLogins.password(demoUser), null);
    }

    public static Http withPassword(String user, String password) {
        return new Http(user, password, null);
    }

    public static Http anonymous() {
        return new Http(null, null, null);
    }

    public Http inLanguage(String acceptLanguage) {
        return new Http(user, password, acceptLanguage, client, extraHeaders);
    }

    /** The same over HTTP/1.1, as a browser's upload of a body the server may refuse before reading it all. */
    public Http overHttp11() {
        return new Http(user, password, language, CLIENT_1_1, extraHeaders);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> sendNoBody(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.BASE + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        extraHeaders.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is binary (an XLSX export, say). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
