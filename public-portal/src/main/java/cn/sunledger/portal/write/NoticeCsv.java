package cn.sunledger.portal.write;

import cn.sunledger.portal.read.PublishedNotice;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** The columns of {@code /portal/export/notices.csv}: one row per notice, headed in Chinese. */
public final class NoticeCsv {

    public static final String[] HEADER = {"公告编号", "类型", "标题", "发布单位", "发布时间", "公示开始", "公示结束",
        "SHA-256(PDF)", "日志序号"};

    /** Beijing time as a spreadsheet reads it; the zone is the business zone of every row. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final CsvWriter csv;

    public NoticeCsv(CsvWriter csv) throws IOException {
        this.csv = csv;
        csv.row(HEADER);
    }

    public void write(PublishedNotice n) throws IOException {
        csv.row(n.noticeNo(), n.typeLabel(), n.title(), n.issuer(), TIME.format(n.publishedAt()),
                n.periodStart() == null ? null : n.periodStart().toString(),
                n.periodEnd() == null ? null : n.periodEnd().toString(), n.sha256Pdf(), Long.toString(n.logIndex()));
    }
}
