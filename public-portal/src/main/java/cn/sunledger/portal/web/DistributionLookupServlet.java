package cn.sunledger.portal.web;

import cn.sunledger.portal.read.BadParameterException;
import cn.sunledger.portal.read.DistributionLines;
import cn.sunledger.portal.read.Params;
import cn.sunledger.portal.read.PublishedNotice;
import cn.sunledger.portal.read.PublishedNotices;
import cn.sunledger.portal.read.Rendition;
import cn.sunledger.portal.read.Renditions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /portal/lookup/{noticeNo}?id4=&amp;name= — 查找我的分配: a villager finds their own line in a published
 * 收益分配方案公示 or 收益分配结果公告 by the last four characters of the head's ID number and/or the head's name,
 * answered here without script from the notice's frozen, masked JSON (the notice's own bytes are not touched: the
 * form lives on this page, linked from every list that shows the notice). Bad input is a 400 page with the message by
 * its field; an unknown notice or one of another type is a 404.
 */
@WebServlet(urlPatterns = "/lookup/*")
public class DistributionLookupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9][A-Za-z0-9-]{0,39})");

    @Inject
    transient PublishedNotices notices;

    @Inject
    transient Renditions renditions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        Optional<PublishedNotice> notice = m != null && m.matches() ? notices.find(m.group(1)) : Optional.empty();
        Optional<Rendition> json = notice.filter(LookupHtml::offered).flatMap(n -> renditions.load(n.noticeNo(), "json"));
        if (json.isEmpty()) {
            PortalPage.message(response, 404, "未找到公告", "没有这个编号的收益分配公示或公告。请核对公告编号，或在首页搜索。");
            return;
        }
        String tail = request.getParameter("id4");
        String name = request.getParameter("name");
        List<BadParameterException.FieldError> errors = List.of();
        DistributionLines.Query query = null;
        try {
            query = DistributionLines.query(tail, name, new Params(request::getParameter));
        } catch (BadParameterException e) {
            errors = e.errors();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        // a lookup names a person's line: kept out of shared caches, unlike the notice itself
        response.setHeader("Cache-Control", "private, no-store");
        PortalPage.write(response, "查找我的分配", LookupHtml.render(notice.get(),
                DistributionLines.tables(json.get().content()), trimmed(tail, 4), trimmed(name, 30), errors, query));
    }

    /** What was typed, for the form to show again, cut to the field's length. */
    private static String trimmed(String typed, int max) {
        if (typed == null) {
            return "";
        }
        String t = typed.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
