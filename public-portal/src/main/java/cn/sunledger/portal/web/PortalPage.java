package cn.sunledger.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The portal's page frame: mobile first (readable at 360 px), no JavaScript, printable, WCAG 2.1 AA
 * basics (language, one h1, landmarks, a skip link, contrast ≥ 4.5:1, a visible focus ring). Callers
 * pass already-escaped HTML.
 */
public final class PortalPage {

    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.6 "Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2933;background:#fff}
            a{color:#0b4f8a}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #b7791f;outline-offset:2px}
            .skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;color:#0b4f8a;padding:.3rem;z-index:1}
            header{background:#8a1c1c;color:#fff;padding:.6rem 1rem}header a{color:#fff;text-decoration:none}
            header a:focus-visible{outline-color:#fff}header .site{font-size:1.15rem;font-weight:700}
            main{padding:0 1rem 2rem;max-width:60rem;margin:0 auto;overflow-wrap:anywhere}
            h1{font-size:1.4rem;margin:1rem 0 .6rem}h2{font-size:1.15rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #cbd2d9}
            h3{font-size:1.05rem;margin:0}
            nav.crumbs{font-size:.9rem;margin:.6rem 0}ul.list{padding-left:1.2rem}ul.list li{margin:.3rem 0}
            .code{color:#52606d;font-size:.85em;margin-left:.4em}
            .demo{background:#fff3c4;color:#5c4400;border-radius:3px;padding:0 .3em;font-size:.8em;margin-left:.3em;white-space:nowrap}
            .hotline{background:#f0f4f8;padding:.5rem .8rem;border-radius:4px}
            ol.notices{list-style:none;padding:0;margin:.4rem 0}
            ol.notices li{border:1px solid #cbd2d9;border-radius:4px;padding:.6rem .8rem;margin:.6rem 0}
            ol.notices li.superseded{background:#f5f7fa}
            .kind{margin:0;font-size:.9rem;color:#3e4c59}.type{font-weight:700;color:#8a1c1c;margin-right:.5em}
            .period,.links,.status{margin:.2rem 0 0;font-size:.9rem}.status{color:#7a2e0e;font-weight:700}
            .labels{margin:.3rem 0 0}.standing{display:inline-block;margin:0 .4em .2em 0;padding:.05em .45em;border-radius:.3em;
            font-size:.85rem;border:1px solid #9aa5b1;color:#3e4c59}.standing.open{background:#fff3c4;border-color:#c99a2e;
            color:#5c3c00;font-weight:700}.standing.late{border-color:#b44d12;color:#7a2e0e}.standing.reference{border-style:dashed}
            .evidence{margin:.2rem 0 0;font-size:.85rem;color:#52606d}
            details.policies{margin:.5rem 0}details.policies summary{cursor:pointer;font-weight:700;padding:.4rem 0}
            .hash{font-family:monospace;word-break:break-all}
            form.search{display:grid;gap:.5rem;grid-template-columns:1fr;background:#f5f7fa;padding:.8rem;border-radius:4px}
            form.search label{display:block;font-size:.9rem}
            input,select,button{font:inherit;width:100%;padding:.35rem;border:1px solid #7b8794;border-radius:3px;background:#fff;color:#1f2933}
            button{background:#0b4f8a;color:#fff;border-color:#0b4f8a;cursor:pointer}
            @media(min-width:40rem){form.search{grid-template-columns:2fr 1fr 1fr auto;align-items:end}}
            nav.pages{display:flex;justify-content:space-between;margin:1rem 0}
            dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem}dl.facts dt{color:#3e4c59}dl.facts dd{margin:0}
            dl.match{background:#fff8e1;border:1px solid #c99a2e;border-radius:4px;padding:.5rem .8rem;margin:.5rem 0}
            mark{background:#ffe08a;color:#1f2933;font-weight:700}.field-error{margin:.2rem 0 0}
            footer{border-top:1px solid #cbd2d9;padding:1rem;font-size:.9rem;color:#3e4c59;max-width:60rem;margin:0 auto}
            @media print{header,footer nav,.skip,form.search,nav.pages{display:none}a{color:#000;text-decoration:none}ol.notices li{break-inside:avoid}}
            """;

    /** Portal pages are text, links and GET forms: no script, image, font or frame is ever needed. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'self'";

    private PortalPage() {
    }

    public static void write(HttpServletResponse response, String title, String body) throws IOException {
        write(response, title, "", body);
    }

    /** @param head extra elements for the head (e.g. a feed link), already escaped */
    public static void write(HttpServletResponse response, String title, String head, String body) throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · 阳光台账公开门户</title>" + head + "<style>" + CSS + "</style></head><body>"
                + "<a class=\"skip\" href=\"#main\">跳到正文</a>"
                + "<header><a class=\"site\" href=\"/portal/\">阳光台账 · 衔接资金公开门户</a></header>"
                + "<main id=\"main\">" + body + "</main>"
                + "<footer><p>国家乡村振兴局监督电话 <a href=\"tel:12317\">12317</a>。本门户只读，展示已公开的公告公示。</p>"
                + "<nav aria-label=\"门户\"><a href=\"/portal/\">首页</a> · <a href=\"/portal/search\">搜索公告</a> · "
                + "<a href=\"/portal/verify\">核验文件</a></nav></footer>"
                + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "public, max-age=60");
        }
        response.getOutputStream().write(bytes);
    }

    /** A short page for 400 and 404 answers. */
    public static void message(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-cache");
        write(response, title, "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text)
                + "</p><p><a href=\"/portal/\">返回首页</a></p>");
    }
}
