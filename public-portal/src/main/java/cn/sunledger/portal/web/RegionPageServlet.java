package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeEvidence;
import cn.sunledger.portal.read.NoticeFilter;
import cn.sunledger.portal.read.PortalClock;
import cn.sunledger.portal.read.PublicAssets;
import cn.sunledger.portal.read.PublicProjects;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /portal/regions/{code} — a region's page: where it sits, its supervision hotlines, the notices open now,
 * the projects located in it (for a natural village, and summed up over its natural villages for an
 * administrative village) and the assets they formed there (the same way), the other notices posted to it and to the regions above it (which apply here too),
 * policy documents folded away, and the regions below it. For a natural village this is the page a villager opens from the QR code on the notice board.
 * GET /portal/regions/{code}/feed.atom is answered by {@link RegionFeed}.
 */
@WebServlet(urlPatterns = "/regions/*")
public class RegionPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{12}|\\d{15})(/feed\\.atom)?");
    /** A board-sized list; older notices are one click away in the search. */
    static final int LIST_LIMIT = 100;
    private static final String POLICY = "POLICY";

    @Inject
    transient PublicRegions regions;

    @Inject
    transient PublishedNotices notices;

    @Inject
    transient PublicProjects projects;

    @Inject
    transient PublicAssets assets;

    @Inject
    transient PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        Optional<PublicRegion> region = m != null && m.matches() ? regions.find(m.group(1)) : Optional.empty();
        boolean feed = m != null && m.matches() && m.group(2) != null;
        if (region.isEmpty()) {
            if (feed) {
                Problems.notFound(request, response, "没有这个地区", "no such region");
            } else {
                PortalPage.message(response, 404, "未找到该地区", "没有这个区划代码的地区。");
            }
            return;
        }
        if (feed) {
            RegionFeed.write(request, response, region.get(), notices, clock);
        } else {
            page(response, region.get());
        }
    }

    private void page(HttpServletResponse response, PublicRegion r) throws IOException {
        List<PublicRegion> path = regions.path(r.code());
        List<PublicRegion> ancestors = path.subList(0, path.size() - 1);
        StringBuilder body = new StringBuilder(16384).append("<nav class=\"crumbs\" aria-label=\"位置\"><a href=\"/portal/\">首页</a>");
        for (PublicRegion p : ancestors) {
            body.append(" › <a href=\"/portal/regions/").append(p.code()).append("\">").append(Html.escape(p.name()))
                    .append("</a>");
        }
        body.append("</nav><h1>").append(Html.escape(r.name())).append(demo(r)).append("</h1>");
        body.append("<p>").append(r.levelName()).append(" · 区划代码 ").append(r.code()).append("</p>");
        body.append(hotlines(path));

        notices(body, r, ancestors);
        List<PublicRegion> children = regions.children(r.code());
        if (!children.isEmpty()) {
            body.append("<h2>下辖地区</h2><ul class=\"list\">");
            children.forEach(c -> body.append(item(c)));
            body.append("</ul>");
        }
        String code = r.code();
        body.append("<h2>更多</h2><ul class=\"list\">")
                .append("<li><a href=\"").append(Html.escape(SearchForm.href(null, null, null, code, 0)))
                .append("\">搜索本地区及下辖地区的全部公告</a></li>")
                .append("<li><a href=\"/portal/regions/").append(code).append("/feed.atom\">订阅本地区公告（Atom）</a></li>")
                .append("<li><a href=\"/portal/export/notices.csv?region=").append(code).append("\">公告清单（CSV）</a></li>")
                .append("<li><a href=\"/portal/export/pdfs.zip?region=").append(code).append("\">全部 PDF 打包下载（ZIP，供审计）</a></li>")
                .append("</ul>");
        String head = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + Html.escape(r.name())
                + " 公告\" href=\"/portal/regions/" + code + "/feed.atom\">";
        PortalPage.write(response, r.name(), head, body.toString());
    }

    /**
     * The notices of a place in the order a villager reads them at the board: those open now first (fewest days
     * left first), then the place's projects and assets, then the other notices posted here and those posted above, with
     * policy documents folded away at the end (reposted ones labelled 转载/参考).
     */
    private void notices(StringBuilder body, PublicRegion r, List<PublicRegion> ancestors) {
        LocalDate today = clock.today();
        List<PublishedNotice> local = notices.newest(NoticeFilter.postedTo(List.of(r.code()), null), LIST_LIMIT);
        List<PublishedNotice> above = ancestors.isEmpty() ? List.of() : notices.newest(
                NoticeFilter.postedTo(ancestors.stream().map(PublicRegion::code).toList(), r.code()), LIST_LIMIT);
        List<PublishedNotice> all = new ArrayList<>(local);
        all.addAll(above);
        Map<String, NoticeEvidence> evidence = notices.evidence(all);
        Predicate<PublishedNotice> open = n -> NoticeEvidence.stage(n, today) == NoticeEvidence.Stage.OPEN;
        Predicate<PublishedNotice> policy = n -> POLICY.equals(n.type());

        List<PublishedNotice> openNow = all.stream().filter(open)
                .sorted(Comparator.comparing(PublishedNotice::periodEnd)).toList();
        body.append("<h2 id=\"open\">正在公示</h2>").append(NoticeListHtml.render(openNow, evidence, today,
                "目前没有正在公示的公告。"));
        body.append(projects(r));
        body.append(assets(r));
        body.append("<h2>本地公告公示</h2>").append(NoticeListHtml.render(
                local.stream().filter(open.or(policy).negate()).toList(), evidence, today, "暂无其他张贴到本地区的公告。"));
        if (!ancestors.isEmpty()) {
            body.append("<h2>上级发布、适用于本地区的公告</h2>").append(NoticeListHtml.render(
                    above.stream().filter(open.or(policy).negate()).toList(), evidence, today, "暂无。"));
        }
        List<PublishedNotice> policies = all.stream().filter(policy.and(open.negate())).toList();
        if (!policies.isEmpty()) {
            body.append("<details class=\"policies\"><summary>政策文件（").append(policies.size())
                    .append(" 份，点开查看）</summary>").append(NoticeListHtml.render(policies, evidence, today, ""))
                    .append("</details>");
        }
    }

    /** Projects are located in natural villages; a village shows those of all its natural villages. */
    private String projects(PublicRegion r) {
        return switch (r.level()) {
            case "NATURAL_VILLAGE" -> "<h2>本地项目</h2>" + ProjectListHtml.render(
                    projects.locatedIn(r.code(), LIST_LIMIT), "暂无位于本地的项目。");
            case "VILLAGE" -> "<h2>本村项目（含各自然村）</h2>" + ProjectListHtml.render(
                    projects.ofVillage(r.code(), LIST_LIMIT), "暂无位于本村的项目。");
            default -> "";
        };
    }

    /** Assets are located in natural villages too, and listed where the projects are. */
    private String assets(PublicRegion r) {
        return switch (r.level()) {
            case "NATURAL_VILLAGE" -> "<h2>本地资产</h2>" + AssetListHtml.render(
                    assets.locatedIn(r.code(), LIST_LIMIT), "暂无位于本地的项目资产。");
            case "VILLAGE" -> "<h2>本村资产（含各自然村）</h2>" + AssetListHtml.render(
                    assets.ofVillage(r.code(), LIST_LIMIT), "暂无位于本村的项目资产。");
            default -> "";
        };
    }

    /** The national line, and the nearest line up the tree: a village has none of its own, its county has. */
    private static String hotlines(List<PublicRegion> path) {
        StringBuilder out = new StringBuilder("<p class=\"hotline\">监督电话：国家乡村振兴局 <a href=\"tel:12317\">12317</a>");
        for (int i = path.size() - 1; i >= 0; i--) {
            PublicRegion p = path.get(i);
            if (p.supervisionHotline() != null && !p.supervisionHotline().isBlank()) {
                String number = Html.escape(p.supervisionHotline());
                out.append("；").append(Html.escape(p.name())).append(" <a href=\"tel:").append(number).append("\">")
                        .append(number).append("</a>");
                break;
            }
        }
        return out.append("</p>").toString();
    }

    static String item(PublicRegion r) {
        return "<li><a href=\"/portal/regions/" + r.code() + "\">" + Html.escape(r.name()) + "</a>" + demo(r)
                + "<span class=\"code\">" + r.code() + "</span></li>";
    }

    private static String demo(PublicRegion r) {
        return r.demo() ? "<span class=\"demo\">演示数据</span>" : "";
    }
}
