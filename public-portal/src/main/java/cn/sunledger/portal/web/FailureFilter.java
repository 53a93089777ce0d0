package cn.sunledger.portal.web;

import cn.sunledger.portal.read.BadParameterException;
import cn.sunledger.tlog.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: a bad parameter is a 400 (a problem document, or a short
 * page for a browser on a page URL); anything unexpected is logged here with its stack trace and
 * answered with a plain 500, so no stack trace or SQL ever reaches a client; a database that cannot be reached
 * is a 503 to retry.
 */
@WebFilter(urlPatterns = "/*")
public class FailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FailureFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (BadParameterException e) {
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            if (wantsPage(request)) {
                PortalPage.message(response, 400, "请求参数有误",
                        e.errors().stream().map(x -> x.chinese()).reduce((a, b) -> a + "；" + b).orElse(""));
            } else {
                Problems.badRequest(request, response, e.errors());
            }
        } catch (IOException e) {
            // Almost always a reader who went away mid-download; nothing useful can be sent any more.
            LOG.log(Level.FINE, "response to " + request.getRequestURI() + " not completed", e);
        } catch (RuntimeException | ServletException e) {
            if (DatabaseOutage.in(e)) {
                outage(request, response, e);
                return;
            }
            LOG.log(Level.SEVERE, "portal request failed: " + request.getMethod() + " " + request.getRequestURI(), e);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            if (wantsPage(request)) {
                PortalPage.message(response, 500, "服务器内部错误", "门户暂时无法处理该请求，请稍后再试。");
            } else {
                Problems.serverError(request, response);
            }
        }
    }

    /** The database is down or restarting: a 503 the reader can retry, logged in one line (no stack trace). */
    private static void outage(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        LOG.warning(() -> "database unreachable for " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        if (wantsPage(request)) {
            response.setHeader("Retry-After", "5");
            PortalPage.message(response, 503, "暂时无法服务", "门户暂时无法连接数据库，请稍后再试。");
        } else {
            Problems.databaseUnavailable(request, response);
        }
    }

    /** A browser asking for a page gets a page; data URLs (API, log, exports, files) always get JSON. */
    static boolean wantsPage(HttpServletRequest request) {
        return !isDataPath(request) && MediaPreference.prefersHtml(request.getHeader("Accept"));
    }

    /** The API, the logs, the exports and the files: machines read these, so errors there are JSON. */
    static boolean isDataPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/log/") || path.startsWith("/export/")
                || path.endsWith(".json") || path.endsWith(".atom") || path.endsWith(".pdf");
    }
}
