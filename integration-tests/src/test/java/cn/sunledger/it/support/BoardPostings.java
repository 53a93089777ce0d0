package cn.sunledger.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * Board postings (张贴记录) through the staff API, as a village clerk records them: the place, the day the board
 * carried the notice and, as the evidence a notice gate accepts, a photo of the board.
 */
public final class BoardPostings {

    private BoardPostings() {
    }

    /** Records a posting with a photo and asserts it was stored; returns the posting as JSON text. */
    public static String recordWithPhoto(String user, long noticeId, String regionCode, LocalDate postedOn) {
        HttpResponse<String> posted = post(user, noticeId, regionCode, postedOn.toString(), png());
        assertEquals(201, posted.statusCode(), posted.body());
        return posted.body();
    }

    /** POST /ledger/api/notices/{id}/postings as multipart; {@code photo} null sends no photo part. */
    public static HttpResponse<String> post(String user, long noticeId, String region, String postedOn, byte[] photo) {
        String boundary = boundary();
        return Http.as(user).send("POST", "/ledger/api/notices/" + noticeId + "/postings",
                "multipart/form-data; boundary=" + boundary, multipart(boundary, region, postedOn, photo));
    }

    public static String boundary() {
        return "----sunledger" + System.nanoTime();
    }

    /** The multipart body of a posting: {@code regionCode}, {@code postedOn} and, unless null, a PNG {@code photo}. */
    public static byte[] multipart(String boundary, String region, String postedOn, byte[] photo) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"regionCode\"\r\n\r\n" + region
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"postedOn\"\r\n\r\n" + postedOn
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (photo != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"board.png\""
                        + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(photo);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    /** A small real PNG: the server decodes photos by their own bytes. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x8a1c1c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
