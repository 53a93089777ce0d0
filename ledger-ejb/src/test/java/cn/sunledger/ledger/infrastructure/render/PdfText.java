package cn.sunledger.ledger.infrastructure.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back a rendered PDF with PDFBox, the way an auditor's tool would. */
final class PdfText {

    private PdfText() {
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String all(byte[] pdf) {
        return pages(pdf, 1, Integer.MAX_VALUE);
    }

    static String page(byte[] pdf, int pageNo) {
        return pages(pdf, pageNo, pageNo);
    }

    private static String pages(byte[] pdf, int first, int last) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(Math.min(last, doc.getNumberOfPages()));
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first, read in one pass over the file. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font used directly on the pages' resources. */
    static List<PDFont> pageFonts(byte[] pdf) {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
