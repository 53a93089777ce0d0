package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublishedNotice;
import java.util.List;

/**
 * A list of notices as villagers and auditors read it: type, title, date, notice period, links to the
 * frozen HTML and PDF, and — before anything else can mislead — whether a correction replaced it.
 * Items are h3 headings, so callers place a list under an h2.
 */
final class NoticeListHtml {

    private NoticeListHtml() {
    }

    static String render(List<PublishedNotice> notices, String emptyText) {
        if (notices.isEmpty()) {
            return "<p>" + Html.escape(emptyText) + "</p>";
        }
        StringBuilder out = new StringBuilder(notices.size() * 600).append("<ol class=\"notices\">");
        for (PublishedNotice n : notices) {
            item(out, n);
        }
        return out.append("</ol>").toString();
    }

    private static void item(StringBuilder out, PublishedNotice n) {
        String url = noticeUrl(n.noticeNo());
        out.append(n.supersededBy() != null ? "<li class=\"superseded\">" : "<li>");
        out.append("<p class=\"kind\"><span class=\"type\">").append(Html.escape(n.typeLabel())).append("</span>")
                .append("<time datetime=\"").append(n.publishedAtOffset()).append("\">")
                .append(n.publishedAt().toLocalDate()).append("</time> · ").append(Html.escape(n.issuer()))
                .append("</p>");
        out.append("<h3><a href=\"").append(url).append("\">").append(Html.escape(n.title())).append("</a></h3>");
        if (n.hasPeriod()) {
            out.append("<p class=\"period\">公示期：<time datetime=\"").append(n.periodStart()).append("\">")
                    .append(n.periodStart()).append("</time> 至 <time datetime=\"").append(n.periodEnd())
                    .append("\">").append(n.periodEnd()).append("</time></p>");
        }
        if (n.supersededBy() != null) {
            out.append("<p class=\"status\">已被 ").append(link(n.supersededBy())).append(" 更正</p>");
        }
        if (n.supersedes() != null) {
            out.append("<p class=\"status\">本公告更正了 ").append(link(n.supersedes())).append("</p>");
        }
        out.append("<p class=\"links\">编号 ").append(Html.escape(n.noticeNo())).append(" · <a href=\"").append(url)
                .append(".pdf\" type=\"application/pdf\">PDF 版</a> · <a href=\"").append(url)
                .append(".json\" type=\"application/json\">数据 (JSON)</a></p>");
        out.append("</li>");
    }

    static String noticeUrl(String noticeNo) {
        return "/portal/notices/" + Html.escape(noticeNo);
    }

    private static String link(String noticeNo) {
        return "<a href=\"" + noticeUrl(noticeNo) + "\">" + Html.escape(noticeNo) + "</a>";
    }
}
