package cn.sunledger.ledger.infrastructure.render;

import com.lowagie.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Makes a notice PDF a PDF/A-1b file, the archival form an auditor can keep "long term online" and open in
 * twenty years: PDF 1.4 without object streams or transparency, every font embedded (there is only the Chinese
 * subset of {@link PdfFonts}), an sRGB output intent so the RGB and grey colours of the page mean one thing,
 * and XMP metadata that repeats the Info dictionary.
 *
 * <p>Part 1b ("basic", visual appearance) is what OpenPDF 2.0.5 can produce; 1a would need a tagged structure
 * tree, and parts 2 and 3 are not supported by the library.
 */
final class PdfArchival {

    /** The registry name and condition identifier PDF/A validators expect for the sRGB profile. */
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchival() {
    }

    /** Must be called before {@code document.open()}: the conformance level decides how the file is written. */
    static void declare(PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
    }

    /**
     * Must be called after the Info dictionary is final ({@link PdfReproducibility#fixVolatileMetadata}), because
     * the XMP packet is written from it: the two then agree, and the XMP is as reproducible as the Info.
     */
    static void describe(PdfWriter writer) {
        try {
            // the JDK's built-in sRGB profile: the same bytes on every machine, nothing fetched
            writer.setOutputIntents(SRGB, "", "http://www.color.org", SRGB,
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB output intent", e);
        }
        writer.createXmpMetadata();
    }
}
