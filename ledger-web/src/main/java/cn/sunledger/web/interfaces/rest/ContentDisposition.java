package cn.sunledger.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of every file the API answers with: an ASCII {@code filename} for old clients and the
 * real (usually Chinese) name as RFC 6266/5987 {@code filename*}, percent-encoded UTF-8 with spaces as %20.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** {@code attachment}: the browser saves the file under its name. */
    static String attachment(String asciiName, String name) {
        return of("attachment", asciiName, name);
    }

    /**
     * A stored scan, photo or minutes file: images open in place (pages link thumbnails to them), anything else is
     * saved; its real type is never sniffed and it is never cached (it is staff-only, and personal).
     */
    static Response storedFile(byte[] bytes, String mediaType, String asciiStem, String name) {
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.'));
        String type = mediaType.startsWith("image/") ? "inline" : "attachment";
        return Response.ok(bytes, mediaType).header("Content-Disposition", of(type, asciiStem + ext, name))
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private static String of(String type, String asciiName, String name) {
        return type + "; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
