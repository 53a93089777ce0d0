package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublicRegion;
import cn.sunledger.portal.read.PublicRegions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** GET /portal/regions/{code} — a region's page: where it sits, and the regions below it. */
@WebServlet(urlPatterns = "/regions/*")
public class RegionPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("/(\\d{12}|\\d{15})");

    @Inject
    transient PublicRegions regions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<PublicRegion> region = path != null && CODE.matcher(path).matches()
                ? regions.find(path.substring(1)) : Optional.empty();
        if (region.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            PortalPage.write(response, "未找到", "<h1>未找到该地区</h1><p><a href=\"/portal/\">返回首页</a></p>");
            return;
        }
        PublicRegion r = region.get();
        StringBuilder body = new StringBuilder("<nav class=\"crumbs\" aria-label=\"位置\"><a href=\"/portal/\">首页</a>");
        List<PublicRegion> path0 = regions.path(r.code());
        for (PublicRegion p : path0.subList(0, path0.size() - 1)) {
            body.append(" › <a href=\"/portal/regions/").append(p.code()).append("\">").append(Html.escape(p.name()))
                    .append("</a>");
        }
        body.append("</nav><h1>").append(Html.escape(r.name())).append(demo(r)).append("</h1>");
        body.append("<p>").append(r.levelName()).append(" · 区划代码 ").append(r.code()).append("</p>");
        if (r.supervisionHotline() != null) {
            body.append("<p>监督电话：<a href=\"tel:").append(Html.escape(r.supervisionHotline())).append("\">")
                    .append(Html.escape(r.supervisionHotline())).append("</a></p>");
        }
        List<PublicRegion> children = regions.children(r.code());
        if (!children.isEmpty()) {
            body.append("<h2>下辖地区</h2><ul class=\"list\">");
            children.forEach(c -> body.append(item(c)));
            body.append("</ul>");
        }
        PortalPage.write(response, r.name(), body.toString());
    }

    static String item(PublicRegion r) {
        return "<li><a href=\"/portal/regions/" + r.code() + "\">" + Html.escape(r.name()) + "</a>" + demo(r)
                + "<span class=\"code\">" + r.code() + "</span></li>";
    }

    private static String demo(PublicRegion r) {
        return r.demo() ? "<span class=\"demo\">演示数据</span>" : "";
    }
}
