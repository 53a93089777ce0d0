package cn.sunledger.ledger.application.internal.project.sheet;

import cn.sunledger.ledger.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spreadsheet row read by column header. Each getter parses one cell and, when the cell is wrong, adds a
 * violation naming the sheet, the spreadsheet row and the column, and returns null; so a row reports all its
 * bad cells at once. The limits are those of the create request (ProjectRequest's Bean Validation).
 */
final class SheetRow {

    private static final Pattern MONEY = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})(?:[-/.月].*)?月?");

    private final String sheet;
    private final int row;
    private final List<String> cells;
    private final Map<String, Integer> columns;
    private final List<Violation> violations;
    private int refused;

    SheetRow(String sheet, int row, List<String> cells, Map<String, Integer> columns, List<Violation> violations) {
        this.sheet = sheet;
        this.row = row;
        this.cells = cells;
        this.columns = columns;
        this.violations = violations;
    }

    int row() {
        return row;
    }

    /** True while no cell of this row has been refused. */
    boolean clean() {
        return refused == 0;
    }

    String raw(String column) {
        Integer i = columns.get(column);
        String v = i == null || i >= cells.size() ? null : cells.get(i);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String text(String column, boolean required, int max) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                refuse(column, "import.project.required");
            }
            return null;
        }
        if (v.length() > max) {
            refuse(column, "import.project.tooLong", max);
            return null;
        }
        return v;
    }

    Integer integer(String column, boolean required, int min, int max) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                refuse(column, "import.project.required");
            }
            return null;
        }
        try {
            int n = new BigDecimal(v).intValueExact();
            if (n >= min && n <= max) {
                return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // refused below with the same message as an out-of-range number
        }
        refuse(column, "import.project.badInteger", v, String.valueOf(min), String.valueOf(max));
        return null;
    }

    /** 元 or a quantity: not negative, at most two decimals. */
    BigDecimal money(String column) {
        String v = raw(column);
        if (v == null) {
            return null;
        }
        String plain = v.replace(",", "").replace("，", "");
        if (!MONEY.matcher(plain).matches()) {
            refuse(column, "import.project.badAmount", v);
            return null;
        }
        return new BigDecimal(plain).setScale(2);
    }

    /** 2026-03, 2026/3, 2026年3月, or a date cell (2026-03-01), which Excel makes of a typed month. */
    YearMonth month(String column) {
        String v = raw(column);
        if (v == null) {
            refuse(column, "import.project.required");
            return null;
        }
        Matcher m = MONTH.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        }
        refuse(column, "import.project.badMonth", v);
        return null;
    }

    /** An enum constant by its code (NEW) or by its Chinese name (新建). */
    <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> chineseName, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                refuse(column, "import.project.required");
            }
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.replace('-', '_')) || chineseName.apply(e).equals(v)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : "、").append(chineseName.apply(e));
        }
        refuse(column, "import.project.badChoice", v, allowed.toString());
        return null;
    }

    boolean yesNo(String column) {
        String v = raw(column);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                refuse(column, "import.project.badYesNo", v);
                return false;
            }
        }
    }

    void refuse(String column, String key, Object... args) {
        violations.add(Violation.ofCell(sheet, row, column, key, args));
        refused++;
    }
}
