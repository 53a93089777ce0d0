package cn.sunledger.portal.web;

import cn.sunledger.portal.write.NoticeJsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

/** Writes a small JSON answer with its length, after it is complete, so a failure midway is still a clean 500. */
final class JsonOut {

    private JsonOut() {
    }

    static void write(HttpServletResponse response, String cacheControl, Consumer<JsonGenerator> body)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = NoticeJsonWriter.generator(out)) {
            body.accept(json);
        }
        send(response, cacheControl, out);
    }

    static void send(HttpServletResponse response, String cacheControl, ByteArrayOutputStream out) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
