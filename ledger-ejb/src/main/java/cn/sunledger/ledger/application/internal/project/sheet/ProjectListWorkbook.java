package cn.sunledger.ledger.application.internal.project.sheet;

import cn.sunledger.ledger.application.project.ProjectSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The project list as a streamed XLSX (SXSSF: only a window of rows is kept in memory, the rest goes to a
 * temporary file), so exporting a whole county's library needs no more memory than a page.
 */
public final class ProjectListWorkbook implements AutoCloseable {

    public static final List<String> HEADERS = List.of("项目编号", "年度", "项目名称", "行政村", "行政村代码", "项目类别",
            "状态", "计划投资（元）", "开始月份", "结束月份", "突发急需（补公示）");
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = workbook.createSheet("项目库");
    private final CellStyle money;
    private int next;

    public ProjectListWorkbook() {
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < HEADERS.size(); i++) {
            header.createCell(i).setCellValue(HEADERS.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    public void add(ProjectSummary p, String villageName, String categoryName, Function<ProjectSummary, String> status) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(p.code());
        row.createCell(1).setCellValue(p.year());
        row.createCell(2).setCellValue(p.name());
        row.createCell(3).setCellValue(villageName == null ? "" : villageName);
        row.createCell(4).setCellValue(p.villageCode());
        row.createCell(5).setCellValue(categoryName == null ? p.categoryCode() : categoryName);
        row.createCell(6).setCellValue(status.apply(p));
        BigDecimal total = p.totalInvestment();
        // a number cell lets Excel sum the column; the text of a 2-decimal amount below 10^13 is exact
        // as a double, anything larger stays text rather than be rounded
        if (total.precision() <= 15) {
            row.createCell(7).setCellValue(Double.parseDouble(total.toPlainString()));
            row.getCell(7).setCellStyle(money);
        } else {
            row.createCell(7).setCellValue(total.toPlainString());
        }
        row.createCell(8).setCellValue(p.startMonth());
        row.createCell(9).setCellValue(p.endMonth());
        row.createCell(10).setCellValue(p.emergency() ? "是" : "否");
    }

    public int rows() {
        return next - 1;
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
