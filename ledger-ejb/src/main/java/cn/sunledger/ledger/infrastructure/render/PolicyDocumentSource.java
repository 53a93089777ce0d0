package cn.sunledger.ledger.infrastructure.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published policy document shipped as demo data (classpath {@code demo/policy-docs/}), with the metadata the
 * accompanying README lists for it. The parser prefers what it finds in the text and falls back to these values,
 * since some pages (e.g. 施甸) carry no title or document number in their text at all.
 *
 * @param fileName  file name under {@link #RESOURCE_FOLDER}
 * @param title     the document's official title
 * @param issuer    the issuing body
 * @param docNumber the document number (文号), null if the document has none
 * @param date      the issue or publication date; for a document dated by month only (2023年5月), its first day
 */
public record PolicyDocumentSource(String fileName, String title, String issuer, String docNumber, LocalDate date) {

    public static final String RESOURCE_FOLDER = "demo/policy-docs/";

    /** The five documents of the demo data set, as listed in its README. */
    public static final List<PolicyDocumentSource> DEMO = List.of(
            new PolicyDocumentSource("dali-2022-income-action-plan.txt",
                    "大理州脱贫人口持续增收三年行动方案（2022—2024年）",
                    "中共大理州委办公室、大理州人民政府办公室", null, LocalDate.of(2022, 9, 1)),
            new PolicyDocumentSource("shidian-2025-work-points.txt",
                    "施甸县巩固拓展脱贫攻坚成果工作要点",
                    "施甸县农业农村局", null, LocalDate.of(2025, 5, 28)),
            new PolicyDocumentSource("zhengzhou-2024-income-action-plan.txt",
                    "郑州市脱贫人口增收行动方案（2024—2025年）",
                    "郑州市人民政府办公厅", null, LocalDate.of(2024, 4, 12)),
            new PolicyDocumentSource("weixi-2022-income-action-plan.txt",
                    "维西县脱贫人口持续增收三年行动方案（2022—2024年）",
                    "中共维西县委办公室、维西县人民政府办公室", "维办发〔2022〕30号", LocalDate.of(2022, 9, 29)),
            new PolicyDocumentSource("dali-14th-five-year-plan.txt",
                    "大理州“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划",
                    "大理州乡村振兴局", null, LocalDate.of(2023, 5, 1)));

    public PolicyDocumentSource {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.contains("/") || fileName.contains("..")) {
            throw new IllegalArgumentException("a plain file name is expected: " + fileName);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
    }

    public String resourcePath() {
        return RESOURCE_FOLDER + fileName;
    }
}
