package cn.sunledger.ledger.infrastructure.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The one Chinese font of the PDF notices: Noto Sans SC Regular (SIL OFL 1.1), embedded as a subset with
 * Identity-H encoding so any Chinese character in ledger data prints, and text can be copied and searched.
 *
 * <p>The build fetches the font into the classpath (see the ledger-ejb pom); it is never committed. Parsing the
 * 10 MB file takes a noticeable moment, so the {@link BaseFont} is created once per class loader and shared:
 * OpenPDF keeps per-document glyph usage in the writer, and subsetting reads the font through a private copy of
 * the file pointer, so sharing is safe across concurrent renders.
 */
final class PdfFonts {

    static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
    static final String LICENCE_RESOURCE = "fonts/NotoSansSC-OFL.txt";

    private PdfFonts() {
    }

    static BaseFont baseFont() {
        return Holder.BASE_FONT;
    }

    static Font font(float size) {
        return new Font(baseFont(), size, Font.NORMAL, Color.BLACK);
    }

    static Font font(float size, Color color) {
        return new Font(baseFont(), size, Font.NORMAL, color);
    }

    /** OpenPDF draws a non-bold font as bold by stroking the outline, so one font file is enough. */
    static Font bold(float size) {
        return new Font(baseFont(), size, Font.BOLD, Color.BLACK);
    }

    static Font bold(float size, Color color) {
        return new Font(baseFont(), size, Font.BOLD, color);
    }

    private static final class Holder {
        static final BaseFont BASE_FONT = load();
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is not on the classpath; the Maven build of "
                        + "ledger-ejb fetches it in the generate-resources phase");
            }
            byte[] ttf = in.readAllBytes();
            BaseFont font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, ttf, null);
            font.setSubset(true);
            font.setSecureRandom(new FixedSubsetTag());
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FONT_RESOURCE, e);
        }
    }

    /**
     * OpenPDF names a font subset with six random capital letters ("ABCDEF+NotoSansSC"). Published notices are
     * hashed, so the same notice must always give the same bytes; a subset tag only has to be unique within one
     * file, and each notice embeds a single subset, so a constant tag ("AAAAAA+") is correct and reproducible.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private static final long serialVersionUID = 1L;

        @Override
        public double nextDouble() {
            return 0.0;
        }
    }
}
