package cn.sunledger.ledger.application.internal.project.sheet;

import static cn.sunledger.ledger.application.internal.project.sheet.ProjectColumns.*;

import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the two sheets of an import workbook into project details, cell by cell, collecting a violation for
 * every bad cell of every row (not only the first). What needs the database — categories, natural villages,
 * the caller's region — is checked afterwards by the import service, on the parsed rows.
 */
public final class ProjectSheetParser {

    private static final String PROJECTS = ProjectSheets.PROJECT_SHEET;
    private static final String INDICATORS = ProjectSheets.INDICATOR_SHEET;
    private static final List<String> REQUIRED_HEADERS = List.of(SEQ, YEAR, NAME, CATEGORY, NATURE, NATURAL_VILLAGES,
            CONTENT, START_MONTH, END_MONTH, IMPLEMENTING_UNIT, RESPONSIBLE_PERSON);

    /** One parsed project row: spreadsheet row, its 序号, and its details (null when a cell was refused). */
    public record ParsedProject(int row, int seq, ProjectDetails details) {
    }

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    public List<ParsedProject> parse(Map<String, List<List<String>>> sheets) {
        List<List<String>> projectRows = sheets.get(PROJECTS);
        if (projectRows == null || projectRows.size() < 2) {
            throw LedgerException.invalid("import.project.empty", PROJECTS);
        }
        Map<String, Integer> projectColumns = columns(PROJECTS, projectRows.get(0), REQUIRED_HEADERS);
        Map<Integer, Integer> seqRows = new HashMap<>();
        List<SheetRow> rows = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        for (int i = 1; i < projectRows.size(); i++) {
            if (blank(projectRows.get(i))) {
                continue;
            }
            SheetRow row = new SheetRow(PROJECTS, i + 1, projectRows.get(i), projectColumns, violations);
            Integer seq = row.integer(SEQ, true, 1, 1_000_000);
            if (seq != null && seqRows.putIfAbsent(seq, row.row()) != null) {
                row.refuse(SEQ, "import.project.seqTwice", String.valueOf(seq), String.valueOf(seqRows.get(seq)));
            }
            rows.add(row);
            seqs.add(seq);
        }
        Map<Integer, List<Indicator>> indicators = indicators(sheets.get(INDICATORS), seqRows);
        List<ParsedProject> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Integer seq = seqs.get(i);
            ProjectDetails details = details(row, seq == null ? List.of() : indicators.getOrDefault(seq, List.of()));
            parsed.add(new ParsedProject(row.row(), seq == null ? 0 : seq, row.clean() ? details : null));
        }
        return parsed;
    }

    private ProjectDetails details(SheetRow row, List<Indicator> indicators) {
        int before = violations.size();
        Integer year = row.integer(YEAR, true, 2000, 2100);
        String name = row.text(NAME, true, 200);
        String category = row.text(CATEGORY, true, 20);
        Nature nature = row.choice(NATURE, Nature.class, Nature::chineseName, true);
        List<RegionCode> naturalVillages = naturalVillages(row);
        String content = row.text(CONTENT, true, 4000);
        BigDecimal quantity = row.money(SCALE_QUANTITY);
        String unit = row.text(SCALE_UNIT, false, 20);
        List<FundShare> shares = new ArrayList<>();
        for (FundSource source : FundSource.values()) {
            BigDecimal amount = row.money(fundHeader(source));
            if (amount != null) {
                shares.add(new FundShare(source, amount));
            }
        }
        YearMonth start = row.month(START_MONTH);
        YearMonth end = row.month(END_MONTH);
        String implementingUnit = row.text(IMPLEMENTING_UNIT, true, 200);
        String responsible = row.text(RESPONSIBLE_PERSON, true, 100);
        Beneficiaries beneficiaries = new Beneficiaries(count(row, HOUSEHOLDS), count(row, PEOPLE),
                count(row, ALLEVIATED_HOUSEHOLDS), count(row, ALLEVIATED_PEOPLE), count(row, MONITORED_HOUSEHOLDS),
                count(row, MONITORED_PEOPLE));
        LinkageType linkage = row.choice(LINKAGE_TYPE, LinkageType.class, LinkageType::chineseName, false);
        String linkageText = row.text(LINKAGE_DESCRIPTION, false, 1000);
        String supervising = row.text(SUPERVISING_UNIT, false, 200);
        boolean emergency = row.yesNo(EMERGENCY);
        if (violations.size() > before) {
            return null;
        }
        return new ProjectDetails(year, name, category, nature, naturalVillages, content, quantity, unit, shares,
                start, end, implementingUnit, responsible, beneficiaries, indicators, linkage, linkageText, supervising,
                emergency);
    }

    private static int count(SheetRow row, String column) {
        Integer n = row.integer(column, false, 0, 10_000_000);
        return n == null ? 0 : n;
    }

    /** Codes separated by commas, 、, semicolons or spaces; each one 15 digits. */
    private static List<RegionCode> naturalVillages(SheetRow row) {
        String v = row.text(NATURAL_VILLAGES, true, 2000);
        if (v == null) {
            return List.of();
        }
        Set<RegionCode> codes = new LinkedHashSet<>();
        for (String code : v.split("[,，、;；\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("\\d{15}")) {
                row.refuse(NATURAL_VILLAGES, "import.project.badNaturalVillage", code);
                return List.of();
            }
            codes.add(RegionCode.of(code));
        }
        if (codes.size() > 50) {
            row.refuse(NATURAL_VILLAGES, "import.project.tooMany", 50);
        }
        return List.copyOf(codes);
    }

    private Map<Integer, List<Indicator>> indicators(List<List<String>> cells, Map<Integer, Integer> seqRows) {
        Map<Integer, List<Indicator>> bySeq = new HashMap<>();
        if (cells == null || cells.isEmpty()) {
            return bySeq;
        }
        Map<String, Integer> columns = columns(INDICATORS, cells.get(0), INDICATOR_HEADERS.subList(0, 4));
        for (int i = 1; i < cells.size(); i++) {
            if (blank(cells.get(i))) {
                continue;
            }
            SheetRow row = new SheetRow(INDICATORS, i + 1, cells.get(i), columns, violations);
            Integer seq = row.integer(INDICATOR_PROJECT, true, 1, 1_000_000);
            if (seq != null && !seqRows.containsKey(seq)) {
                row.refuse(INDICATOR_PROJECT, "import.project.noSuchSeq", String.valueOf(seq), PROJECTS);
            }
            IndicatorKind kind = row.choice(INDICATOR_KIND, IndicatorKind.class, IndicatorKind::chineseName, true);
            String name = row.text(INDICATOR_NAME, true, 200);
            String target = row.text(INDICATOR_TARGET, true, 100);
            String unit = row.text(INDICATOR_UNIT, false, 20);
            if (row.clean()) {
                List<Indicator> list = bySeq.computeIfAbsent(seq, k -> new ArrayList<>());
                if (list.size() == 50) {
                    row.refuse(INDICATOR_PROJECT, "import.project.tooMany", 50);
                } else {
                    list.add(new Indicator(kind, name, target, unit));
                }
            }
        }
        return bySeq;
    }

    private static Map<String, Integer> columns(String sheet, List<String> header, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).trim();
            // "年度*" marks a required column in the template; the star is not part of the name
            columns.putIfAbsent(h.endsWith("*") ? h.substring(0, h.length() - 1).trim() : h, i);
        }
        List<String> missing = required.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw LedgerException.invalid("import.project.badHeader", sheet, String.join("、", missing));
        }
        return columns;
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
