package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Board-posting uploads (multipart) are read as strictly as JSON bodies (issue 9, items 5 and 6): the photo's
 * file name fits its column, text parts pass the same text rules, the photo must decode as an image, and a stored
 * photo is served so that no browser sniffs it as anything else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostingUploadIT {

    private static final String CLERK = "guangming.clerk";
    private static final String PLACE = "532922101201001";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("posting-upload-probe");
    }

    @Test
    void aPhotosFileNameFitsItsColumnAndNothingIsStored() {
        long notice = noticePostedTo(PLACE);
        String before = postings(notice);
        assertRefused(BoardPostings.post(CLERK, notice, PLACE, TODAY, BoardPostings.png(), "a".repeat(300) + ".png"),
                400, "photoName");
        // a part header this long is more than the multipart parser reads: the upload as a whole is refused
        assertRefused(BoardPostings.post(CLERK, notice, PLACE, TODAY, BoardPostings.png(), "a".repeat(10_000) + ".png"),
                400, "$");
        assertEquals(before, postings(notice));
    }

    @Test
    void textPartsPassTheTextRules() {
        long notice = noticePostedTo(PLACE);
        String before = postings(notice);
        assertRefused(BoardPostings.post(CLERK, notice, PLACE + "\u0000", TODAY, null), 400, "regionCode");
        assertRefused(BoardPostings.post(CLERK, notice, PLACE, TODAY + "\u202E", null), 400, "postedOn");
        assertEquals(before, postings(notice));
    }

    @Test
    void aJpegSignatureFollowedByHtmlIsNotStored() {
        long notice = noticePostedTo(PLACE);
        String before = postings(notice);
        byte[] forged = "\u00ff\u00d8\u00ff\u00e0<html><script>alert(1)</script></html>".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> refused = BoardPostings.post(CLERK, notice, PLACE, TODAY, forged, "board.jpg");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(before, postings(notice));
    }

    @Test
    void aStoredPhotoIsServedAsAnImageThatIsNeverSniffed() {
        long notice = noticePostedTo(PLACE);
        byte[] png = BoardPostings.png();
        JsonObject posting = Http.json(BoardPostings.post(CLERK, notice, PLACE, TODAY, png, "公告栏.png"));
        HttpResponse<byte[]> photo = NoticeApiIT.bytes(CLERK, "/ledger/api/notices/" + notice + "/postings/"
                + posting.getInt("id") + "/photo");
        assertEquals(200, photo.statusCode());
        assertEquals("image/png", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", photo.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(png, photo.body());
    }

    private static long noticePostedTo(String place) {
        return Http.json(Http.as(CLERK).get("/ledger/api/notices?status=PUBLISHED")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonArray("regionCodes").toString().contains(place)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String postings(long notice) {
        return Http.as(CLERK).get("/ledger/api/notices/" + notice + "/postings").body();
    }
}
