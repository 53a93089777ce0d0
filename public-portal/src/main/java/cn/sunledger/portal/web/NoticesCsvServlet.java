package cn.sunledger.portal.web;

import cn.sunledger.portal.read.PublishedNotices;
import cn.sunledger.portal.write.CsvWriter;
import cn.sunledger.portal.write.NoticeCsv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** GET /portal/export/notices.csv?region=&year= — the notice list for Excel, streamed row by row. */
@WebServlet(urlPatterns = "/export/notices.csv")
public class NoticesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublishedNotices notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportParams params = ExportParams.of(request);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", params.attachment("notices", "csv"));
        response.setHeader("Cache-Control", "public, max-age=300");
        CsvWriter csv = new CsvWriter(response.getOutputStream());
        NoticeCsv rows = new NoticeCsv(csv);
        try {
            notices.forEach(params.filter(), n -> {
                try {
                    rows.write(n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
