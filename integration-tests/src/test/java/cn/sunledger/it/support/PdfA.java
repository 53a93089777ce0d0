package cn.sunledger.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/** Checks a PDF against PDF/A-1b with Apache PDFBox Preflight, as the ledger-ejb renderer tests do. */
public final class PdfA {

    private PdfA() {
    }

    /** Fails with every distinct error Preflight reports (code, details, page), so a regression says what broke. */
    public static void assertConforms(byte[] pdf, String what) {
        ValidationResult result;
        try (PreflightDocument doc = (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf)).parse()) {
            result = doc.validate();
        } catch (IOException e) {
            throw new UncheckedIOException("Preflight could not read " + what, e);
        }
        if (!result.isValid()) {
            fail(what + " is not PDF/A-1b:\n" + result.getErrorsList().stream().distinct()
                    .map(e -> "  " + e.getErrorCode() + " " + e.getDetails()
                            + (e.getPageNumber() == null ? "" : " (page " + e.getPageNumber() + ")"))
                    .collect(Collectors.joining("\n")));
        }
    }
}
