package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeFilter;
import cn.sunledger.portal.read.PortalClock;
import cn.sunledger.portal.read.PublicRegion;
import cn.sunledger.portal.read.PublishedNotice;
import cn.sunledger.portal.read.PublishedNotices;
import cn.sunledger.portal.write.AtomFeedWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** GET /portal/regions/{code}/feed.atom — the newest notices posted anywhere in the region's subtree. */
final class RegionFeed {

    static final int ENTRIES = 50;

    private RegionFeed() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, PublicRegion region,
            PublishedNotices notices, PortalClock clock) throws IOException {
        List<PublishedNotice> newest = notices.newest(NoticeFilter.subtree(region.code(), null), ENTRIES);
        String base = baseUrl(request);
        String page = base + "/regions/" + region.code();
        AtomFeedWriter.Feed feed = new AtomFeedWriter.Feed("tag:sunledger.cn,2026:region:" + region.code(),
                region.name() + " 公告公示", page + "/feed.atom", page, base);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192 + newest.size() * 1024);
        AtomFeedWriter.write(out, feed, newest, clock.now());
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /** Scheme, host and context path as the client addressed the portal, e.g. http://127.0.0.1:8280/portal. */
    static String baseUrl(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        int hostEnd = url.indexOf("/", url.indexOf("//") + 2);
        return (hostEnd < 0 ? url.toString() : url.substring(0, hostEnd)) + request.getContextPath();
    }
}
