package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a printed notice sits on its pages: the closing stays with the body, titles and place lists wrap well. */
class NoticePdfLayoutTest {

    private static final String ISSUER = "漾濞彝族自治县乡村振兴局";
    /** The sign-off as text extraction reads it: seal room, issuing unit, date. */
    private static final String SIGN_OFF = "（盖章）" + ISSUER + "2025年5月28日";

    private final NoticePdfRenderer renderer = new NoticePdfRenderer();

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private List<String> pages(NoticeDocument doc) {
        return PdfText.pageTexts(renderer.render(doc)).stream().map(NoticePdfLayoutTest::compact).toList();
    }

    @Test
    void aOnePageNoticeCarriesHotlinesAndSignOffOnPage1() {
        List<String> pages = pages(SampleNotices.published());
        assertEquals(1, pages.size());
        String page = pages.get(0);
        assertTrue(page.contains("国家乡村振兴局监督电话：12317"), page);
        assertTrue(page.contains("漾濞县乡村振兴局监督电话：0872-5322123"), page);
        assertTrue(page.contains(SIGN_OFF), page);
        assertTrue(page.indexOf("12317") < page.indexOf(SIGN_OFF), "sign-off after the hotlines: " + page);
    }

    @Test
    void aDraftIsSignedWithoutAnInventedDate() {
        String page = pages(SampleNotices.draft()).get(0);
        assertTrue(page.contains("（盖章）" + ISSUER + NoticeWording.DATE_ON_PUBLICATION), page);
    }

    @Test
    void theSignOffIsMaskedLikeAllText() {
        String issuer = "苍山西镇光明村民委员会（联系电话" + RAW_PHONE + "）";
        String page = String.join("", pages(SampleNotices.base().issuer(issuer).build()));
        assertFalse(page.contains(RAW_PHONE), page);
        assertTrue(page.contains("（盖章）苍山西镇光明村民委员会（联系电话" + MASKED_PHONE + "）2025年5月28日"), page);
    }

    /**
     * One paragraph more at a time, so the closing is tried at every position around two page ends: it is always
     * on the last page, with the whole last paragraph, and on no other page.
     */
    @Test
    void theClosingNeverStandsAloneAfterParagraphs() {
        Set<Integer> pageCounts = new HashSet<>();
        for (int n = 1; n <= 44; n++) {
            List<String> pages = pages(SampleNotices.withParagraphs(n));
            pageCounts.add(pages.size());
            assertClosingOnlyOnLastPageWith(pages, compact(SampleNotices.numberedParagraph(n)), n + " paragraphs");
        }
        assertTrue(pageCounts.size() >= 3, "the lengths tried cross two page ends: " + pageCounts);
    }

    /** The same for a body ending in a table, one row more at a time: its last rows go with the closing. */
    @Test
    void theClosingNeverStandsAloneAfterATable() {
        Set<Integer> pageCounts = new HashSet<>();
        for (int rows = 1; rows <= 75; rows++) {
            List<String> pages = pages(SampleNotices.withLargeTable(rows));
            pageCounts.add(pages.size());
            assertClosingOnlyOnLastPageWith(pages, "户主" + rows + "苍山西镇", rows + " rows");
        }
        assertTrue(pageCounts.size() >= 2, "the lengths tried cross a page end: " + pageCounts);
    }

    @Test
    void aLongTableEndsWithRowsOnThePageOfTheClosing() {
        List<String> pages = pages(SampleNotices.withLargeTable(2000));
        assertClosingOnlyOnLastPageWith(pages, "户主2000苍山西镇", "2,000 rows");
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("户主1998") && last.contains("户主1999"), last);
    }

    /** The demo's long policy documents, ending in a paragraph or a table, keep their closing with the body. */
    @Test
    void theDemoPolicyDocumentsEndWithBodyAndClosingTogether() {
        for (NoticeDocument doc : SampleNotices.demoPolicies()) {
            List<String> pages = pages(doc);
            String signOff = "（盖章）" + compact(doc.issuer()) + "2025年5月28日";
            String last = pages.get(pages.size() - 1);
            assertTrue(last.contains("12317") && last.contains(signOff), doc.title() + ", last page: " + last);
            int closingStart = last.indexOf(NoticeWording.HOTLINES);
            String bodyOnLastPage = last.substring(0, closingStart).replace(compact(doc.typeLabel()), "")
                    .replace(NoticeWording.NOTICE_NO + "：" + SampleNotices.NOTICE_NO, ""); // the running header
            assertTrue(bodyOnLastPage.length() > 20, doc.title() + ": body text above the closing: " + last);
        }
    }

    private static void assertClosingOnlyOnLastPageWith(List<String> pages, String bodyText, String what) {
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("12317") && last.contains(SIGN_OFF), what + ", last page: " + last);
        assertTrue(last.contains(bodyText), what + ": the last page carries body text too: " + last);
        for (int p = 0; p < pages.size() - 1; p++) {
            assertFalse(pages.get(p).contains("12317") || pages.get(p).contains("（盖章）"),
                    what + ": page " + (p + 1) + " of " + pages.size() + " has part of the closing");
        }
    }

    @Test
    void aLongTitleIsPrintedInTheLinesTitleLinesChose() {
        List<String> lines = Arrays.stream(PdfText.page(renderer.render(SampleNotices.withLongTitleAndManyPlaces()),
                1).split("\n")).map(NoticePdfLayoutTest::compact).toList();
        int first = lines.indexOf("漾濞彝族自治县2026年度");
        assertTrue(first >= 0, "first title line on its own: " + lines);
        assertEquals("巩固拓展脱贫攻坚成果和乡村振兴项目入库公告", lines.get(first + 1));
    }

    @Test
    void noLineOfThePlaceListStartsWithASeparator() {
        NoticeDocument doc = SampleNotices.withLongTitleAndManyPlaces();
        List<String> lines = Arrays.stream(PdfText.page(renderer.render(doc), 1).split("\n"))
                .map(NoticePdfLayoutTest::compact).filter(l -> !l.isEmpty()).toList();
        int wrapped = 0;
        for (String line : lines) {
            assertFalse("、，；".indexOf(line.charAt(0)) >= 0, "line starts with a separator: " + line + " in " + lines);
            if (line.contains(PlaceListBreaks.SEPARATOR) && !line.startsWith(NoticeWording.REGIONS)) {
                wrapped++;
            }
        }
        assertTrue(wrapped >= 2, "the list wraps onto further lines: " + lines);
        String text = String.join("\n", lines);
        for (String place : doc.regionNames()) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(place + "、") || l.endsWith(place)),
                    place + " is whole on one line: " + text);
        }
    }
}
