package cn.sunledger.ledger.infrastructure.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of Chinese official documents (GB/T 9704): 第一章 / 第一节, then 一、, （一）, 1. and （1）.
 * The number stays in the heading text, because readers and other documents refer to sections by it.
 *
 * <p>Lower levels are usually "run-in": the heading is the first sentence of a paragraph, as in
 * "（一）确定监测范围。综合考虑……". Such a line is split into a heading and a paragraph.
 */
final class PolicyHeadings {

    /** A heading recognised at the start of a line, and the body text that followed it on the same line. */
    record Match(int level, String heading, String remainder) {
    }

    private static final String CN_NUMBER = "[一二三四五六七八九十百零〇]+";

    private record Style(Pattern pattern, int level) {
    }

    private static final List<Style> STYLES = List.of(
            new Style(Pattern.compile("^第" + CN_NUMBER + "章(\\s*)\\S.*"), 1),
            new Style(Pattern.compile("^第" + CN_NUMBER + "节(\\s*)\\S.*"), 2),
            new Style(Pattern.compile("^" + CN_NUMBER + "、(\\s*)\\S.*"), 1),
            new Style(Pattern.compile("^[（(]" + CN_NUMBER + "[)）](\\s*)\\S.*"), 2),
            // "1." but not "1.5亿": no digit may follow the point
            new Style(Pattern.compile("^[0-9]{1,2}[.．、](\\s*)(?![0-9])\\S.*"), 3),
            new Style(Pattern.compile("^[（(][0-9]{1,2}[)）](\\s*)\\S.*"), 4));

    /** A heading standing alone on its line is short; longer numbered lines are list items of running text. */
    private static final int MAX_STANDALONE = 50;
    /** The run-in heading must end within this many characters, or the line is a numbered paragraph. */
    private static final int MAX_RUN_IN = 60;

    private PolicyHeadings() {
    }

    /** @return the heading at the start of {@code line}, or null if the line is not one */
    static Match match(String line) {
        for (Style style : STYLES) {
            Matcher m = style.pattern().matcher(line);
            if (m.matches()) {
                return split(line, style.level());
            }
        }
        return null;
    }

    private static Match split(String line, int level) {
        int stop = line.indexOf('。');
        if (stop > 0 && stop <= MAX_RUN_IN) {
            String heading = line.substring(0, stop).strip();
            String rest = line.substring(stop + 1).strip();
            return new Match(level, heading, rest.isEmpty() ? null : rest);
        }
        if (stop < 0 && line.length() <= MAX_STANDALONE && !PolicyText.endsSentence(line)) {
            return new Match(level, line, null);
        }
        return null;
    }
}
