package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Notices used by the renderer tests; the personal data in them is made up. */
final class SampleNotices {

    static final String TITLE = "关于2025年度脱贫人口小额信贷贴息资金分配情况的公示";
    static final String BODY_SENTENCE = "根据县乡村振兴局审核结果，现将贴息资金分配情况予以公示。";
    static final String RAW_ID = "532922198001011238";
    static final String MASKED_ID = "5329**********1238";
    static final String RAW_PHONE = "13812345678";
    static final String MASKED_PHONE = "138****5678";
    static final String NOTICE_NO = "GS-532922-2025-0042";
    static final String PORTAL_URL = "https://gs.example.gov.cn/notices/GS-532922-2025-0042";

    private SampleNotices() {
    }

    static NoticeDocument published() {
        return base().build();
    }

    static NoticeDocument draft() {
        return base().noticeNo(null).publishedOn(null).portalUrl(null).draft(true).build();
    }

    /** Every kind of notice the renderer tests know, for checks that must hold for all of them. */
    static List<NoticeDocument> all() {
        return List.of(published(), draft(), base().supersededBy("GS-532922-2025-0050").build(),
                withLargeTable(2000), withParagraphs(30), withLongTitleAndManyPlaces());
    }

    /** The demo's real policy documents as notices: long texts with headings and tables, as the demo publishes. */
    static List<NoticeDocument> demoPolicies() {
        PolicyDocumentParser parser = new PolicyDocumentParser();
        List<NoticeDocument> notices = new ArrayList<>();
        for (PolicyDocumentSource source : PolicyDocumentSource.DEMO) {
            ParsedPolicyDocument parsed = parser.parse(source);
            notices.add(base().type("POLICY", "政策文件").title(source.title()).issuer(source.issuer())
                    .docNumber(source.docNumber()).blocks(parsed.blocks()).attachments(List.of()).build());
        }
        return notices;
    }

    /** The filler of {@link #withParagraphs}: about three lines on A4, numbered so a page shows which it holds. */
    static String numberedParagraph(int n) {
        return "第" + n + "段：" + BODY_SENTENCE + "经村民代表会议讨论通过、乡镇人民政府审核，现将项目名称、建设地点、"
                + "建设内容、补助标准和资金规模予以公示，接受群众监督。";
    }

    /** A notice of {@code count} numbered paragraphs and nothing else in its body. */
    static NoticeDocument withParagraphs(int count) {
        List<Block> blocks = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            blocks.add(new Block.Paragraph(numberedParagraph(i)));
        }
        return base().blocks(blocks).build();
    }

    static final String LONG_TITLE = "漾濞彝族自治县2026年度巩固拓展脱贫攻坚成果和乡村振兴项目入库公告";

    /** A county-wide notice: a title of two lines and a list of places that wraps several times. */
    static NoticeDocument withLongTitleAndManyPlaces() {
        List<String> places = new ArrayList<>();
        String[] towns = {"苍山西镇", "漾江镇", "平坡镇", "顺濞镇", "富恒乡", "太平乡", "瓦厂乡", "鸡街乡", "龙潭乡"};
        String[] villages = {"光明村", "金盏村", "狮子头村", "白章村", "石坪村", "双涧村"};
        for (String town : towns) {
            places.add(town);
            for (int v = 0; v < 3; v++) {
                places.add(town + villages[(town.length() + v) % villages.length]);
            }
        }
        return base().title(LONG_TITLE).regionNames(places).build();
    }

    static NoticeDocument.Builder base() {
        List<Block> blocks = List.of(
                new Block.Paragraph(BODY_SENTENCE + "公示期内如有异议，请联系经办人李明（电话 " + RAW_PHONE + "）。"),
                new Block.Heading(1, "一、分配结果"),
                new Block.Table("贴息资金分配表", List.of("序号", "户主", "身份证号", "村组", "贴息金额（元）"),
                        List.of(List.of("1", "杨某某", RAW_ID, "漾濞县苍山西镇光明村", "800000.00"),
                                List.of("2", "李某某", "53292219850203452X", "漾濞县苍山西镇光明村", "1200.50"))),
                new Block.Heading(2, "（一）资金来源"),
                new Block.Paragraph("资金来源为中央财政衔接推进乡村振兴补助资金，区划代码532922100000。"));
        return NoticeDocument.builder()
                .noticeNo(NOTICE_NO)
                .type("FUND_ALLOCATION", "资金分配公示")
                .title(TITLE)
                .issuer("漾濞彝族自治县乡村振兴局")
                .docNumber("漾乡振发〔2025〕12号")
                .publishedOn(LocalDate.of(2025, 5, 28))
                .period(LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 3))
                .regionNames(List.of("苍山西镇", "光明村"))
                .hotlines(List.of(new Hotline("漾濞县乡村振兴局监督电话", "0872-5322123")))
                .portalUrl(PORTAL_URL)
                .blocks(blocks)
                .attachments(List.of("贴息资金分配明细表.xlsx"));
    }

    /** A notice whose body is one table of {@code rows} households, like a county-wide beneficiary list. */
    static NoticeDocument withLargeTable(int rows) {
        List<List<String>> data = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            data.add(List.of(Integer.toString(i), "户主" + i, "苍山西镇第" + (i % 17 + 1) + "村民小组",
                    String.format("%d.%02d", 1000 + i * 7 % 5000, i % 100), i % 3 == 0 ? "已发放" : "待发放"));
        }
        Block.Table table = new Block.Table("到户产业奖补资金明细",
                List.of("序号", "户主姓名", "村民小组", "奖补金额（元）", "发放状态"), data);
        return base().blocks(List.of(new Block.Paragraph(BODY_SENTENCE), table)).build();
    }
}
