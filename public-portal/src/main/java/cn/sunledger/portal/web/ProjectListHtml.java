package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublicProject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The projects of a place as a villager reads them: number, name, year, where the project stands (in Chinese),
 * its planned investment and period, what the fund ledger has allocated to it and paid (net of reversals), and
 * links to the notices published about it. Items are h3 headings,
 * so callers place the list under an h2; it reuses the notice list's look.
 */
final class ProjectListHtml {

    private ProjectListHtml() {
    }

    static String render(List<PublicProject> projects, String emptyText) {
        if (projects.isEmpty()) {
            return "<p>" + Html.escape(emptyText) + "</p>";
        }
        StringBuilder out = new StringBuilder(projects.size() * 700).append("<ol class=\"notices projects\">");
        for (PublicProject p : projects) {
            item(out, p);
        }
        return out.append("</ol>").toString();
    }

    private static void item(StringBuilder out, PublicProject p) {
        out.append("<li id=\"project-").append(p.id()).append("\"><p class=\"kind\"><span class=\"type\">")
                .append(Html.escape(p.statusLabel())).append("</span>").append(p.year()).append(" 年度 · 项目编号 ")
                .append(Html.escape(p.code())).append("</p>");
        out.append("<h3>").append(Html.escape(p.name())).append("</h3>");
        out.append("<p class=\"period\">计划总投资 ").append(yuan(p.plannedTotal())).append(" 元 · 实施期限 ")
                .append(Html.escape(p.startMonth())).append(" 至 ").append(Html.escape(p.endMonth())).append("</p>");
        out.append("<p class=\"funds\">已分配 <span class=\"allocated\">").append(yuan(p.allocated()))
                .append("</span> 元 · 已拨付 <span class=\"disbursed\">").append(yuan(p.disbursed()))
                .append("</span> 元</p>");
        noticeLinks(out, p.notices(), "项目公告：", "暂无已发布的项目公告。");
        out.append("</li>");
    }

    /** The links to a subject's published notices, each marked when a later notice corrected it. */
    static void noticeLinks(StringBuilder out, List<PublicProject.Notice> notices, String heading, String none) {
        if (notices.isEmpty()) {
            out.append("<p class=\"links\">").append(Html.escape(none)).append("</p>");
            return;
        }
        out.append("<p class=\"links\">").append(Html.escape(heading));
        String separator = "";
        for (PublicProject.Notice n : notices) {
            out.append(separator).append("<a href=\"").append(NoticeListHtml.noticeUrl(n.noticeNo())).append("\">")
                    .append(Html.escape(n.typeLabel())).append(" ").append(Html.escape(n.noticeNo())).append("</a>");
            if (n.supersededBy() != null) {
                out.append("（已被更正）");
            }
            separator = " · ";
        }
        out.append("</p>");
    }

    /** Money with thousands separators and two decimals; a project without fund shares plans 0.00. */
    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }
}
