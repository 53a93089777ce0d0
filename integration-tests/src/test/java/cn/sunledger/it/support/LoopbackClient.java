package cn.sunledger.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP from another client address: the socket is bound to a loopback address of our choosing (127.0.0.2,
 * 127.0.0.3 …; all of 127/8 is the loopback interface on Linux) before it connects, so the server sees that
 * address as the client's, without trusting any forwarding header. Java 17's HttpClient cannot bind its local
 * address, hence this small HTTP/1.0 client (one request per connection, no chunking).
 */
public final class LoopbackClient {

    private final InetAddress local;

    private LoopbackClient(InetAddress local) {
        this.local = local;
    }

    public static LoopbackClient from(String loopbackAddress) {
        try {
            return new LoopbackClient(InetAddress.getByName(loopbackAddress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response basicGet(String path, String user, String password) {
        return basicGet(path, user, password, Map.of());
    }

    public Response basicGet(String path, String user, String password, Map<String, String> headers) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Basic " + credentials);
        return send("GET", path, all, null, new byte[0]);
    }

    /** The login form's post, as a same-origin browser sends it. */
    public Response formLogin(String user, String password) {
        String form = "j_username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send("POST", "/ledger/j_security_check", Map.of("Origin", TestServer.BASE, "Sec-Fetch-Site", "same-origin"),
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    public Response send(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        URI base = URI.create(TestServer.BASE);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Response.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, headers (names in lower case, last value wins) and body as UTF-8 text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Response parse(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        }
    }
}
