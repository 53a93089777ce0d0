package cn.sunledger.portal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.portal.TestNotices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NoticeCsvTest {

    @Test
    void writesTheChineseHeaderThenOneRowPerNotice() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        NoticeCsv rows = new NoticeCsv(csv);
        rows.write(TestNotices.notice("532922-2026-00001", "光明村项目, 更正", LocalDateTime.of(2026, 3, 1, 8, 5, 9, 500_000_000)));
        rows.write(TestNotices.superseded("532900-2026-00001", "532900-2026-00002", LocalDateTime.of(2026, 1, 2, 0, 0)));
        csv.flush();
        String[] lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\uFEFF公告编号,类型,标题,发布单位,发布时间,公示开始,公示结束,SHA-256(PDF),日志序号", lines[0]);
        assertEquals("532922-2026-00001,项目申报公示,\"光明村项目, 更正\",漾濞彝族自治县苍山西镇人民政府,2026-03-01 08:05:09,"
                + "2026-03-01,2026-03-10," + "b".repeat(64) + ",7", lines[1]);
        assertEquals("532900-2026-00001,政策文件/通知公告,旧公告,漾濞彝族自治县苍山西镇人民政府,2026-01-02 00:00:00,,,"
                + "b".repeat(64) + ",3", lines[2]);
        assertEquals(3, lines.length);
    }
}
