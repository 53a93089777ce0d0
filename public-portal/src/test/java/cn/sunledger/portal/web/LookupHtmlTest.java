package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.portal.TestNotices;
import cn.sunledger.portal.read.BadParameterException;
import cn.sunledger.portal.read.DistributionLines;
import cn.sunledger.portal.read.DistributionLines.Query;
import cn.sunledger.portal.read.DistributionLines.Table;
import cn.sunledger.portal.read.Params;
import cn.sunledger.portal.read.PublishedNotice;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 查找我的分配 over a result notice's frozen JSON in the renderer's shape: the household tables found by their
 * columns (the figures table is not one), a lookup by ID tail and/or name, the match marked, none said so, bad input
 * refused by its field.
 */
class LookupHtmlTest {

    private static final String JSON = """
            {"schemaVersion":1,"noticeNo":"532922-2026-00031","typeCode":"DISTRIBUTION_RESULT","blocks":[
            {"type":"paragraph","text":"已兑付完毕"},
            {"type":"table","caption":"收益及分配情况","header":["项目","内容"],"rows":[["收益主体","光明村股份经济合作社"]]},
            {"type":"table","caption":"兑付明细","header":["序号","用途","户主","身份证号","自然村","户类型","兑付金额（元）","兑付日期","凭证号"],
             "rows":[["1","无劳动能力人员帮扶","张<三>","5329**********123X","上村组","突发严重困难户","3,000.00","2026-05-02","付-1"],
                     ["2","村级公益性岗位工资","","","","","8,000.00","2026-05-02","付-2"],
                     ["3","到户帮扶","李四","5329**********5678","下村组","脱贫户","2,000.00","2026-05-02","付-3"]]}],
            "draft":false}
            """;
    private static final PublishedNotice NOTICE = result();
    private static final List<Table> TABLES = DistributionLines.tables(JSON.getBytes(StandardCharsets.UTF_8));

    private static PublishedNotice result() {
        PublishedNotice n = TestNotices.notice("532922-2026-00031", "光明村资产收益分配结果公告", LocalDateTime.of(2026, 5, 3, 9, 0));
        return new PublishedNotice(n.noticeNo(), "DISTRIBUTION_RESULT", n.title(), n.issuer(), n.issuerRegionCode(),
                n.publishedAt(), n.periodStart(), n.periodEnd(), n.regionCodes(), n.sha256Html(), n.sha256Pdf(),
                n.sha256Json(), null, null, n.logRegion(), 9);
    }

    private static Query query(String tail, String name) {
        return DistributionLines.query(tail, name, new Params(p -> null));
    }

    @Test
    void onlyTablesWithAHeadAndAnIdColumnAreLookedIn() {
        assertEquals(1, TABLES.size());
        assertEquals("兑付明细", TABLES.get(0).caption());
        assertEquals(3, TABLES.get(0).rows().size());
    }

    @Test
    void theLastFourCharactersFindTheLineAndAreMarked() {
        String html = LookupHtml.render(NOTICE, TABLES, "123x", "", List.of(), query("123x", ""));
        assertTrue(html.contains("找到 1 条"), html);
        assertTrue(html.contains("5329**********<mark>123X</mark>"), html);
        assertTrue(html.contains("张&lt;三&gt;"), "cells are escaped: " + html);
        assertFalse(html.contains("李四"), "only the matching line");
        assertFalse(html.contains("村级公益性岗位工资"), "a purpose line names nobody and never matches");
    }

    @Test
    void theNameAndTheTailTogetherMustBothMatch() {
        assertTrue(LookupHtml.render(NOTICE, TABLES, "5678", "李四", List.of(), query("5678", "李四"))
                .contains("<mark>李四</mark>"));
        String none = LookupHtml.render(NOTICE, TABLES, "5678", "张三", List.of(), query("5678", "张三"));
        assertTrue(none.contains("class=\"status no-match\""), none);
        assertTrue(none.contains("没有与身份证号后四位“5678”、户主姓名“张三”相符的分配"), none);
        assertFalse(none.contains("<mark>"));
    }

    @Test
    void badInputIsRefusedByItsFieldAndAnUnsentFormAsksNothing() {
        assertNull(query(null, null), "the page opened without the form sent");
        BadParameterException tail = assertThrows(BadParameterException.class, () -> query("12a4", null));
        assertEquals("id4", tail.errors().get(0).field());
        assertEquals("id4", assertThrows(BadParameterException.class, () -> query("12345", null)).errors().get(0).field());
        assertEquals("id4", assertThrows(BadParameterException.class, () -> query(" ", "")).errors().get(0).field(),
                "the form sent empty");
        assertEquals("name", assertThrows(BadParameterException.class, () -> query(null, "<script>"))
                .errors().get(0).field());
        String page = LookupHtml.render(NOTICE, TABLES, "12a4", "", tail.errors(), null);
        assertTrue(page.contains("aria-invalid=\"true\" aria-describedby=\"id4-error\""), page);
        assertTrue(page.contains("id=\"id4-error\">身份证号后四位应为 4 位"), page);
        assertFalse(page.contains("查找结果"));
    }

    @Test
    void theListOffersTheLookupForDistributionNoticesOnly() {
        assertTrue(NoticeListHtml.render(List.of(NOTICE), java.util.Map.of(), NOTICE.periodStart(), "")
                .contains("href=\"/portal/lookup/532922-2026-00031\">查找我的分配</a>"));
        PublishedNotice other = TestNotices.notice("532922-2026-00001", "申报公示", LocalDateTime.of(2026, 3, 1, 9, 0));
        assertFalse(NoticeListHtml.render(List.of(other), java.util.Map.of(), other.periodStart(), "")
                .contains("查找我的分配"));
    }
}
