package cn.sunledger.ledger.infrastructure.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * The QR code that leads from a printed notice to its web page. Drawn as vectors (SVG) or as a 1-bit image
 * (PDF) from the module matrix, so it stays sharp on any printer and involves no image encoder whose output
 * could vary between runs.
 */
final class NoticeQrCode {

    /** Four modules of white around the code, as the QR specification asks for reliable scanning. */
    static final int QUIET_ZONE = 4;

    /** M survives a smudged or partly covered print on a public notice board. */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, QUIET_ZONE);

    private final BitMatrix matrix;

    private NoticeQrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    static NoticeQrCode of(String content) {
        try {
            // size 0: ZXing returns one matrix cell per module, we scale when drawing
            return new NoticeQrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    HINTS));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + content, e);
        }
    }

    int size() {
        return matrix.getWidth();
    }

    boolean isDark(int x, int y) {
        return matrix.get(x, y);
    }

    /**
     * Rows of 1-bit DeviceGray samples, each row padded to whole bytes; a 1 bit is white, a 0 bit is black.
     */
    byte[] grayBits() {
        int n = size();
        int bytesPerRow = (n + 7) / 8;
        byte[] data = new byte[bytesPerRow * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (!matrix.get(x, y)) {
                    data[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return data;
    }

    /** A compact SVG with one path: each horizontal run of dark modules becomes one rectangle. */
    String svg() {
        int n = size();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
