package cn.sunledger.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's session without a browser: signs in through the login form (j_security_check) as a same-origin
 * post and then sends the session cookie, with whatever Origin / Sec-Fetch-Site headers a test wants to forge.
 */
public final class StaffSession {

    /** The headers a browser sends with a request from the staff UI's own pages. */
    public static final String[] SAME_ORIGIN = {"Origin", TestServer.BASE, "Sec-Fetch-Site", "same-origin"};

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String cookie;

    private StaffSession(String cookie) {
        this.cookie = cookie;
    }

    public static StaffSession signIn(String user) {
        return signIn(user, DemoLogins.password(user));
    }

    public static StaffSession signIn(String user, String password) {
        HttpResponse<String> login = postLogin(user, password, SAME_ORIGIN);
        String cookie = sessionCookie(login);
        if (login.statusCode() != 302 || cookie == null || login.headers().firstValue("Location").orElse("")
                .contains("login.xhtml")) {
            throw new IllegalStateException("form sign-in of " + user + " failed: " + login.statusCode() + " "
                    + login.headers().map());
        }
        return new StaffSession(cookie);
    }

    /** The login form's post, as a browser on the page given by {@code headers} would send it. */
    public static HttpResponse<String> postLogin(String user, String password, String... headers) {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.BASE + "/ledger/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(withHeaders(request, headers));
    }

    /** The JSESSIONID=… pair a response sets, or null. */
    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(TestServer.BASE + path)).GET(), "Cookie", cookie));
    }

    /** A request with the session cookie and the given header name/value pairs (none: no Origin at all). */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.BASE + path))
                .header("Cookie", cookie).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return send(withHeaders(request, headers));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
