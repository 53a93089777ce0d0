package cn.sunledger.ledger.infrastructure.excel;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.region.RegionRow;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A region import sheet: a header row naming the columns (code, name, level, parentCode, and optionally
 * validFrom, validTo; the Chinese headers 代码, 名称, 级别, 上级代码, 生效日期, 失效日期 also work) and one
 * region per row. Blank rows are skipped.
 */
public final class RegionSheet {

    public static final int MAX_ROWS = 50_000;
    private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("代码", "code"), Map.entry("区划代码", "code"),
            Map.entry("name", "name"), Map.entry("名称", "name"),
            Map.entry("level", "level"), Map.entry("级别", "level"),
            Map.entry("parentcode", "parentCode"), Map.entry("上级代码", "parentCode"),
            Map.entry("validfrom", "validFrom"), Map.entry("生效日期", "validFrom"),
            Map.entry("validto", "validTo"), Map.entry("失效日期", "validTo"));

    private RegionSheet() {
    }

    public static List<RegionRow> read(InputStream in) {
        List<List<String>> cells = SheetReader.read(in, MAX_ROWS);
        if (cells.isEmpty()) {
            throw LedgerException.invalid("import.region.empty");
        }
        Map<String, Integer> columns = columns(cells.get(0));
        List<RegionRow> rows = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            rows.add(new RegionRow(i + 1, cell(row, columns, "code"), cell(row, columns, "name"),
                    cell(row, columns, "level"), cell(row, columns, "parentCode"), cell(row, columns, "validFrom"),
                    cell(row, columns, "validTo")));
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = HEADER_ALIASES.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        if (!columns.keySet().containsAll(List.of("code", "name", "level", "parentCode"))) {
            throw LedgerException.invalid("import.region.badHeader");
        }
        return columns;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null || i >= row.size() ? null : row.get(i);
    }
}
