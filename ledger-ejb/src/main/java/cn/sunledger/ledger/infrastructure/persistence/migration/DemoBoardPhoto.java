package cn.sunledger.ledger.infrastructure.persistence.migration;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * The photo a demo board posting carries: a drawn JPEG of a notice board that says, in Chinese, that it is demo
 * data, which notice it shows and when and where it was posted. The product accepts only a real image as a
 * posting's photo, so the demo makes one rather than pretending; nobody can mistake it for a real board.
 */
final class DemoBoardPhoto {

    private static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
    private static Font baseFont;

    private DemoBoardPhoto() {
    }

    static byte[] jpeg(String noticeName, String place, LocalDate postedOn) {
        BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x6B, 0x4F, 0x2A)); // the board's wooden frame
            g.fillRect(0, 0, 640, 420);
            g.setColor(new Color(0xF4, 0xF1, 0xE8));
            g.fillRect(40, 40, 560, 340);
            g.setColor(new Color(0xA4, 0x16, 0x1A));
            g.setFont(font(30f));
            g.drawString("公告栏张贴照片（演示数据）", 70, 100);
            g.setColor(Color.DARK_GRAY);
            g.setFont(font(22f));
            g.drawString(noticeName, 70, 170);
            g.drawString("张贴地点：" + place, 70, 220);
            g.drawString("张贴日期：" + postedOn, 70, 270);
            g.setFont(font(16f));
            g.drawString("本图片由系统生成，仅用于演示，不是真实照片。", 70, 340);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static synchronized Font font(float size) {
        if (baseFont == null) {
            try (InputStream in = DemoBoardPhoto.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_RESOURCE + " is missing from the ledger's resources");
                }
                baseFont = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return baseFont.deriveFont(size);
    }
}
