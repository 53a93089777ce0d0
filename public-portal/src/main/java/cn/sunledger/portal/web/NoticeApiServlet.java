package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeQuery;
import cn.sunledger.portal.read.PublishedNotices;
import cn.sunledger.portal.write.NoticeJsonWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** GET /portal/api/notices?region=&type=&year=&q=&page=&size= — published notices as JSON, newest first. */
@WebServlet(urlPatterns = "/api/notices")
public class NoticeApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_SIZE = 50;

    @Inject
    transient PublishedNotices notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoticeQuery query = NoticeQuery.parse(request::getParameter, DEFAULT_SIZE);
        PublishedNotices.Page page = notices.search(query.filter(), query.offset(), query.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + page.items().size() * 900);
        NoticeJsonWriter.writePage(out, page.items(), page.total(), request.getContextPath());
        JsonOut.send(response, "public, max-age=60", out);
    }
}
