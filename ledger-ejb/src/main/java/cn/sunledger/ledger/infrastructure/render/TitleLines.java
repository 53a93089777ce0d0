package cn.sunledger.ledger.infrastructure.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a long Chinese notice title into lines the way a person setting an official notice would.
 *
 * <p>OpenPDF breaks Chinese text after any character, so a centred title wraps wherever the width runs out:
 * inside a year ("20|26"), a place name ("漾|濞") or the closing 公告. Chinese has no spaces to show word
 * boundaries and the renderer carries no dictionary, so instead of guessing words this class prefers the seams
 * that titles of this ledger are built from (see the notice sources: county + year + 年度 + subject, village +
 * 关于 + project + 的 + kind), then a conjunction, and only then any other position; among equally good seams it
 * takes the one that gives the most even lines. Never: inside or right after a run of digits or Latin letters
 * (a number stays with its unit, 2026年; a code stays whole, GS2025-0042), after an opening or before a closing
 * bracket or punctuation mark, or leaving fewer than {@value #MIN_LINE_CHARS} characters on a line.
 */
final class TitleLines {

    static final int MIN_LINE_CHARS = 3;

    private static final int PREFERRED = 0;
    private static final int CONJUNCTION = 1;
    private static final int ANYWHERE = 2;

    private static final String NO_LINE_START = "、，。；：！？）》」』”’〕】%％";
    private static final String NO_LINE_END = "（《「『“‘〔【";
    private static final String CONJUNCTIONS = "和及与、，";
    /**
     * The terms titles of this ledger are made of, never broken inside. Chinese has no spaces, so without such a
     * list "巩固拓展脱贫|攻坚成果" would be as good a break as any; the list needs only the long, frequent terms,
     * as the seams and the three-character minimum keep breaks away from the short ones.
     */
    private static final List<String> TERMS = List.of("巩固拓展脱贫攻坚成果", "巩固拓展", "脱贫攻坚", "乡村振兴",
            "有效衔接", "脱贫人口", "防止返贫", "监测帮扶", "衔接资金", "财政资金", "小额信贷", "产业发展", "基础设施",
            "彝族自治县", "白族自治州", "自治县", "自治州", "人民政府", "村民委员会", "农业农村局", "乡村振兴局",
            "项目", "资金", "公告", "公示", "行动方案", "实施方案", "工作要点");
    /** A place name and its suffix stay together (漾濞|县 would not do): no line starts with one after a name. */
    private static final String PLACE_SUFFIXES = "省市州县区镇乡村";
    /** The longest kind of notice a title ends with, e.g. 项目实施前公示: a line of its own reads well. */
    private static final int MAX_KIND_CHARS = 8;

    private final ToDoubleFunction<String> width;
    private final double maxWidth;

    /**
     * @param width    the printed width of a text
     * @param maxWidth the width a line may take
     */
    TitleLines(ToDoubleFunction<String> width, double maxWidth) {
        this.width = width;
        this.maxWidth = maxWidth;
    }

    List<String> split(String title) {
        List<String> lines = new ArrayList<>();
        String rest = title.strip();
        while (width.applyAsDouble(rest) > maxWidth) {
            int at = bestBreak(rest);
            if (at <= 0) {
                break; // nothing fits without breaking a rule: let the line run long rather than break badly
            }
            lines.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
        lines.add(rest);
        return lines;
    }

    /**
     * The best position to end the first line of {@code text}: a break that leaves a remainder fitting on one
     * line wins (two lines), then the better kind of seam, then the more even pair of lines; when the remainder
     * needs more lines anyway, the longest first line of the best kind.
     */
    private int bestBreak(String text) {
        int[] rank = rankBreaks(text);
        int best = -1;
        boolean bestTwoLines = false;
        double bestScore = Double.MAX_VALUE;
        for (int at = MIN_LINE_CHARS; at <= text.length() - MIN_LINE_CHARS; at++) {
            if (rank[at] < 0) {
                continue;
            }
            double first = width.applyAsDouble(text.substring(0, at));
            if (first > maxWidth) {
                break;
            }
            double second = width.applyAsDouble(text.substring(at));
            boolean twoLines = second <= maxWidth;
            double score = rank[at] * 1e6 + (twoLines ? Math.abs(first - second) : -first);
            if ((twoLines && !bestTwoLines) || (twoLines == bestTwoLines && score < bestScore)) {
                best = at;
                bestTwoLines = twoLines;
                bestScore = score;
            }
        }
        return best;
    }

    /** For each position between two characters: how good a seam it is, or -1 where a break is not allowed. */
    private static int[] rankBreaks(String text) {
        int[] rank = new int[text.length() + 1];
        for (int at = 1; at < text.length(); at++) {
            char before = text.charAt(at - 1);
            char after = text.charAt(at);
            if (isPartOfLatinRun(before) || NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0
                    || (PLACE_SUFFIXES.indexOf(after) >= 0 && CONJUNCTIONS.indexOf(before) < 0 && before != '的')) {
                rank[at] = -1;
            } else if (CONJUNCTIONS.indexOf(before) >= 0) {
                rank[at] = CONJUNCTION;
            } else {
                rank[at] = ANYWHERE;
            }
        }
        rank[0] = -1;
        rank[text.length()] = -1;
        for (String term : TERMS) {
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                Arrays.fill(rank, i + 1, i + term.length(), -1);
            }
        }
        prefer(rank, text, "关于", 0);        // 光明村|关于…
        prefer(rank, text, "年度", 2);        // …2026年度|巩固…
        prefer(rank, text, "县2", 1);         // 漾濞彝族自治县|2026年度…
        prefer(rank, text, "市2", 1);
        prefer(rank, text, "州2", 1);
        if (text.endsWith("公告") || text.endsWith("公示")) {
            preferKind(rank, text, text.lastIndexOf("的") + 1); // …饮水工程的|乡镇审核公示
            preferKind(rank, text, text.lastIndexOf("项目"));   // …乡村振兴|项目入库公告
        }
        return rank;
    }

    private static void preferKind(int[] rank, String text, int at) {
        if (at > 0 && text.length() - at <= MAX_KIND_CHARS && rank[at] >= 0) {
            rank[at] = PREFERRED;
        }
    }

    /** Marks the position {@code offset} characters into every occurrence of {@code seam} as preferred. */
    private static void prefer(int[] rank, String text, String seam, int offset) {
        for (int i = text.indexOf(seam); i >= 0; i = text.indexOf(seam, i + 1)) {
            int at = i + offset;
            if (at > 0 && at < text.length() && rank[at] >= 0) {
                rank[at] = PREFERRED;
            }
        }
    }

    /** Digits, Latin letters and the marks inside codes (GS2025-0042, 3.5): no break may follow one. */
    private static boolean isPartOfLatinRun(char c) {
        return c > ' ' && c < 0x80;
    }
}
