package cn.sunledger.ledger.application.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PostingPhotoTest {

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x8a1c1c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void realJpegsAndPngsAreAccepted() throws IOException {
        assertEquals("image/jpeg", PostingPhoto.mediaType(image("jpeg")));
        assertEquals("image/png", PostingPhoto.mediaType(image("png")));
    }

    @Test
    void aJpegSignatureFollowedByHtmlIsNotAPhoto() {
        byte[] forged = ("\u00ff\u00d8\u00ff<html><script>alert(1)</script></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/jpeg", PostingPhoto.signature(forged), "the signature alone would pass");
        assertNull(PostingPhoto.mediaType(forged));
    }

    @Test
    void aTruncatedImageIsRefused() throws IOException {
        byte[] png = image("png");
        assertNull(PostingPhoto.mediaType(Arrays.copyOf(png, png.length / 2)));
    }

    @Test
    void aPngDeclaringAGigapixelImageIsRefusedBeforeItIsDecoded() throws IOException {
        byte[] png = image("png");
        // IHDR width and height at bytes 16..23; the CRC no longer matches, which readers report only when decoding
        byte[] huge = png.clone();
        huge[16] = 0x00; huge[17] = 0x01; huge[18] = (byte) 0x86; huge[19] = (byte) 0xA0; // 100,000 px wide
        huge[20] = 0x00; huge[21] = 0x01; huge[22] = (byte) 0x86; huge[23] = (byte) 0xA0; // 100,000 px high
        assertNull(PostingPhoto.mediaType(huge));
    }
}
