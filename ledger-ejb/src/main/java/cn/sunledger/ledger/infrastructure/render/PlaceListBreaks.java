package cn.sunledger.ledger.infrastructure.render;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a list of places ("苍山西镇、光明村、…") may wrap: only right after a separator, so every place name
 * stays whole on one line and no line starts with 、.
 *
 * <p>OpenPDF's default rule allows a break after any Chinese character, with no look at the next one, so a
 * wrapped list could put the separator at the start of the next line. OpenPDF asks this object about the
 * character a line would end with; answering "yes" only for the separator is the whole rule. When a single
 * name is longer than a line, OpenPDF still breaks it where the width runs out.
 */
final class PlaceListBreaks implements SplitCharacter {

    static final String SEPARATOR = "、";

    static final PlaceListBreaks INSTANCE = new PlaceListBreaks();

    private PlaceListBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        return cc[current] == SEPARATOR.charAt(0);
    }
}
