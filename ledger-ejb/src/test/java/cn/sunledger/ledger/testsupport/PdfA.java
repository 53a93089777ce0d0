package cn.sunledger.ledger.testsupport;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a PDF against PDF/A-1b with Apache PDFBox Preflight, the validator of the PDF library tests read with.
 * Shared with the integration tests through ledger-ejb's test jar (which holds only this package).
 */
public final class PdfA {

    private PdfA() {
    }

    /** Fails with every error Preflight reports (code, details, page), so a regression says what broke. */
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
