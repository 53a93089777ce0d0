package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeTypes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The keyword search form (GET, works without JavaScript), filled with the current values. */
final class SearchForm {

    private SearchForm() {
    }

    static String render(String keyword, String type, Integer year, String region, String regionName) {
        StringBuilder f = new StringBuilder(2048).append("<form class=\"search\" method=\"get\" action=\"/portal/search\"")
                .append(" role=\"search\" aria-label=\"搜索公告\">");
        f.append("<div><label for=\"q\">关键词（标题或正文）</label><input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\"")
                .append(" value=\"").append(Html.escape(keyword)).append("\"></div>");
        f.append("<div><label for=\"type\">类型</label><select id=\"type\" name=\"type\"><option value=\"\">全部类型</option>");
        for (Map.Entry<String, String> t : NoticeTypes.all().entrySet()) {
            f.append("<option value=\"").append(t.getKey()).append('"').append(t.getKey().equals(type) ? " selected" : "")
                    .append('>').append(Html.escape(t.getValue())).append("</option>");
        }
        f.append("</select></div>");
        f.append("<div><label for=\"year\">年份</label><input id=\"year\" name=\"year\" inputmode=\"numeric\"")
                .append(" pattern=\"[0-9]{4}\" maxlength=\"4\" placeholder=\"如 2026\" value=\"")
                .append(year == null ? "" : year).append("\"></div>");
        if (region != null) {
            f.append("<input type=\"hidden\" name=\"region\" value=\"").append(Html.escape(region)).append("\">");
        }
        f.append("<div><button type=\"submit\">搜索</button></div></form>");
        if (region != null) {
            f.append("<p>搜索范围：").append(Html.escape(regionName == null ? region : regionName))
                    .append(" 及下辖地区（<a href=\"").append(Html.escape(href(keyword, type, year, null, 0)))
                    .append("\">改为全部地区</a>）</p>");
        }
        return f.toString();
    }

    /** The search page URL for these values (unescaped; escape it for an attribute). */
    static String href(String keyword, String type, Integer year, String region, int page) {
        StringBuilder q = new StringBuilder();
        param(q, "q", keyword);
        param(q, "type", type);
        param(q, "year", year == null ? null : year.toString());
        param(q, "region", region);
        param(q, "page", page == 0 ? null : Integer.toString(page));
        return "/portal/search" + (q.length() == 0 ? "" : "?" + q.substring(1));
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
