package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeFilter;
import cn.sunledger.portal.read.PortalClock;
import cn.sunledger.portal.read.PublicRegion;
import cn.sunledger.portal.read.PublicRegions;
import cn.sunledger.portal.read.PublishedNotice;
import cn.sunledger.portal.read.PublishedNotices;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** GET /portal/ — search, the latest notices, and the prefectures with their counties. */
@WebServlet(urlPatterns = "")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 20;

    @Inject
    transient PublicRegions regions;

    @Inject
    transient PublishedNotices notices;

    @Inject
    transient PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder(16384).append("<h1>衔接资金项目与资金公告公示</h1>");
        body.append("<p>查看已公开的公告公示：按地区下钻到乡镇、行政村和自然村，或按关键词搜索。</p>");
        body.append("<h2 id=\"search\">搜索公告</h2>").append(SearchForm.render(null, null, null, null, null));
        body.append("<h2>按地区查看</h2>");
        for (PublicRegion prefecture : regions.roots()) {
            body.append("<p><a href=\"/portal/regions/").append(prefecture.code()).append("\">")
                    .append(Html.escape(prefecture.name())).append("</a></p><ul class=\"list\">");
            for (PublicRegion county : regions.children(prefecture.code())) {
                body.append(RegionPageServlet.item(county));
            }
            body.append("</ul>");
        }
        List<PublishedNotice> latest = notices.newest(NoticeFilter.ALL, LATEST);
        body.append("<h2>最新公告</h2>")
                .append(NoticeListHtml.render(latest, notices.evidence(latest), clock.today(), "暂无已公开的公告。"));
        body.append("<h2>核验与下载</h2><ul class=\"list\">")
                .append("<li><a href=\"/portal/verify\">核验文件</a>：粘贴 PDF 等文件的 SHA-256，查是否为已公开的原件</li>")
                .append("<li><a href=\"/portal/export/notices.csv\">全部公告清单（CSV，可用 Excel 打开）</a></li>")
                .append("</ul>");
        PortalPage.write(response, "首页", body.toString());
    }
}
