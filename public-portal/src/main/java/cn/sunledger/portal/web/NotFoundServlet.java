package cn.sunledger.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The default servlet: any path no other servlet claims is a 404 in the portal's own words — a page for
 * readers, a problem document on the data paths. The portal has no static files for it to serve instead.
 */
@WebServlet(urlPatterns = "/")
public class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (FailureFilter.isDataPath(request)) {
            Problems.notFound(request, response, "没有这个地址", "no such resource");
        } else {
            PortalPage.message(response, HttpServletResponse.SC_NOT_FOUND, "未找到页面", "没有这个页面。请从首页查看公告。");
        }
    }
}
