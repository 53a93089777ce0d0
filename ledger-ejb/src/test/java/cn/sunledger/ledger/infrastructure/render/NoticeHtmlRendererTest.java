package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.NOTICE_NO;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeHtmlRendererTest {

    private final NoticeHtmlRenderer renderer = new NoticeHtmlRenderer();

    private String html(NoticeDocument doc) {
        return new String(renderer.render(doc), StandardCharsets.UTF_8);
    }

    @Test
    void isACompleteChinesePageForPhones() {
        String html = html(SampleNotices.published());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.trim().endsWith("</html>"));
        assertFalse(html.toLowerCase().contains("<script"), "no JavaScript on a published notice");
    }

    @Test
    void showsTitleAndMaskedPersonalDataOnly() {
        String html = html(SampleNotices.published());
        assertTrue(html.contains("<h1>" + TITLE + "</h1>"));
        assertTrue(html.contains(MASKED_PHONE));
        assertTrue(html.contains(MASKED_ID));
        assertFalse(html.contains(RAW_PHONE));
        assertFalse(html.contains(RAW_ID));
        assertFalse(html.contains("53292219850203452X"));
    }

    @Test
    void escapesMarkupFromLedgerData() {
        NoticeDocument doc = SampleNotices.base()
                .title("<script>alert('x')</script>公示")
                .blocks(List.of(new Block.Paragraph("A & B <img src=x onerror=alert(1)> \"引号\""),
                        new Block.Table("<b>表</b>", List.of("<th>"), List.of(List.of("</td><script>")))))
                .build();
        String html = html(doc);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b>表"));
        assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;公示</h1>"));
        assertTrue(html.contains("A &amp; B &lt;img src=x onerror=alert(1)&gt; &quot;引号&quot;"));
        assertTrue(html.contains("&lt;/td&gt;&lt;script&gt;"));
    }

    @Test
    void hasOneH1AndHeadingsNeverSkipALevel() {
        NoticeDocument doc = SampleNotices.base().blocks(List.of(
                new Block.Heading(3, "1.直接从第三级开始"),
                new Block.Paragraph("正文。"),
                new Block.Heading(1, "一、总体思路"),
                new Block.Heading(4, "（1）跳了两级"))).build();
        List<Integer> levels = headingLevels(html(doc));
        assertEquals(1, levels.stream().filter(l -> l == 1).count());
        assertEquals(1, levels.get(0));
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading order " + levels);
        }
    }

    @Test
    void tablesScrollAndHaveHeaderScopes() {
        String html = html(SampleNotices.published());
        assertTrue(html.contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"贴息资金分配表\">"));
        assertTrue(html.contains("<caption>贴息资金分配表</caption>"));
        assertTrue(html.contains("<th scope=\"col\">户主</th>"));
        assertTrue(html.contains("<th scope=\"row\""));
        assertTrue(html.contains(".table-wrap{overflow-x:auto"));
    }

    @Test
    void linksHotlinesDownloadsAndQrCode() {
        String html = html(SampleNotices.published());
        assertTrue(html.contains("<a href=\"tel:12317\">12317</a>"));
        assertTrue(html.contains("<a href=\"tel:08725322123\">0872-5322123</a>"));
        assertTrue(html.contains("href=\"./" + NOTICE_NO + ".pdf\""));
        assertTrue(html.contains(">下载PDF</a>"));
        assertTrue(html.contains("href=\"./" + NOTICE_NO + ".json\""));
        assertTrue(html.contains("<img src=\"data:image/svg+xml;base64,"));
        assertTrue(Pattern.compile("<img [^>]*alt=\"二维码[^\"]+\"").matcher(html).find());
        assertTrue(html.contains("<dt>文号</dt><dd>漾乡振发〔2025〕12号</dd>"));
        assertTrue(html.contains("2025年5月28日</time>至<time datetime=\"2025-06-03\">2025年6月3日</time>"));
        assertTrue(html.contains("<dd>苍山西镇、光明村</dd>"));
        assertTrue(html.contains("贴息资金分配明细表.xlsx"));
    }

    @Test
    void linksSupersedingAndSupersededNotices() {
        String html = html(SampleNotices.base().supersedes("GS-532922-2025-0040")
                .supersededBy("GS-532922-2025-0050").build());
        assertTrue(html.contains("<a href=\"./GS-532922-2025-0040\">GS-532922-2025-0040</a>"));
        assertTrue(html.contains("<a href=\"./GS-532922-2025-0050\">GS-532922-2025-0050</a>"));
        assertTrue(html.indexOf("GS-532922-2025-0050") < html.indexOf("一、分配结果"),
                "a replaced notice says so before its body");
    }

    @Test
    void draftShowsBannerAndOffersNoDownloads() {
        String html = html(SampleNotices.draft());
        assertTrue(html.contains("<p class=\"draft\" role=\"note\">草稿 / 预览"));
        assertTrue(html.contains("未编号（草稿）"));
        assertFalse(html.contains("下载PDF"));
        assertFalse(html.contains(".pdf\""));
    }

    private static List<Integer> headingLevels(String html) {
        List<Integer> levels = new ArrayList<>();
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        return levels;
    }
}
