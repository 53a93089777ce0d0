package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublicRegion;
import cn.sunledger.portal.read.PublicRegions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /portal/ — the prefectures and their counties, each a link to its region page. */
@WebServlet(urlPatterns = "")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicRegions regions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h1>衔接资金项目与资金公告公示</h1>");
        body.append("<p>按地区查看已公开的公告公示，可下钻到乡镇、行政村和自然村。</p>");
        for (PublicRegion prefecture : regions.roots()) {
            body.append("<h2><a href=\"/portal/regions/").append(prefecture.code()).append("\">")
                    .append(Html.escape(prefecture.name())).append("</a></h2><ul class=\"list\">");
            for (PublicRegion county : regions.children(prefecture.code())) {
                body.append(RegionPageServlet.item(county));
            }
            body.append("</ul>");
        }
        PortalPage.write(response, "首页", body.toString());
    }
}
