package cn.sunledger.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The portal is read-only: anything but GET and HEAD, anywhere under /portal, is 405. */
@WebFilter(urlPatterns = "/*")
public class ReadOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = ("{\"type\":\"https://sunledger.cn/problems/http-405\",\"title\":\"不支持的请求方法\","
            + "\"status\":405,\"detail\":\"公开门户只读，仅支持 GET 与 HEAD / the public portal is read-only: GET and HEAD only\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
