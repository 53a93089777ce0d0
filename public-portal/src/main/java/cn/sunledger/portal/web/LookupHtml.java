package cn.sunledger.portal.web;

import cn.sunledger.portal.read.BadParameterException.FieldError;
import cn.sunledger.portal.read.DistributionLines;
import cn.sunledger.portal.read.DistributionLines.Query;
import cn.sunledger.portal.read.DistributionLines.Table;
import cn.sunledger.portal.read.PublishedNotice;
import java.util.List;

/**
 * The 查找我的分配 page of a distribution notice: a plain GET form (no script) and, once sent, the notice's lines that
 * match, with the matching ID tail and name marked — or a sentence saying none does. Every cell comes from the
 * notice's published, masked JSON and is escaped here.
 */
final class LookupHtml {

    private LookupHtml() {
    }

    static String path(String noticeNo) {
        return "/portal/lookup/" + Html.escape(noticeNo);
    }

    /**
     * @param typedTail the ID tail as typed (kept in the form), {@code typedName} likewise
     * @param errors    the refused fields (the page is then a 400), empty otherwise
     * @param query     the checked lookup, or null when the form was not sent or was refused
     */
    static String render(PublishedNotice n, List<Table> tables, String typedTail, String typedName,
            List<FieldError> errors, Query query) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<nav class=\"crumbs\" aria-label=\"位置\"><a href=\"/portal/\">首页</a> › <a href=\"")
                .append(NoticeListHtml.noticeUrl(n.noticeNo())).append("\">").append(Html.escape(n.noticeNo()))
                .append("</a></nav>");
        out.append("<h1>查找我的分配</h1>");
        out.append("<p><span class=\"type\">").append(Html.escape(n.typeLabel())).append("</span><a href=\"")
                .append(NoticeListHtml.noticeUrl(n.noticeNo())).append("\">").append(Html.escape(n.title()))
                .append("</a></p>");
        out.append("<p>输入户主身份证号的后四位（最后一位可能是 X），或户主姓名，查看本公告中您家的分配。"
                + "公告中的身份证号只显示前四位和后四位。</p>");
        form(out, n, typedTail, typedName, errors);
        if (query != null) {
            results(out, tables, query);
        }
        return out.toString();
    }

    private static void form(StringBuilder out, PublishedNotice n, String tail, String name, List<FieldError> errors) {
        out.append("<form class=\"search lookup\" method=\"get\" action=\"").append(path(n.noticeNo()))
                .append("\" role=\"search\">");
        field(out, "id4", "身份证号后四位", tail, "4", "text", errors);
        field(out, "name", "户主姓名", name, "30", "text", errors);
        out.append("<div><button type=\"submit\">查找</button></div></form>");
    }

    private static void field(StringBuilder out, String id, String label, String value, String max, String mode,
            List<FieldError> errors) {
        List<String> mine = errors.stream().filter(e -> e.field().equals(id)).map(FieldError::chinese).toList();
        out.append("<div><label for=\"").append(id).append("\">").append(label).append("</label><input id=\"")
                .append(id).append("\" name=\"").append(id).append("\" value=\"").append(Html.escape(value))
                .append("\" maxlength=\"").append(max).append("\" inputmode=\"").append(mode)
                .append("\" autocomplete=\"off\"");
        if (!mine.isEmpty()) {
            out.append(" aria-invalid=\"true\" aria-describedby=\"").append(id).append("-error\"");
        }
        out.append(">");
        if (!mine.isEmpty()) {
            out.append("<p class=\"status field-error\" id=\"").append(id).append("-error\">")
                    .append(Html.escape(String.join("；", mine))).append("</p>");
        }
        out.append("</div>");
    }

    private static void results(StringBuilder out, List<Table> tables, Query query) {
        out.append("<h2>查找结果</h2>");
        int found = 0;
        StringBuilder rows = new StringBuilder();
        for (Table t : tables) {
            StringBuilder matched = new StringBuilder();
            int count = 0;
            for (List<String> row : t.rows()) {
                if (query.matches(t, row)) {
                    count++;
                    row(matched, t, row, query);
                }
            }
            if (count > 0) {
                found += count;
                rows.append("<h3>").append(Html.escape(t.caption())).append("</h3>").append(matched);
            }
        }
        if (found == 0) {
            out.append("<p class=\"status no-match\" role=\"status\">本公告中没有与")
                    .append(describe(query)).append("相符的分配。请核对后重试，或咨询村委会。</p>");
            return;
        }
        out.append("<p role=\"status\" class=\"found\">找到 ").append(found).append(" 条与").append(describe(query))
                .append("相符的分配：</p>").append(rows);
    }

    /** One matching line as a card of label and value (readable on a phone, where a nine-column table is not). */
    private static void row(StringBuilder out, Table t, List<String> row, Query query) {
        out.append("<dl class=\"facts match\">");
        for (int i = 0; i < t.header().size(); i++) {
            String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
            out.append("<dt>").append(Html.escape(t.header().get(i))).append("</dt><dd>");
            if (i == t.idColumn() && query.idTail() != null && cell.length() >= 4) {
                out.append(Html.escape(cell.substring(0, cell.length() - 4))).append("<mark>")
                        .append(Html.escape(cell.substring(cell.length() - 4))).append("</mark>");
            } else if (i == t.headColumn() && query.headName() != null) {
                out.append("<mark>").append(Html.escape(cell)).append("</mark>");
            } else {
                out.append(Html.escape(cell.isEmpty() ? "—" : cell));
            }
            out.append("</dd>");
        }
        out.append("</dl>");
    }

    private static String describe(Query q) {
        StringBuilder d = new StringBuilder();
        if (q.idTail() != null) {
            d.append("身份证号后四位“").append(Html.escape(q.idTail())).append("”");
        }
        if (q.headName() != null) {
            d.append(d.isEmpty() ? "" : "、").append("户主姓名“").append(Html.escape(q.headName())).append("”");
        }
        return d.toString();
    }

    /** Whether the notice is of a kind whose lines a villager can look up. */
    static boolean offered(PublishedNotice n) {
        return DistributionLines.TYPES.contains(n.type());
    }
}
