package cn.sunledger.portal.web;

import cn.sunledger.portal.read.BadParameterException.FieldError;
import cn.sunledger.portal.write.NoticeJsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem documents ({@code application/problem+json}): type, title, status, detail and, for
 * validation, {@code errors: [{field, message}]}. Messages follow Accept-Language: Chinese by default,
 * English when the client asks for it first. Nothing about the server's internals goes in.
 */
public final class Problems {

    private Problems() {
    }

    public static void badRequest(HttpServletRequest request, HttpServletResponse response, List<FieldError> errors)
            throws IOException {
        boolean en = english(request);
        String detail = errors.isEmpty() ? (en ? "bad request" : "请求有误")
                : errors.stream().map(e -> en ? e.english() : e.chinese()).reduce((a, b) -> a + "; " + b).orElse("");
        write(response, 400, en ? "Invalid request parameters" : "请求参数有误", detail, errors, en);
    }

    public static void notFound(HttpServletRequest request, HttpServletResponse response, String chinese,
            String english) throws IOException {
        boolean en = english(request);
        write(response, 404, en ? "Not found" : "未找到", en ? english : chinese, List.of(), en);
    }

    public static void serverError(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean en = english(request);
        write(response, 500, en ? "Internal error" : "服务器内部错误",
                en ? "The portal could not answer this request. Please try again later."
                        : "门户暂时无法处理该请求，请稍后再试。", List.of(), en);
    }

    /** The database cannot be reached: retry shortly (the pool reconnects by itself once it is back). */
    public static void databaseUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean en = english(request);
        response.setHeader("Retry-After", "5");
        write(response, 503, en ? "Temporarily unavailable" : "暂时无法服务",
                en ? "The portal cannot reach its database just now. Please try again shortly."
                        : "门户暂时无法连接数据库，请稍后再试。", List.of(), en);
    }

    public static void write(HttpServletResponse response, int status, String title, String detail,
            List<FieldError> errors, boolean english) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        try (JsonGenerator json = NoticeJsonWriter.generator(body)) {
            json.writeStartObject().write("type", "https://sunledger.cn/problems/http-" + status)
                    .write("title", title).write("status", status).write("detail", detail);
            if (!errors.isEmpty()) {
                json.writeStartArray("errors");
                for (FieldError e : errors) {
                    json.writeStartObject().write("field", e.field())
                            .write("message", english ? e.english() : e.chinese()).writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    /** English only when the first language the client lists is English. */
    static boolean english(HttpServletRequest request) {
        String languages = request.getHeader("Accept-Language");
        return languages != null && languages.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
