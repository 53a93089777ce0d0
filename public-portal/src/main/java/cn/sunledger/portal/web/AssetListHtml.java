package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublicAsset;
import java.util.List;

/**
 * The assets of a place as a villager reads them: name, class and sub-type, where it stands, 原值, when it formed,
 * who owns it and who operates it, the projects it came from, and links to the notices published about it (资产确权移交公示,
 * 资产处置公示). Items are h3 headings under the caller's h2, stacked lines like the project list, so a 360 px phone
 * reads them without a table. Names arrive masked from the portal's views; an owner who is a person is not named.
 */
final class AssetListHtml {

    private AssetListHtml() {
    }

    static String render(List<PublicAsset> assets, String emptyText) {
        if (assets.isEmpty()) {
            return "<p>" + Html.escape(emptyText) + "</p>";
        }
        StringBuilder out = new StringBuilder(assets.size() * 700).append("<ol class=\"notices assets\">");
        for (PublicAsset a : assets) {
            item(out, a);
        }
        return out.append("</ol>").toString();
    }

    private static void item(StringBuilder out, PublicAsset a) {
        out.append("<li id=\"asset-").append(a.id()).append("\"><p class=\"kind\"><span class=\"type\">")
                .append(Html.escape(a.statusName())).append("</span>").append(Html.escape(a.className()))
                .append(" · ").append(Html.escape(a.subType())).append(" · 资产编号 ").append(Html.escape(a.code()))
                .append("</p>");
        out.append("<h3>").append(Html.escape(a.name())).append("</h3>");
        out.append("<p class=\"period\">原值 <span class=\"value\">").append(ProjectListHtml.yuan(a.originalValue()))
                .append("</span> 元 · 形成日期 ").append(a.formedOn()).append(" · 位于 ")
                .append(Html.escape(a.naturalVillageName())).append("</p>");
        out.append("<p class=\"period owner\">产权归属：").append(Html.escape(owner(a))).append(" · 运营方：")
                .append(Html.escape(a.operator() != null ? a.operator() : a.personalOwner() ? "不公开" : "暂无"))
                .append("</p>");
        out.append("<p class=\"links\">来源项目：");
        String separator = "";
        for (PublicAsset.Source s : a.sources()) {
            out.append(separator).append(Html.escape(s.projectName())).append("（").append(Html.escape(s.projectCode()))
                    .append("）");
            separator = "、";
        }
        out.append("</p>");
        ProjectListHtml.noticeLinks(out, a.notices(), "资产公告：", "暂无已发布的资产公告。");
        out.append("</li>");
    }

    /** The owners with their level; a household by its level only; 待确权 before ownership is confirmed. */
    static String owner(PublicAsset a) {
        if (a.personalOwner()) {
            return "农户（个人信息不公开）";
        }
        if (a.owners() == null || a.owners().isBlank()) {
            return "待确权";
        }
        return a.ownerLevelName() == null ? a.owners() : a.owners() + "（" + a.ownerLevelName() + "）";
    }
}
