package cn.sunledger.portal.web;

import cn.sunledger.portal.read.Renditions;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The verification page: the form, the answer, and how to compute a file's SHA-256 on common systems. */
final class VerifyPage {

    private VerifyPage() {
    }

    /** @param result a {@link Renditions.Match}, a message (String) for no match or bad input, or null */
    static void write(HttpServletResponse response, int status, String hash, Object result) throws IOException {
        StringBuilder body = new StringBuilder(4096).append("<h1>核验文件</h1>")
                .append("<p>公告的网页、PDF 和数据文件在公开时都记录了 SHA-256 值，并写入透明日志。")
                .append("把手中文件的 SHA-256 值粘贴到下面，即可查到它是否为已公开的原件。</p>")
                .append("<form class=\"search\" method=\"get\" action=\"/portal/verify\">")
                .append("<div><label for=\"sha256\">文件的 SHA-256（64 位十六进制）</label>")
                .append("<input id=\"sha256\" name=\"sha256\" class=\"hash\" maxlength=\"128\" autocomplete=\"off\"")
                .append(" spellcheck=\"false\" value=\"").append(Html.escape(hash)).append("\"></div>")
                .append("<div><button type=\"submit\">核验</button></div></form>");
        if (result instanceof Renditions.Match m) {
            String url = "/portal/notices/" + Html.escape(m.noticeNo());
            body.append("<h2>核验结果：是已公开的原件</h2><dl class=\"facts\">")
                    .append("<dt>公告编号</dt><dd><a href=\"").append(url).append("\">").append(Html.escape(m.noticeNo()))
                    .append("</a></dd><dt>标题</dt><dd>").append(Html.escape(m.title()))
                    .append("</dd><dt>文件格式</dt><dd>").append(VerifyServlet.formatName(m.format()))
                    .append("</dd><dt>发布时间</dt><dd>").append(m.publishedAt().withNano(0).toString().replace('T', ' '))
                    .append("（北京时间）</dd><dt>透明日志</dt><dd>").append(m.logRegion()).append(" 第 ").append(m.logIndex())
                    .append(" 条（从 0 起）</dd><dt>SHA-256</dt><dd class=\"hash\">").append(Html.escape(m.sha256()))
                    .append("</dd></dl><p><a href=\"").append(Html.escape(VerifyServlet.inclusionProof("/portal", m)))
                    .append("\">包含证明（JSON）</a> · <a href=\"/portal/log/").append(m.logRegion())
                    .append("/checkpoint\">日志最新签名检查点</a></p>");
        } else if (result instanceof String message) {
            body.append("<h2>核验结果</h2><p class=\"status\">").append(Html.escape(message)).append("</p>");
        }
        body.append("<h2>如何计算文件的 SHA-256</h2><ul class=\"list\">")
                .append("<li>Windows：<code>certutil -hashfile 文件名.pdf SHA256</code></li>")
                .append("<li>macOS：<code>shasum -a 256 文件名.pdf</code></li>")
                .append("<li>Linux：<code>sha256sum 文件名.pdf</code></li></ul>");
        response.setStatus(status);
        if (status != 200) {
            response.setHeader("Cache-Control", "no-cache");
        }
        PortalPage.write(response, "核验文件", body.toString());
    }
}
