package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;

import static cn.sunledger.ledger.infrastructure.render.SampleNotices.BODY_SENTENCE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.NOTICE_NO;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticePdfRendererTest {

    private final NoticePdfRenderer renderer = new NoticePdfRenderer();

    /** PDF text extraction breaks lines and spaces CJK freely; compare without white space. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void containsChineseTitleAndBodyWithPersonalDataMasked() {
        byte[] pdf = renderer.render(SampleNotices.published());
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String text = compact(PdfText.all(pdf));
        assertTrue(text.contains(compact(TITLE)), text);
        assertTrue(text.contains(compact(BODY_SENTENCE)));
        assertTrue(text.contains(MASKED_ID));
        assertTrue(text.contains(MASKED_PHONE));
        assertFalse(text.contains(RAW_ID));
        assertFalse(text.contains(RAW_PHONE));
        assertFalse(text.contains("53292219850203452X"));
        assertTrue(text.contains("漾乡振发〔2025〕12号"));
        assertTrue(text.contains("12317"));
        assertTrue(text.contains("0872-5322123"));
    }

    @Test
    void everyPageHasRunningHeaderAndPageFooter() {
        String page = PdfText.page(renderer.render(SampleNotices.published()), 1);
        assertTrue(page.contains("第 1 页"), page);
        assertTrue(compact(page).contains("共1页"), page);
        assertTrue(page.contains(NOTICE_NO));
        assertTrue(page.contains("资金分配公示"));
    }

    @Test
    void chineseFontIsAnEmbeddedSubset() {
        List<PDFont> fonts = PdfText.pageFonts(renderer.render(SampleNotices.published()));
        assertFalse(fonts.isEmpty());
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
        assertTrue(fonts.stream().anyMatch(f -> f.getName().matches("[A-Z]{6}\\+NotoSansSC.*")),
                "subset of Noto Sans SC: " + fonts.stream().map(PDFont::getName).toList());
    }

    @Test
    void metadataComesFromTheNoticeNotTheClock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SampleNotices.published()))) {
            var info = doc.getDocumentInformation();
            assertEquals(TITLE, info.getTitle());
            Calendar created = info.getCreationDate();
            assertEquals(SampleNotices.published().publishedOn(),
                    created.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
        try (PDDocument draft = Loader.loadPDF(renderer.render(SampleNotices.draft()))) {
            assertNull(draft.getDocumentInformation().getCreationDate(), "a draft carries no invented date");
        }
    }

    @Test
    void draftIsMarkedAsSuch() {
        String text = compact(PdfText.all(renderer.render(SampleNotices.draft())));
        assertTrue(text.contains("草稿/预览"));
        assertTrue(text.contains("未编号（草稿）"));
    }

    @Test
    void longTableRepeatsItsHeaderOnFollowingPages() {
        byte[] pdf = renderer.render(SampleNotices.withLargeTable(2000));
        int pages = PdfText.pageCount(pdf);
        assertTrue(pages > 1, "pages: " + pages);
        String page2 = PdfText.page(pdf, 2);
        assertTrue(page2.contains("户主姓名") && page2.contains("奖补金额（元）"), page2);
        String last = compact(PdfText.page(pdf, pages));
        assertTrue(last.contains("第" + pages + "页/共" + pages + "页"), last);
        assertTrue(last.contains("户主2000"));
    }

    @Test
    void fontLicenceShipsWithTheFont() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PdfFonts.LICENCE_RESOURCE)) {
            assertNotNull(in, "OFL text on the classpath");
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(licence.contains("SIL OPEN FONT LICENSE Version 1.1"));
        }
    }

    @Test
    void supersededNoticeSaysSoOnPaper() {
        NoticeDocument doc = SampleNotices.base().supersededBy("GS-532922-2025-0050").build();
        String text = compact(PdfText.page(renderer.render(doc), 1));
        assertTrue(text.contains("本公告已被公告GS-532922-2025-0050替代"), text);
    }
}
