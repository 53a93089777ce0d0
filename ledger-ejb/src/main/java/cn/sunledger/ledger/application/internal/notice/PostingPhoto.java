package cn.sunledger.ledger.application.internal.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A board photo as the ledger accepts it: a JPEG or PNG by its own first bytes, no larger than 5 MB, that really
 * decodes as an image of sensible size. A JPEG signature followed by HTML is not a photo, and a small file
 * declaring a gigapixel image would exhaust memory when decoded, so the size is read from the header first.
 */
final class PostingPhoto {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A phone camera's largest pictures are about 8,000 px wide; 100 megapixels leaves room and no more. */
    static final long MAX_PIXELS = 100_000_000L;

    private PostingPhoto() {
    }

    /** The media type of an acceptable photo, or null if {@code bytes} is not one. */
    static String mediaType(byte[] bytes) {
        String type = signature(bytes);
        if (type == null || bytes.length > MAX_BYTES || !decodes(bytes)) {
            return null;
        }
        return type;
    }

    /** By the file's own first bytes, not by what the upload claims. */
    static String signature(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    private static boolean decodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated or forged file: not a photo
            return false;
        }
    }
}
