package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.portal.TestNotices;
import cn.sunledger.portal.read.NoticeEvidence;
import cn.sunledger.portal.read.PublishedNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labels a villager reads: where the period stands, and the evidence behind a notice entered late. */
class NoticeListHtmlTest {

    /** The test notice runs 2026-03-01 to 2026-03-10. */
    private static final PublishedNotice ON_TIME = TestNotices.notice("532922-2026-00001", "按时发布的公示",
            LocalDateTime.of(2026, 3, 1, 9, 0));
    private static final PublishedNotice LATE = TestNotices.notice("532922-2026-00002", "补录的公示",
            LocalDateTime.of(2026, 3, 12, 9, 0));

    private static String render(PublishedNotice n, NoticeEvidence evidence, LocalDate today) {
        return NoticeListHtml.render(List.of(n), Map.of(n.noticeNo(), evidence), today, "");
    }

    @Test
    void anOpenNoticeShowsTheDaysLeftCountingTodayAndItsLastDay() {
        assertTrue(render(ON_TIME, NoticeEvidence.NONE, LocalDate.of(2026, 3, 1)).contains("正在公示 · 还剩 10 天"));
        assertTrue(render(ON_TIME, NoticeEvidence.NONE, LocalDate.of(2026, 3, 10)).contains("正在公示 · 还剩 1 天"));
        String over = render(ON_TIME, NoticeEvidence.NONE, LocalDate.of(2026, 3, 11));
        assertTrue(over.contains("公示期已满") && !over.contains("正在公示"), over);
        assertTrue(render(ON_TIME, NoticeEvidence.NONE, LocalDate.of(2026, 2, 27)).contains("即将公示 · 2026-03-01 起"));
        assertFalse(over.contains("补录"), "published on its first day: nothing was entered after the fact");
    }

    @Test
    void aNoticeEnteredAfterItsPeriodBeganIsMarkedWithTheBoardPostingsItReliesOn() {
        NoticeEvidence boards = new NoticeEvidence(List.of(new NoticeEvidence.BoardPosting("532922101201", LocalDate.of(2026, 3, 1)),
                new NoticeEvidence.BoardPosting("532922101201001", LocalDate.of(2026, 3, 1))), false);
        String html = render(LATE, boards, LocalDate.of(2026, 3, 12));
        assertTrue(html.contains("class=\"standing late\">补录") && html.contains("公示期已满"), html);
        assertTrue(html.contains("网上于 2026-03-12 才发布") && html.contains("公告栏张贴记录（有照片）：2026-03-01</p>"), html);
        String bare = render(LATE, NoticeEvidence.NONE, LocalDate.of(2026, 3, 12));
        assertTrue(bare.contains("没有公告栏张贴记录"), bare);
    }

    @Test
    void aReferenceDocumentIsLabelled() {
        PublishedNotice policy = TestNotices.superseded("5329-2026-00003", null, LocalDateTime.of(2026, 3, 1, 9, 0));
        assertTrue(render(policy, new NoticeEvidence(List.of(), true), LocalDate.of(2026, 3, 2)).contains("转载/参考"));
        assertFalse(render(policy, NoticeEvidence.NONE, LocalDate.of(2026, 3, 2)).contains("转载/参考"));
    }
}
