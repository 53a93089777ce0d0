package cn.sunledger.ledger.infrastructure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the document proper starts on a page that may first carry a news item, a cover letter or a cover
 * page, and the document title just above that point.
 *
 * <p>Chinese policy documents open with a purpose clause ("为贯彻落实……，制定本方案。"), and the title stands
 * directly above it, sometimes broken over two lines or followed by the validity years on their own line. Lines
 * before the title (news lead, 通知 cover letter, cover page) are the preamble: mined for metadata, not shown.
 */
final class PolicyTitleFinder {

    /** The title (null if the page has none) and the index of its first line, or of the body if no title. */
    record Result(String title, int titleStart, int bodyStart) {
    }

    private static final Pattern DOCUMENT_KIND = Pattern.compile("方案|规划|要点|意见|办法|通知|细则|计划|决定|纲要|措施");
    private static final Pattern YEARS_SUFFIX = Pattern.compile(
            "\\s*[（(]?\\s*([0-9]{4})\\s*[—–一-]+\\s*([0-9]{4})\\s*年\\s*[)）]?\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile("^[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月([0-9]{1,2}\\s*日)?$");
    private static final int MAX_TITLE_LINE = 60;
    private static final int MAX_TITLE_LINES = 3;
    private static final int MIN_OPENING = 30;

    private PolicyTitleFinder() {
    }

    /** @param lines cleaned lines, furniture already blanked out */
    static Result find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("为") && line.length() >= MIN_OPENING && PolicyHeadings.match(line) == null) {
                return titleAbove(lines, i);
            }
        }
        return new Result(null, 0, 0);
    }

    private static Result titleAbove(List<String> lines, int opening) {
        List<Integer> titleLines = new ArrayList<>();
        for (int i = opening - 1; i >= 0 && titleLines.size() < MAX_TITLE_LINES; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (!titleLike(line)) {
                break;
            }
            titleLines.add(0, i);
        }
        if (titleLines.isEmpty()) {
            return new Result(null, opening, opening);
        }
        StringBuilder joined = new StringBuilder();
        for (int i : titleLines) {
            joined.append(lines.get(i));
        }
        String title = normaliseYears(joined.toString());
        if (!DOCUMENT_KIND.matcher(title).find()) {
            return new Result(null, opening, opening);
        }
        return new Result(title, titleLines.get(0), opening);
    }

    /** Short, not a sentence, not quoting another document, not a date or a numbered heading. */
    private static boolean titleLike(String line) {
        return line.length() <= MAX_TITLE_LINE
                && !line.endsWith("。") && !line.endsWith("；") && !line.endsWith("：") && !line.endsWith("，")
                && !line.contains("《")
                && !DATE_LINE.matcher(line).matches()
                && PolicyHeadings.match(line) == null;
    }

    /**
     * Writes the validity years the way official titles do, "（2022—2024年）", whatever the copy made of them
     * ("2022—2024年)" with the opening bracket lost, " (2022—2024年)" with half-width brackets).
     */
    static String normaliseYears(String title) {
        Matcher m = YEARS_SUFFIX.matcher(title);
        if (!m.find()) {
            return title.strip();
        }
        return title.substring(0, m.start()).strip() + "（" + m.group(1) + "—" + m.group(2) + "年）";
    }
}
