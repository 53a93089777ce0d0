package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeQuery;
import cn.sunledger.portal.read.PortalClock;
import cn.sunledger.portal.read.PublicRegion;
import cn.sunledger.portal.read.PublicRegions;
import cn.sunledger.portal.read.PublishedNotices;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /portal/search?q=&type=&year=&region=&page= — the search form's results as a page, with the same
 * parameters and checks as /portal/api/notices.
 */
@WebServlet(urlPatterns = "/search")
public class SearchPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    transient PublishedNotices notices;

    @Inject
    transient PortalClock clock;

    @Inject
    transient PublicRegions regions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoticeQuery q = NoticeQuery.parse(name -> "size".equals(name) ? null : request.getParameter(name), PAGE_SIZE);
        String regionName = q.region() == null ? null
                : regions.find(q.region()).map(PublicRegion::name).orElse(q.region());
        PublishedNotices.Page page = notices.search(q.filter(), q.offset(), q.size());
        StringBuilder body = new StringBuilder(16384).append("<h1>搜索公告</h1>");
        body.append(SearchForm.render(q.keyword(), q.type(), q.year(), q.region(), regionName));
        body.append("<h2>搜索结果（共 ").append(page.total()).append(" 条）</h2>");
        body.append(NoticeListHtml.render(page.items(), notices.evidence(page.items()), clock.today(),
                "没有符合条件的公告。"));
        boolean hasPrevious = q.page() > 0;
        boolean hasNext = q.offset() + page.items().size() < page.total();
        if (hasPrevious || hasNext) {
            body.append("<nav class=\"pages\" aria-label=\"翻页\">");
            body.append(hasPrevious ? pageLink(q, q.page() - 1, "上一页") : "<span></span>");
            body.append(hasNext ? pageLink(q, q.page() + 1, "下一页") : "<span></span>");
            body.append("</nav>");
        }
        PortalPage.write(response, "搜索公告", body.toString());
    }

    private static String pageLink(NoticeQuery q, int page, String text) {
        return "<a href=\"" + Html.escape(SearchForm.href(q.keyword(), q.type(), q.year(), q.region(), page)) + "\">"
                + text + "</a>";
    }
}
