package cn.sunledger.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser request comes from the staff UI's own origin: Sec-Fetch-Site says so (same-origin, or none
 * for what the user typed or bookmarked), or, from browsers that do not send it, Origin equals this server's
 * scheme://host[:port] as the browser addressed it.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean proven(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            int port = request.getServerPort();
            boolean standard = port == ("https".equals(request.getScheme()) ? 443 : 80);
            host = request.getServerName() + (standard ? "" : ":" + port);
        }
        return request.getScheme() + "://" + host;
    }
}
