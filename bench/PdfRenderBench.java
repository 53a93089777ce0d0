import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.infrastructure.render.NoticePdfRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 3's PDF limit: a notice with a 2,000-row table renders to PDF in at most 1.5 s once warm. Run by
 * bench/run as a single-file program on ledger-ejb's class path; prints the figures, asserts nothing.
 */
public class PdfRenderBench {

    static final double LIMIT_MS = 1500;

    public static void main(String[] args) {
        NoticePdfRenderer renderer = new NoticePdfRenderer();
        NoticeDocument doc = document(2000);
        for (int i = 0; i < 5; i++) {
            renderer.render(doc);
        }
        int runs = 15;
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = renderer.render(doc).length;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("pdf 2000-row table: median %.0f ms, worst %.0f ms over %d warm runs (%d KB) — limit %.0f ms: %s%n",
                ms[runs / 2], ms[runs - 1], runs, bytes / 1024, LIMIT_MS, ms[runs - 1] <= LIMIT_MS ? "OK" : "OVER");
    }

    static NoticeDocument document(int rows) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            table.add(List.of(String.valueOf(i), "示范村第" + i + "组", "户主" + i, "脱贫户", String.format("%d.%02d", 800 + i % 400, i % 100)));
        }
        return NoticeDocument.builder()
                .noticeNo("532922-2026-09999").type("DISTRIBUTION_RESULT", "收益分配结果公告")
                .title("漾濞彝族自治县2026年度帮扶项目资产收益分配结果公告（基准测试）").issuer("漾濞彝族自治县农业农村局")
                .publishedOn(LocalDate.of(2026, 11, 23)).period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 2))
                .regionNames(List.of("漾濞彝族自治县苍山西镇光明村")).hotlines(List.of(new Hotline("漾濞县监督电话", "0872-2120101")))
                .portalUrl("http://localhost:8080/portal/notices/532922-2026-09999")
                .blocks(List.of(new Block.Heading(1, "一、分配明细"),
                        new Block.Table("分配明细表", List.of("序号", "村民小组", "户主", "类别", "金额（元）"), table)))
                .attachments(List.of()).draft(false).build();
    }
}
