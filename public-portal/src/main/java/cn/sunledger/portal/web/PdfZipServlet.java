package cn.sunledger.portal.web;

import cn.sunledger.portal.read.Renditions;
import cn.sunledger.portal.write.PdfZipWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * GET /portal/export/pdfs.zip?region=&year= — every published PDF of the subtree and year with a manifest,
 * for auditors. The list is read first (small rows); then each PDF is fetched on its own and written
 * straight into the response, so neither the archive nor a database connection is held for the whole of
 * a slow download.
 */
@WebServlet(urlPatterns = "/export/pdfs.zip")
public class PdfZipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Renditions renditions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportParams params = ExportParams.of(request);
        List<Renditions.PdfItem> items = renditions.pdfItems(params.filter());
        headers(response, params);
        PdfZipWriter.write(response.getOutputStream(), items, renditions::pdf);
    }

    /** The headers only: building a whole archive to throw it away would waste the server's time. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        headers(response, ExportParams.of(request));
    }

    private static void headers(HttpServletResponse response, ExportParams params) {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", params.attachment("pdfs", "zip"));
        response.setHeader("Cache-Control", "public, max-age=300");
    }
}
