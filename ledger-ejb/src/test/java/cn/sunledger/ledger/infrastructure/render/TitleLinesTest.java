package cn.sunledger.ledger.infrastructure.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleLinesTest {

    private static final String COUNTY_TITLE = "漾濞彝族自治县2026年度巩固拓展脱贫攻坚成果和乡村振兴项目入库公告";

    /** Chinese characters one unit wide, digits and Latin letters about half, as in Noto Sans SC. */
    private static double width(String text) {
        return text.chars().mapToDouble(c -> c < 0x80 ? 0.55 : 1.0).sum();
    }

    private static List<String> split(String title, double maxWidth) {
        return new TitleLines(TitleLinesTest::width, maxWidth).split(title);
    }

    @Test
    void aTitleThatFitsStaysOnOneLine() {
        assertEquals(List.of("光明村项目完成公告"), split("光明村项目完成公告", 26));
    }

    @Test
    void countyYearTitleBreaksAfterTheYearNotInsideIt() {
        assertEquals(List.of("漾濞彝族自治县2026年度", "巩固拓展脱贫攻坚成果和乡村振兴项目入库公告"),
                split(COUNTY_TITLE, 26));
    }

    @Test
    void villageTitleBreaksBefore关于() {
        assertEquals(List.of("苍山西镇光明村", "关于光明村人饮工程提质改造项目的项目申报公示"),
                split("苍山西镇光明村关于光明村人饮工程提质改造项目的项目申报公示", 26));
    }

    @Test
    void theKindOfNoticeGoesToItsOwnLineRatherThanSplitting() {
        assertEquals(List.of("苍山西镇光明村至金盏村通组道路硬化", "项目完成公告"),
                split("苍山西镇光明村至金盏村通组道路硬化项目完成公告", 20));
    }

    @Test
    void theLedgersTermsStayWhole() {
        assertEquals(List.of("大理州“十四五”巩固拓展脱贫攻坚成果", "同乡村振兴有效衔接规划"),
                split("大理州“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划", 26));
    }

    @Test
    void aKindAfter的GoesToItsOwnLine() {
        assertEquals(List.of("光明村人饮工程提质改造项目的", "乡镇审核公示"), split("光明村人饮工程提质改造项目的乡镇审核公示", 16));
    }

    /** Whatever the width, the rules hold for every title the notice sources build. */
    @Test
    void noBreakInsideNumbersBeforePunctuationOrLeavingAnOrphan() {
        List<String> titles = List.of(COUNTY_TITLE, SampleNotices.TITLE,
                "苍山西镇光明村关于光明村人饮工程提质改造项目的项目申报公示",
                "关于下达2025年第二批（GS2025-0042号）中央财政衔接推进乡村振兴补助资金的通知",
                "漾濞彝族自治县苍山西镇人民政府关于光明村、金盏村、狮子头村产业路建设项目的乡镇审核公示",
                "大理州“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划");
        for (String title : titles) {
            for (int maxWidth = 8; maxWidth <= 40; maxWidth++) {
                List<String> lines = split(title, maxWidth);
                String where = title + " at " + maxWidth + ": " + lines;
                assertEquals(title, String.join("", lines), where);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (lines.size() > 1) {
                        assertTrue(line.length() >= TitleLines.MIN_LINE_CHARS, where);
                    }
                    assertFalse("、，。；：）》".indexOf(line.charAt(0)) >= 0, where);
                    for (String term : List.of("脱贫攻坚", "乡村振兴", "公告", "公示", "自治县")) {
                        String joined = String.join("|", lines);
                        assertFalse(joined.contains(term.charAt(0) + "|" + term.substring(1))
                                || joined.contains(term.substring(0, term.length() - 1) + "|" + term.charAt(term.length() - 1))
                                || (term.length() == 4 && joined.contains(term.substring(0, 2) + "|" + term.substring(2))),
                                term + " broken: " + where);
                    }
                    if (i > 0) {
                        char before = lines.get(i - 1).charAt(lines.get(i - 1).length() - 1);
                        assertFalse(Character.isLetterOrDigit(before) && before < 0x80, "after a number: " + where);
                    }
                }
            }
        }
    }
}
