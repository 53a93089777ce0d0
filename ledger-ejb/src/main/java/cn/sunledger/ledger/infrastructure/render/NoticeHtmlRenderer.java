package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a notice as one standalone HTML5 page: UTF-8, mobile first, no script, inline style, printable.
 *
 * <p>All document text passes through {@link PersonalDataMasker#maskText} and {@link Html#escape} on the way
 * out, so neither personal data nor markup from ledger entries can reach a reader's browser. The output depends
 * only on the document, never on time or locale, because the published bytes are hashed.
 */
public final class NoticeHtmlRenderer {

    private static final int LONG_CELL = 16;
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?[%％]?");

    public byte[] render(NoticeDocument doc) {
        StringBuilder out = new StringBuilder(8192 + doc.blocks().size() * 256);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(doc.title())).append(" - ").append(text(doc.typeLabel()))
                .append("</title>\n");
        if (doc.noticeNo() != null && !doc.draft()) {
            out.append("<link rel=\"alternate\" type=\"application/json\" href=\"./")
                    .append(Html.escape(doc.noticeNo())).append(".json\">\n");
        }
        out.append("<style>").append(NoticeHtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
        out.append("<div class=\"page\">\n<main>\n");
        if (doc.draft()) {
            out.append("<p class=\"draft\" role=\"note\">").append(Html.escape(NoticeWording.DRAFT_BANNER))
                    .append("</p>\n");
        }
        out.append("<article>\n");
        header(out, doc);
        statusNotes(out, doc);
        body(out, doc.blocks());
        attachments(out, doc.attachments());
        hotlines(out, doc.hotlines());
        out.append("</article>\n</main>\n");
        footer(out, doc);
        out.append("</div>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder out, NoticeDocument doc) {
        out.append("<header>\n<p class=\"type\">").append(text(doc.typeLabel())).append("</p>\n<h1>")
                .append(text(doc.title())).append("</h1>\n<dl class=\"meta\">\n");
        meta(out, NoticeWording.NOTICE_NO, Html.escape(NoticeWording.noticeNo(doc)));
        meta(out, NoticeWording.ISSUER, text(doc.issuer()));
        if (doc.docNumber() != null) {
            meta(out, NoticeWording.DOC_NUMBER, text(doc.docNumber()));
        }
        if (doc.publishedOn() != null) {
            meta(out, NoticeWording.PUBLISHED_ON, "<time datetime=\"" + doc.publishedOn() + "\">"
                    + NoticeWording.date(doc.publishedOn()) + "</time>");
        }
        if (doc.hasPeriod()) {
            meta(out, NoticeWording.PERIOD, "<time datetime=\"" + doc.periodStart() + "\">"
                    + NoticeWording.date(doc.periodStart()) + "</time>至<time datetime=\"" + doc.periodEnd() + "\">"
                    + NoticeWording.date(doc.periodEnd()) + "</time>");
        }
        if (!doc.regionNames().isEmpty()) {
            meta(out, NoticeWording.REGIONS, text(NoticeWording.regions(doc)));
        }
        out.append("</dl>\n</header>\n");
    }

    private static void meta(StringBuilder out, String label, String valueHtml) {
        out.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** A replaced notice must say so before anything else, or readers act on outdated information. */
    private static void statusNotes(StringBuilder out, NoticeDocument doc) {
        if (doc.supersededBy() != null) {
            out.append("<p class=\"status\" role=\"note\">")
                    .append(linkedNoticeText(NoticeWording.supersededByText(doc.supersededBy()), doc.supersededBy()))
                    .append("</p>\n");
        }
        if (doc.supersedes() != null) {
            out.append("<p class=\"status\" role=\"note\">")
                    .append(linkedNoticeText(NoticeWording.supersedesText(doc.supersedes()), doc.supersedes()))
                    .append("</p>\n");
        }
    }

    private static String linkedNoticeText(String sentence, String otherNo) {
        String link = "<a href=\"./" + Html.escape(otherNo) + "\">" + Html.escape(otherNo) + "</a>";
        return Html.escape(sentence).replace(Html.escape(otherNo), link);
    }

    private static void body(StringBuilder out, List<Block> blocks) {
        int previousLevel = 1; // the h1 above
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                // never skip a level (WCAG heading order), whatever numbering the source used
                int level = Math.min(heading.level() + 1, previousLevel + 1);
                previousLevel = level;
                out.append("<h").append(level).append('>').append(text(heading.text())).append("</h")
                        .append(level).append(">\n");
            } else if (block instanceof Block.Paragraph paragraph) {
                out.append("<p>").append(multiline(paragraph.text())).append("</p>\n");
            } else if (block instanceof Block.Table table) {
                table(out, table);
            }
        }
    }

    /**
     * The wrapper scrolls sideways on narrow screens instead of squeezing columns; it is focusable and labelled
     * so keyboard users can scroll it too.
     */
    private static void table(StringBuilder out, Block.Table table) {
        String caption = table.caption() == null ? null : text(table.caption());
        out.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(caption == null ? "表格" : caption).append("\">\n<table>\n");
        if (caption != null) {
            out.append("<caption>").append(caption).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (String h : table.header()) {
            out.append("<th scope=\"col\">").append(text(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String shown = PersonalDataMasker.maskText(row.get(c));
                String tag = c == 0 ? "th" : "td";
                out.append('<').append(tag).append(c == 0 ? " scope=\"row\"" : "").append(cellClass(shown)).append('>')
                        .append(Html.escape(shown).replace("\n", "<br>")).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    /**
     * Short cells stay on one line (the wrapper scrolls), so names and amounts are not broken into one character
     * per line on a phone; long text may wrap within a reasonable width.
     */
    private static String cellClass(String cell) {
        if (NUMERIC.matcher(cell.strip()).matches()) {
            return " class=\"num\"";
        }
        return cell.length() > LONG_CELL ? " class=\"long\"" : "";
    }

    private static void attachments(StringBuilder out, List<String> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"attachments\">\n<h2 id=\"attachments\">")
                .append(NoticeWording.ATTACHMENTS).append("</h2>\n<ol>\n");
        for (String name : attachments) {
            out.append("<li>").append(text(name)).append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** Telephone numbers are public service lines, so they are shown in full and dialable with one tap. */
    private static void hotlines(StringBuilder out, List<Hotline> hotlines) {
        out.append("<section class=\"hotlines\" aria-labelledby=\"hotlines\">\n<h2 id=\"hotlines\">")
                .append(NoticeWording.HOTLINES).append("</h2>\n<ul>\n");
        for (Hotline h : hotlines) {
            out.append("<li>").append(text(h.name())).append("：<a href=\"tel:").append(Html.escape(h.dialString()))
                    .append("\">").append(Html.escape(h.number())).append("</a></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void footer(StringBuilder out, NoticeDocument doc) {
        out.append("<footer>\n");
        if (doc.noticeNo() != null && !doc.draft()) {
            String no = Html.escape(doc.noticeNo());
            out.append("<nav class=\"downloads\" aria-label=\"下载\">\n<a href=\"./").append(no)
                    .append(".pdf\" type=\"application/pdf\">").append(NoticeWording.DOWNLOAD_PDF)
                    .append("</a>\n<a href=\"./").append(no).append(".json\" type=\"application/json\">")
                    .append(NoticeWording.DOWNLOAD_JSON).append("</a>\n</nav>\n");
        }
        if (doc.portalUrl() != null) {
            String svg = NoticeQrCode.of(doc.portalUrl()).svg();
            String dataUri = "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
            String url = Html.escape(doc.portalUrl());
            out.append("<div class=\"qr\">\n<img src=\"").append(dataUri).append("\" alt=\"二维码：")
                    .append(NoticeWording.QR_CAPTION).append("，网址 ").append(url)
                    .append("\" width=\"112\" height=\"112\">\n<p>").append(NoticeWording.QR_CAPTION)
                    .append("<br><a href=\"").append(url).append("\">").append(url).append("</a></p>\n</div>\n");
        }
        out.append("</footer>\n");
    }

    private static String text(String value) {
        return Html.escape(PersonalDataMasker.maskText(value));
    }

    private static String multiline(String value) {
        return text(value).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
