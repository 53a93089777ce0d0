package cn.sunledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses cross-site writes made with the session cookie. A browser attaches the cookie to a form post from any
 * other site (a multipart post needs no preflight), so a request that changes state and carries no
 * Authorization header must prove it comes from the staff UI itself ({@link SameOrigin}); otherwise 403, as a
 * problem document under /api and a plain 403 for pages, before anything runs. A request with an Authorization
 * header is an API client's: a page on another site cannot set that header.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || SameOrigin.proven(request)) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ServletProblems.send(request, response, 403, "auth.crossSite");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
