package cn.sunledger.portal.read;

/**
 * One frozen rendition of a published notice with everything its response needs prepared once: the
 * bytes as stored, the strong ETag (the SHA-256 in quotes) and the headers that depend on the format.
 *
 * @param content            the exact stored bytes; never modified, never copied
 * @param sha256             lowercase hex SHA-256 recorded at publication
 * @param contentType        media type with charset where it has one
 * @param contentDisposition {@code inline; filename=…} for PDFs, otherwise null
 */
public record Rendition(String noticeNo, String format, byte[] content, String sha256, String contentType,
        String contentDisposition, String etag) {

    public static Rendition of(String noticeNo, String format, byte[] content, String sha256, String mediaType) {
        String type = contentType(format, mediaType);
        String disposition = "pdf".equals(format) ? "inline; filename=\"" + noticeNo + ".pdf\"" : null;
        return new Rendition(noticeNo, format, content, sha256, type, disposition, "\"" + sha256 + "\"");
    }

    /**
     * The stored media type, completed with a charset for the text formats: the bytes are UTF-8, and a
     * browser guessing otherwise would garble Chinese text. Spaces are dropped so that the answer is spelt
     * the same whether Undertow's fast path or the servlet container writes it.
     */
    static String contentType(String format, String stored) {
        String base = stored == null || stored.isBlank() ? switch (format) {
            case "pdf" -> "application/pdf";
            case "json" -> "application/json";
            default -> "text/html";
        } : stored.replace(" ", "");
        boolean text = !"pdf".equals(format);
        return text && !base.toLowerCase(java.util.Locale.ROOT).contains("charset") ? base + ";charset=utf-8" : base;
    }

    public int length() {
        return content.length;
    }
}
