package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.RegisterRow;
import cn.sunledger.ledger.domain.model.project.FundSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 明细台账's columns as both exports print them: labels, never codes (class, status, owner level and fund source by
 * their Chinese names, the place by its names). The workbook prints every column; the PDF, on A4 landscape, a subset.
 */
final class RegisterColumns {

    static final List<String> HEADERS = List.of("资产编号", "资产名称", "资产类别", "资产子类", "数量", "计量单位",
            "坐落位置", "产权归属", "产权主体", "运营主体", "所处阶段", "资产状态", "原值（元）", "形成日期", "来源项目",
            "资金来源");
    /** Index of 原值 in {@link #HEADERS}. */
    static final int VALUE = 12;

    static final List<String> PDF_HEADERS = List.of("资产编号", "资产名称", "类别", "坐落位置", "产权主体",
            "运营主体", "状态", "原值（元）", "形成日期", "来源项目", "资金来源");
    static final float[] PDF_WIDTHS = {62, 70, 52, 80, 70, 60, 34, 58, 44, 90, 90};
    static final boolean[] PDF_NUMERIC = {false, false, false, false, false, false, false, true, false, false, false};

    private RegisterColumns() {
    }

    /** Every column but 原值 (a number cell in the workbook) as text; 原值 as its plain amount. */
    static List<String> texts(RegisterRow r) {
        List<String> out = new ArrayList<>(HEADERS.size());
        out.add(r.code());
        out.add(r.name());
        out.add(r.assetClass().chineseName());
        out.add(r.subType());
        out.add(r.quantity() == null ? "" : plain(r.quantity()));
        out.add(r.unit() == null ? "" : r.unit());
        out.add(r.placeName());
        out.add(r.ownerLevel() == null ? "" : r.ownerLevel().chineseName());
        out.add(String.join("、", r.owners()));
        out.add(r.operator() == null ? "" : r.operator());
        out.add(r.stage().chineseName());
        out.add(r.status() == null ? "" : r.status().chineseName());
        out.add(r.originalValue().toString());
        out.add(day(r.formedOn()));
        out.add(String.join("、", r.sourceProjects()));
        out.add(String.join("、", r.fundSources().stream().map(FundSource::chineseName).toList()));
        return out;
    }

    static List<String> pdfTexts(RegisterRow r) {
        return List.of(r.code(), r.name(), r.assetClass().chineseName() + "/" + r.subType(), r.placeName(),
                String.join("、", r.owners()), r.operator() == null ? "" : r.operator(),
                r.status() == null ? r.stage().chineseName() : r.status().chineseName(), money(r.originalValue()
                        .toBigDecimal()), day(r.formedOn()), String.join("、", r.sourceProjects()),
                String.join("、", r.fundSources().stream().map(FundSource::chineseName).toList()));
    }

    static String money(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
