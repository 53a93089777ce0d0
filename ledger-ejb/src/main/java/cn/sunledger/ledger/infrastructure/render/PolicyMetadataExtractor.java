package cn.sunledger.ledger.infrastructure.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads issuer, document number and date from a policy page's preamble (cover page, cover letter, news lead)
 * and its metadata panel. The body is never searched: it cites other documents' numbers and dates.
 */
final class PolicyMetadataExtractor {

    /** 维办发〔2022〕30号, also with [] or ［］ brackets and stray spaces as web copies have them. */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12})\\s*[〔\\[［]\\s*([0-9]{4})\\s*[〕\\]］]\\s*([0-9]{1,4})\\s*号");
    private static final Pattern FULL_DATE = Pattern.compile(
            "([0-9]{4})\\s*[年\\-/.]\\s*([0-9]{1,2})\\s*[月\\-/.]\\s*([0-9]{1,2})\\s*日?");
    private static final Pattern DATE_LINE = Pattern.compile("^([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?$");
    /** The issuing offices before "印发": "中共维西县委办公室 维西县人民政府办公室 关于印发《…》". */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "([\\p{IsHan}、 ]*?(?:办公室|办公厅|人民政府|委员会|局))\\s*(?:发布)?\\s*(?:关于)?\\s*印发");
    private static final Pattern ORGAN_LINE = Pattern.compile("^[\\p{IsHan}、 ]{4,30}(?:办公室|办公厅|人民政府|委员会|局)$");
    private static final List<String> DATE_KEYS = List.of("发布时间", "发布日期", "成文日期");

    private PolicyMetadataExtractor() {
    }

    static String docNumber(List<String> preamble, Map<String, String> panel) {
        for (String text : concat(preamble, panel.get("文号"), panel.get("发文字号"))) {
            Matcher m = DOC_NUMBER.matcher(text);
            if (m.find()) {
                return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
            }
        }
        return null;
    }

    /** The document's own date line wins over the web page's publication date, which may be days later. */
    static LocalDate date(List<String> preamble, Map<String, String> panel) {
        for (String line : preamble) {
            Matcher m = DATE_LINE.matcher(line.replace(" ", ""));
            if (m.matches()) {
                // a document dated by month only ("2023年5月") is given the first of that month
                LocalDate d = date(m.group(1), m.group(2), m.group(3) == null ? "1" : m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        for (String key : DATE_KEYS) {
            String value = panel.get(key);
            Matcher m = value == null ? null : FULL_DATE.matcher(value);
            if (m != null && m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The issuing offices named before "印发" (preferring a mention that separates joint issuers), else an organ
     * name standing alone on the cover page, else the publishing body from the metadata panel.
     */
    static String issuer(List<String> preamble, Map<String, String> panel) {
        String firstIssuer = null;
        for (String line : preamble) {
            for (String clause : line.split("[，,。；;：:《》]")) {
                Matcher m = ISSUED_BY.matcher(clause);
                if (m.find()) {
                    String issuer = m.group(1).strip().replaceAll("[ 、]+", "、");
                    if (issuer.contains("、")) {
                        return issuer;
                    }
                    if (firstIssuer == null) {
                        firstIssuer = issuer;
                    }
                }
            }
        }
        if (firstIssuer != null) {
            return firstIssuer;
        }
        for (String line : preamble) {
            if (ORGAN_LINE.matcher(line).matches()) {
                return line.replaceAll("[ 、]+", "、");
            }
        }
        return panel.get("发布机构");
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> concat(List<String> lines, String... more) {
        List<String> all = new ArrayList<>(lines);
        for (String m : more) {
            if (m != null) {
                all.add(m);
            }
        }
        return all;
    }
}
