package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeEvidence;
import cn.sunledger.portal.read.PublishedNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list of notices as villagers and auditors read it: type, title, date, notice period and where it stands
 * (正在公示 with the days left, 公示期已满, 补录 with the board postings it relies on, 转载/参考), links to the
 * frozen HTML and PDF, and — before anything else can mislead — whether a correction replaced it.
 * Items are h3 headings, so callers place a list under an h2.
 */
final class NoticeListHtml {

    private NoticeListHtml() {
    }

    static String render(List<PublishedNotice> notices, Map<String, NoticeEvidence> evidence, LocalDate today,
            String emptyText) {
        if (notices.isEmpty()) {
            return "<p>" + Html.escape(emptyText) + "</p>";
        }
        StringBuilder out = new StringBuilder(notices.size() * 700).append("<ol class=\"notices\">");
        for (PublishedNotice n : notices) {
            item(out, n, evidence.getOrDefault(n.noticeNo(), NoticeEvidence.NONE), today);
        }
        return out.append("</ol>").toString();
    }

    private static void item(StringBuilder out, PublishedNotice n, NoticeEvidence evidence, LocalDate today) {
        String url = noticeUrl(n.noticeNo());
        out.append(n.supersededBy() != null ? "<li class=\"superseded\">" : "<li>");
        out.append("<p class=\"kind\"><span class=\"type\">").append(Html.escape(n.typeLabel())).append("</span>")
                .append("<time datetime=\"").append(n.publishedAtOffset()).append("\">")
                .append(n.publishedAt().toLocalDate()).append("</time> · ").append(Html.escape(n.issuer()))
                .append("</p>");
        out.append("<h3><a href=\"").append(url).append("\">").append(Html.escape(n.title())).append("</a></h3>");
        standing(out, n, evidence, today);
        if (n.hasPeriod()) {
            out.append("<p class=\"period\">公示期：<time datetime=\"").append(n.periodStart()).append("\">")
                    .append(n.periodStart()).append("</time> 至 <time datetime=\"").append(n.periodEnd())
                    .append("\">").append(n.periodEnd()).append("</time></p>");
        }
        if (NoticeEvidence.enteredAfterPeriodStart(n)) {
            out.append("<p class=\"evidence\">补录：公示期自 ").append(n.periodStart()).append(" 开始，网上于 ")
                    .append(n.publishedAt().toLocalDate()).append(" 才发布；");
            if (evidence.boardPostings().isEmpty()) {
                out.append("没有公告栏张贴记录，此前的公示天数无据可查。</p>");
            } else {
                out.append("此前依据公告栏张贴记录（有照片）：").append(evidence.boardPostings().stream()
                        .map(p -> p.postedOn().toString()).distinct().collect(Collectors.joining("、"))).append("</p>");
            }
        }
        if (n.supersededBy() != null) {
            out.append("<p class=\"status\">已被 ").append(link(n.supersededBy())).append(" 更正</p>");
        }
        if (n.supersedes() != null) {
            out.append("<p class=\"status\">本公告更正了 ").append(link(n.supersedes())).append("</p>");
        }
        out.append("<p class=\"links\">编号 ").append(Html.escape(n.noticeNo())).append(" · <a href=\"").append(url)
                .append(".pdf\" type=\"application/pdf\">PDF 版</a> · <a href=\"").append(url)
                .append(".json\" type=\"application/json\">数据 (JSON)</a>");
        if (LookupHtml.offered(n)) {
            out.append(" · <a class=\"lookup\" href=\"").append(LookupHtml.path(n.noticeNo())).append("\">查找我的分配</a>");
        }
        out.append("</p>");
        out.append("</li>");
    }

    /** The labels in front: where the period stands, 补录, 转载/参考. */
    private static void standing(StringBuilder out, PublishedNotice n, NoticeEvidence evidence, LocalDate today) {
        StringBuilder labels = new StringBuilder();
        switch (NoticeEvidence.stage(n, today)) {
            case OPEN -> labels.append("<span class=\"standing open\">正在公示 · 还剩 ")
                    .append(NoticeEvidence.daysLeft(n, today)).append(" 天</span>");
            case UPCOMING -> labels.append("<span class=\"standing\">即将公示 · ").append(n.periodStart())
                    .append(" 起</span>");
            case ENDED -> labels.append("<span class=\"standing ended\">公示期已满</span>");
            case NO_PERIOD -> { }
        }
        if (NoticeEvidence.enteredAfterPeriodStart(n)) {
            labels.append("<span class=\"standing late\">补录</span>");
        }
        if (evidence.referenceOnly()) {
            labels.append("<span class=\"standing reference\">转载/参考</span>");
        }
        if (!labels.isEmpty()) {
            out.append("<p class=\"labels\">").append(labels).append("</p>");
        }
    }

    static String noticeUrl(String noticeNo) {
        return "/portal/notices/" + Html.escape(noticeNo);
    }

    private static String link(String noticeNo) {
        return "<a href=\"" + noticeUrl(noticeNo) + "\">" + Html.escape(noticeNo) + "</a>";
    }
}
