package cn.sunledger.it.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body as a browser sends it: text parts and file parts, in the order they are added. */
public final class Multipart {

    private final String boundary = "----sunledger" + System.nanoTime();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart text(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: text/plain; charset=UTF-8",
                value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + contentType, content);
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private void part(String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
