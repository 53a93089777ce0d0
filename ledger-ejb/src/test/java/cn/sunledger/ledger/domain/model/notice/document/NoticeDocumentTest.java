package cn.sunledger.ledger.domain.model.notice.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeDocumentTest {

    private static NoticeDocument.Builder valid() {
        return NoticeDocument.builder()
                .noticeNo("GS-5329-2025-0001")
                .type("POLICY", "政策文件")
                .title("大理州脱贫人口持续增收三年行动方案")
                .issuer("大理州乡村振兴局")
                .publishedOn(LocalDate.of(2022, 9, 1))
                .portalUrl("https://gs.example.gov.cn/notices/GS-5329-2025-0001")
                .blocks(List.of(new Block.Paragraph("正文。")));
    }

    @Test
    void aValidNoticeBuilds() {
        NoticeDocument doc = valid().build();
        assertEquals("GS-5329-2025-0001", doc.noticeNo());
        assertNull(doc.docNumber());
        assertTrue(doc.regionNames().isEmpty());
    }

    @Test
    void nationalHotlineIsAlwaysFirstAndNeverDuplicated() {
        Hotline county = new Hotline("漾濞县乡村振兴局", "0872-5322123");
        NoticeDocument withoutNational = valid().hotlines(List.of(county)).build();
        assertEquals(List.of(Hotline.NATIONAL_SUPERVISION, county), withoutNational.hotlines());

        NoticeDocument withNationalLast = valid().hotlines(List.of(county, new Hotline("监督电话", "12317"))).build();
        assertEquals(List.of(Hotline.NATIONAL_SUPERVISION, county), withNationalLast.hotlines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void titleMustNotBeBlank(String title) {
        assertThrows(IllegalArgumentException.class, () -> valid().title(title).build());
    }

    @Test
    void publishedNoticeNeedsNumberDateUrlAndBody() {
        assertThrows(IllegalArgumentException.class, () -> valid().noticeNo(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().publishedOn(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().portalUrl(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().blocks(List.of()).build());
    }

    @Test
    void draftMayLackWhatPublicationDecides() {
        NoticeDocument draft = valid().noticeNo(null).publishedOn(null).portalUrl(null).draft(true).build();
        assertTrue(draft.draft());
        assertNull(draft.noticeNo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "GS/1", "GS.1", "公告1"})
    void noticeNumbersMustBeSafeInRelativeUrls(String noticeNo) {
        assertThrows(IllegalArgumentException.class, () -> valid().noticeNo(noticeNo).build());
        assertThrows(IllegalArgumentException.class, () -> valid().supersedes(noticeNo).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "/notices/1", "https://"})
    void portalUrlMustBeAbsoluteHttp(String url) {
        assertThrows(IllegalArgumentException.class, () -> valid().portalUrl(url).build());
    }

    @Test
    void noticePeriodNeedsBothEndsInOrder() {
        LocalDate d = LocalDate.of(2025, 5, 28);
        assertThrows(IllegalArgumentException.class, () -> valid().period(d, null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().period(d, d.minusDays(1)).build());
        assertTrue(valid().period(d, d).build().hasPeriod());
    }

    @Test
    void aNoticeCannotSupersedeItself() {
        assertThrows(IllegalArgumentException.class, () -> valid().supersedes("GS-5329-2025-0001").build());
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<Block> blocks = new ArrayList<>(List.of(new Block.Paragraph("一段。")));
        NoticeDocument doc = valid().blocks(blocks).build();
        blocks.add(new Block.Paragraph("后加的。"));
        assertEquals(1, doc.blocks().size());
        assertThrows(UnsupportedOperationException.class, () -> doc.blocks().add(new Block.Paragraph("x")));
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new Block.Table(null, List.of("序号", "户主"), List.of(List.of("1"))));
        assertThrows(IllegalArgumentException.class, () -> new Block.Table(null, List.of(), List.of()));
        assertEquals(2, new Block.Table(" ", List.of("序号", "户主"), List.of(List.of("1", "杨某某"))).columnCount());
    }

    @Test
    void headingLevelIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(0, "一、总体思路"));
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(5, "一、总体思路"));
    }

    @Test
    void toBuilderRoundTrips() {
        NoticeDocument doc = valid().regionNames(List.of("漾濞县")).attachments(List.of("附件1.pdf")).build();
        assertEquals(doc, doc.toBuilder().build());
    }
}
