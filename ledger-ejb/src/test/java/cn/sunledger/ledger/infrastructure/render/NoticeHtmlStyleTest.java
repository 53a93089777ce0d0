package cn.sunledger.ledger.infrastructure.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recomputes WCAG 2.1 contrast ratios of the colour pairs the notice page uses. */
class NoticeHtmlStyleTest {

    @Test
    void everyTextColourPairMeetsAaContrast() {
        for (String[] pair : NoticeHtmlStyle.COLOUR_PAIRS) {
            double ratio = contrast(pair[0], pair[1]);
            assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + " has contrast " + ratio);
            assertTrue(NoticeHtmlStyle.CSS.contains(pair[0]) && NoticeHtmlStyle.CSS.contains(pair[1]),
                    "pair is actually used in the style sheet");
        }
    }

    @Test
    void styleSheetStaysSmall() {
        assertTrue(NoticeHtmlStyle.CSS.length() < 4096, "inline CSS is " + NoticeHtmlStyle.CSS.length() + " chars");
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
