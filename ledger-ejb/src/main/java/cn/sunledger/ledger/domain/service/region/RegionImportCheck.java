package cn.sunledger.ledger.domain.service.region;

import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a whole region import before anything is written: an import takes all rows or none, so every
 * row is checked and every problem is reported with its row number. Existing regions may be renamed or
 * given validity dates; their code, level and parent never change (a reform creates new codes).
 */
public final class RegionImportCheck {

    private final RegionCode scope;
    private final Map<String, Region> existing;
    private final LocalDate today;

    /**
     * @param scope    the importing user's home region: every row must lie inside it
     * @param existing the regions already stored among the rows' codes and parent codes
     * @param today    default valid-from for rows that give none
     */
    public RegionImportCheck(RegionCode scope, Map<String, Region> existing, LocalDate today) {
        this.scope = scope;
        this.existing = existing;
        this.today = today;
    }

    public RegionImportPlan check(List<RegionRow> rows) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Map<String, RegionLevel> levelInFile = new HashMap<>();
        for (RegionRow r : rows) {
            if (RegionCode.isValid(blankToNull(r.code())) && !firstRowOfCode.containsKey(r.code().trim())) {
                firstRowOfCode.put(r.code().trim(), r.row());
                levelInFile.put(r.code().trim(), RegionCode.of(r.code().trim()).level());
            }
        }
        List<RegionImportPlan.Entry> entries = new ArrayList<>();
        for (RegionRow r : rows) {
            int before = violations.size();
            RegionImportPlan.Entry entry = checkRow(r, firstRowOfCode, levelInFile, violations);
            if (violations.size() == before) {
                entries.add(entry);
            }
        }
        if (rows.isEmpty()) {
            throw LedgerException.invalid("import.region.empty");
        }
        if (!violations.isEmpty()) {
            throw new LedgerException(LedgerException.Kind.RULE, "import.region.rejected", violations,
                    violations.size());
        }
        return new RegionImportPlan(entries);
    }

    private RegionImportPlan.Entry checkRow(RegionRow r, Map<String, Integer> firstRowOfCode,
            Map<String, RegionLevel> levelInFile, List<Violation> out) {
        String codeText = blankToNull(r.code());
        if (!RegionCode.isValid(codeText)) {
            out.add(Violation.ofRow(r.row(), "code", "import.region.badCode", Objects.toString(codeText, "")));
            return null;
        }
        RegionCode code = RegionCode.of(codeText);
        Integer first = firstRowOfCode.get(codeText);
        if (first != null && first != r.row()) {
            out.add(Violation.ofRow(r.row(), "code", "import.region.duplicate", codeText, first));
        }
        String name = blankToNull(r.name());
        if (name == null || name.length() > 100) {
            out.add(Violation.ofRow(r.row(), "name", "import.region.badName"));
        }
        RegionLevel level = RegionLevel.parse(r.level());
        if (level == null) {
            out.add(Violation.ofRow(r.row(), "level", "import.region.badLevel", Objects.toString(r.level(), "")));
        } else if (level != code.level()) {
            out.add(Violation.ofRow(r.row(), "level", "import.region.levelMismatch", codeText,
                    code.level().name()));
        }
        if (!scope.contains(code)) {
            out.add(Violation.ofRow(r.row(), "code", "import.region.outsideScope", codeText, scope.value()));
        }
        RegionCode parent = checkParent(r, code, levelInFile, out);
        LocalDate from = parseDate(r.row(), "validFrom", r.validFrom(), today, out);
        LocalDate to = parseDate(r.row(), "validTo", r.validTo(), null, out);
        if (from != null && to != null && to.isBefore(from)) {
            out.add(Violation.ofRow(r.row(), "validTo", "import.region.validToBeforeFrom"));
        }
        Region stored = existing.get(codeText);
        if (stored != null && !Objects.equals(stored.parentCode(), parent)) {
            out.add(Violation.ofRow(r.row(), "parentCode", "import.region.moved", codeText));
        }
        return new RegionImportPlan.Entry(r.row(), code, name, code.level(), parent, from, to, stored != null);
    }

    private RegionCode checkParent(RegionRow r, RegionCode code, Map<String, RegionLevel> levelInFile,
            List<Violation> out) {
        String parentText = blankToNull(r.parentCode());
        RegionLevel expected = code.level().parentLevel();
        if (expected == null) {
            if (parentText != null) {
                out.add(Violation.ofRow(r.row(), "parentCode", "import.region.prefectureHasNoParent"));
            }
            return null;
        }
        if (!RegionCode.isValid(parentText)) {
            out.add(Violation.ofRow(r.row(), "parentCode", "import.region.badParent",
                    Objects.toString(parentText, "")));
            return null;
        }
        RegionCode parent = RegionCode.of(parentText);
        if (parent.level() != expected || !parent.contains(code)) {
            out.add(Violation.ofRow(r.row(), "parentCode", "import.region.parentMismatch", parentText,
                    code.value()));
        } else if (!existing.containsKey(parentText) && !levelInFile.containsKey(parentText)) {
            out.add(Violation.ofRow(r.row(), "parentCode", "import.region.parentMissing", parentText));
        }
        return parent;
    }

    private static LocalDate parseDate(int row, String field, String text, LocalDate fallback,
            List<Violation> out) {
        String t = blankToNull(text);
        if (t == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            out.add(Violation.ofRow(row, field, "import.region.badDate", t));
            return fallback;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
