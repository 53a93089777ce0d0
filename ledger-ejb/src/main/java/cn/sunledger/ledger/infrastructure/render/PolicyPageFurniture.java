package cn.sunledger.ledger.infrastructure.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a government web page wraps around a document (breadcrumbs, metadata panels, font-size and
 * print buttons, "back to top", datelines) so they never reach a notice. Metadata panels are not thrown away: their
 * key/value pairs are collected, because they are often the only place that states the issuer or the date.
 */
final class PolicyPageFurniture {

    /** Keys of the metadata panels of Chinese government information-disclosure pages. */
    private static final Set<String> PANEL_KEYS = Set.of("索引号", "主题分类", "发布机构", "成文日期", "主题词", "体裁",
            "发文字号", "有效性", "发布时间", "发布日期", "来源", "公开目录", "文号", "浏览量", "浏览次数", "信息来源");

    private static final Set<String> TOOL_LINES = Set.of("返回顶部", "打印本页", "关闭窗口", "目录", "此件公开发布",
            "打印", "关闭", "分享到", "扫一扫在手机打开当前页");

    private static final Pattern BREADCRUMB = Pattern.compile("^(当前位置|您的位置|您现在的位置|首页\\s*[/>›»]).*");
    private static final Pattern BULLET = Pattern.compile("^[•·●▪]\\s*(.*)$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([^:：]{1,8})[:：]\\s*(.*)$");
    /** A news dateline such as "2024-04-12 09:52:44 来源:大河财立方". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*(来源[:：].*)?$");

    private final Map<String, String> metadata = new LinkedHashMap<>();

    /**
     * @param line a line with surrounding white space removed
     * @return true if the line is page furniture; its metadata, if any, is kept for {@link #metadata()}
     */
    boolean isFurniture(String line) {
        if (line.isEmpty()) {
            return false;
        }
        if (BREADCRUMB.matcher(line).matches()) {
            return true;
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            keyValue(bullet.group(1));
            return true;
        }
        if (line.startsWith("【")) {
            return true; // 【字体：大 中 小】【打印文本】 buttons
        }
        String compact = line.replaceAll("[\\s（）()：:]", "");
        if (TOOL_LINES.contains(compact)) {
            return true;
        }
        Matcher dateline = DATELINE.matcher(line);
        if (dateline.matches()) {
            metadata.putIfAbsent("发布时间", dateline.group(1));
            return true;
        }
        if (isPanelRow(line)) {
            return true;
        }
        Matcher kv = KEY_VALUE.matcher(line);
        return kv.matches() && PANEL_KEYS.contains(kv.group(1).strip()) && keyValue(line);
    }

    /** The collected "key → value" pairs, first value wins. */
    Map<String, String> metadata() {
        return metadata;
    }

    private boolean keyValue(String text) {
        Matcher kv = KEY_VALUE.matcher(text.strip());
        if (kv.matches() && !kv.group(2).isBlank()) {
            metadata.putIfAbsent(kv.group(1).strip(), kv.group(2).strip());
        }
        return true;
    }

    /**
     * A metadata panel flattened into a pipe row: "索引号 | 0152… | 发布机构 | 施甸县农业农村局 |". A key followed
     * directly by another key has an empty value ("文号 | 浏览量 | 0 |" means no document number).
     */
    private boolean isPanelRow(String line) {
        if (!line.contains("|")) {
            return false;
        }
        String[] cells = line.split("\\|");
        if (cells.length < 2 || !PANEL_KEYS.contains(cells[0].strip())) {
            return false;
        }
        for (int i = 0; i < cells.length; i++) {
            String key = cells[i].strip();
            if (PANEL_KEYS.contains(key) && i + 1 < cells.length) {
                String value = cells[i + 1].strip();
                if (!value.isEmpty() && !PANEL_KEYS.contains(value)) {
                    metadata.putIfAbsent(key, value);
                    i++;
                }
            }
        }
        return true;
    }
}
