package cn.sunledger.portal.web;

import cn.sunledger.portal.read.BadParameterException;
import cn.sunledger.portal.read.PublishedNotice;
import cn.sunledger.portal.read.Renditions;
import cn.sunledger.tlog.LogLeaf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GET /portal/verify?sha256=HEX — which published document has these exact bytes, and where it sits in
 * its transparency log. JSON by default; a page with a form for browsers, so that a villager or an auditor
 * can paste the hash of a file they were given and see whether it is the published original.
 */
@WebServlet(urlPatterns = "/verify")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String[] FORMAT_NAMES = {"html", "网页 (HTML)", "pdf", "PDF 文件", "json", "数据 (JSON)"};

    @Inject
    transient Renditions renditions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean page = MediaPreference.prefersHtml(request.getHeader("Accept"));
        String raw = request.getParameter("sha256");
        // Some tools print the hash in spaced pairs ("77 05 96 …"); a pasted copy should still be found.
        String hash = raw == null ? null : raw.replaceAll("\\s+", "");
        if (hash == null || hash.isEmpty()) {
            if (page) {
                VerifyPage.write(response, 200, "", null);
                return;
            }
            throw new BadParameterException("sha256", "缺少 sha256（64 位十六进制）", "sha256 (64 hex digits) is required");
        }
        if (!HEX.matcher(hash).matches()) {
            if (page) {
                VerifyPage.write(response, 400, hash, "这不是 SHA-256 值：应为 64 位十六进制数字（0-9、a-f）。");
                return;
            }
            throw new BadParameterException("sha256", "sha256 必须是 64 位十六进制数字", "sha256 must be 64 hex digits");
        }
        String sha256 = hash.toLowerCase(Locale.ROOT);
        List<Renditions.Match> matches = renditions.findByHash(sha256);
        if (matches.isEmpty()) {
            if (page) {
                VerifyPage.write(response, 404, sha256, "没有已公开的文件具有这个 SHA-256 值。"
                        + "如果文件来自公告栏或他人转发，它可能被改动过，或不是本门户公开的版本。");
            } else {
                Problems.notFound(request, response, "没有已公开的文件具有这个 SHA-256 值",
                        "no published document has this SHA-256");
            }
            return;
        }
        Renditions.Match match = matches.get(0);
        if (page) {
            VerifyPage.write(response, 200, sha256, match);
            return;
        }
        JsonOut.write(response, "public, max-age=300", json -> {
            String url = request.getContextPath() + "/notices/" + match.noticeNo();
            json.writeStartObject().write("sha256", sha256).write("noticeNo", match.noticeNo())
                    .write("format", match.format()).write("title", match.title())
                    .write("publishedAt", LogLeaf.formatPublishedAt(match.publishedAt().atOffset(PublishedNotice.BEIJING)))
                    .write("logRegion", match.logRegion()).write("logIndex", match.logIndex());
            json.writeStartObject("links").write("html", url).write("pdf", url + ".pdf").write("json", url + ".json")
                    .write("inclusionProof", inclusionProof(request.getContextPath(), match))
                    .write("checkpoint", request.getContextPath() + "/log/" + match.logRegion() + "/checkpoint")
                    .writeEnd();
            json.writeEnd();
        });
    }

    static String inclusionProof(String contextPath, Renditions.Match match) {
        return contextPath + "/log/" + match.logRegion() + "/proof/inclusion?noticeNo=" + match.noticeNo();
    }

    static String formatName(String format) {
        for (int i = 0; i < FORMAT_NAMES.length; i += 2) {
            if (FORMAT_NAMES[i].equals(format)) {
                return FORMAT_NAMES[i + 1];
            }
        }
        return format;
    }
}
