package cn.sunledger.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The portal's page frame: mobile first (readable at 360 px), no JavaScript, printable, WCAG 2.1 AA
 * basics (language, one h1, landmarks, a skip link, contrast ≥ 4.5:1). Callers pass already-escaped HTML.
 */
public final class PortalPage {

    static final String CSS = """
            body{margin:0;font:16px/1.6 "Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2933;background:#fff}
            a{color:#0b4f8a}a:focus{outline:3px solid #b7791f}
            .skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem}
            header{background:#8a1c1c;color:#fff;padding:.6rem 1rem}header a{color:#fff;text-decoration:none}
            header .site{font-size:1.2rem;font-weight:700}
            main{padding:0 1rem 2rem;max-width:60rem;margin:0 auto}
            h1{font-size:1.4rem;margin:1rem 0 .6rem}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}
            nav.crumbs{font-size:.9rem;margin:.6rem 0}ul.list{padding-left:1.2rem}ul.list li{margin:.3rem 0}
            .code{color:#52606d;font-size:.85em;margin-left:.4em}
            .demo{background:#fff3c4;color:#5c4400;border-radius:3px;padding:0 .3em;font-size:.8em;margin-left:.3em}
            footer{border-top:1px solid #cbd2d9;padding:1rem;font-size:.9rem;color:#3e4c59;max-width:60rem;margin:0 auto}
            @media print{header,footer nav,.skip{display:none}a{color:#000;text-decoration:none}}
            """;

    private PortalPage() {
    }

    public static void write(HttpServletResponse response, String title, String body) throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · 阳光台账公开门户</title><style>" + CSS + "</style></head><body>"
                + "<a class=\"skip\" href=\"#main\">跳到正文</a>"
                + "<header><a class=\"site\" href=\"/portal/\">阳光台账 · 衔接资金公开门户</a></header>"
                + "<main id=\"main\">" + body + "</main>"
                + "<footer><p>国家乡村振兴局监督电话 <a href=\"tel:12317\">12317</a>。本门户只读，展示已公开的公告公示。</p></footer>"
                + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "public, max-age=60");
        response.getOutputStream().write(bytes);
    }
}
