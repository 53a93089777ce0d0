package cn.sunledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The staff UI may not be framed by anyone (clickjacking) and runs under a content security policy. PrimeFaces
 * 15 writes inline scripts and event handlers and evaluates ajax updates, hence 'unsafe-inline' and
 * 'unsafe-eval' for scripts; everything else is this origin only. The notice preview is the one thing the UI
 * itself frames (notice.xhtml): it may be framed by this origin, and its HTML gets the portal's policy for
 * frozen notices (no scripts at all).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    private static final Pattern PREVIEW = Pattern.compile("/api/notices/\\d+/preview");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PREVIEW.matcher(path).matches()) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            // a PDF is shown by the browser's own viewer, which a document policy would get in the way of
            response.setHeader("Content-Security-Policy", "pdf".equals(request.getParameter("format"))
                    ? "frame-ancestors 'self'" : PREVIEW_POLICY);
        } else {
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", UI_POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
