package cn.sunledger.portal.web;

import cn.sunledger.portal.read.Rendition;
import cn.sunledger.portal.read.RenditionCache;
import cn.sunledger.portal.read.Renditions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /portal/notices/{noticeNo}[.pdf|.json] — the frozen bytes exactly as published.
 *
 * <p>This is the portal's hot path (every QR code scan lands here). Notices already in the shared cache
 * are answered by {@link NoticeFastPath} before a request reaches this servlet; the servlet loads a notice
 * on its first request, caches it and answers the same way. The bytes never change, so the strong ETag is
 * their SHA-256 and any cache, the reader's or a CDN's, may keep them for a year.
 */
@WebServlet(urlPatterns = "/notices/*")
public class NoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9][A-Za-z0-9-]{0,39})(?:\\.(pdf|json))?");
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    /** The frozen HTML has inline style and a data: QR image and needs nothing else, least of all script. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @Inject
    transient Renditions renditions;

    private transient RenditionCache cache;

    @Override
    public void init() {
        Object shared = getServletContext().getAttribute(NoticeFastPath.CACHE_ATTRIBUTE);
        // Without Undertow's extension (another container) the servlet keeps a cache of its own.
        cache = shared instanceof RenditionCache c ? c : new RenditionCache(RenditionCache.DEFAULT_BUDGET);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        // Keyed like NoticeFastPath sees the request: the path relative to the context, e.g. /notices/X.pdf.
        String key = path == null ? null : request.getServletPath() + path;
        Rendition rendition = key == null ? null : cache.get(key);
        if (rendition == null) {
            Matcher m = path == null ? null : PATH.matcher(path);
            if (m == null || !m.matches()) {
                notFound(request, response, path != null && (path.endsWith(".json") || path.endsWith(".pdf")));
                return;
            }
            String format = m.group(2) == null ? "html" : m.group(2);
            rendition = renditions.load(m.group(1), format).orElse(null);
            if (rendition == null) {
                notFound(request, response, !"html".equals(format));
                return;
            }
            cache.put(key, rendition);
        }
        serve(request, response, rendition);
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, Rendition r) throws IOException {
        response.setHeader("ETag", r.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, r.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(r.contentType());
        response.setContentLength(r.length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (r.contentDisposition() != null) {
            response.setHeader("Content-Disposition", r.contentDisposition());
        } else if ("html".equals(r.format())) {
            response.setHeader("Content-Security-Policy", HTML_POLICY);
        }
        response.getOutputStream().write(r.content());
    }

    /** RFC 9110 §13.1.2: a list of tags or {@code *}, compared weakly (a W/ prefix is ignored). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, boolean data)
            throws IOException {
        if (data) {
            Problems.notFound(request, response, "没有这个编号的已公开公告", "no published notice has this number");
        } else {
            PortalPage.message(response, 404, "未找到公告", "没有这个编号的已公开公告。请核对公告编号，或在首页搜索。");
        }
    }
}
