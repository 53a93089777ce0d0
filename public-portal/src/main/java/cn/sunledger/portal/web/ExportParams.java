package cn.sunledger.portal.web;

import cn.sunledger.portal.read.NoticeFilter;
import cn.sunledger.portal.read.NoticeQuery;
import cn.sunledger.portal.read.Params;
import jakarta.servlet.http.HttpServletRequest;

/** {@code ?region=&year=} of the exports, checked, and the file name that goes with them. */
record ExportParams(String region, Integer year) {

    static ExportParams of(HttpServletRequest request) {
        Params params = new Params(request::getParameter);
        String region = params.regionCode("region");
        Integer year = NoticeQuery.yearOf(params);
        params.check();
        return new ExportParams(region, year);
    }

    NoticeFilter filter() {
        return NoticeFilter.subtree(region, year);
    }

    /** e.g. {@code notices-532922000000-2026.csv}; only digits and ASCII, so no header encoding is needed. */
    String fileName(String stem, String extension) {
        return stem + "-" + (region == null ? "all" : region) + (year == null ? "" : "-" + year) + "." + extension;
    }

    String attachment(String stem, String extension) {
        return "attachment; filename=\"" + fileName(stem, extension) + "\"";
    }
}
