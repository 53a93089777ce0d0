package cn.sunledger.ledger.application.internal.project.sheet;

import static cn.sunledger.ledger.application.internal.project.sheet.ProjectColumns.*;

import cn.sunledger.ledger.application.internal.project.sheet.ProjectSheetParser.ParsedProject;
import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The checks of a create request that need more than the row itself, made for all rows from lookups loaded
 * once: the category is a leaf of the table, the natural villages exist and lie in one village, the caller may
 * draft there, and the record passes {@link Project}'s own rules (by building it, unsaved).
 */
public final class ImportReferenceCheck {

    /** Which column a rule of {@link Project} concerns, to point the clerk at the cell. */
    private static final Map<String, String> RULE_COLUMNS = Map.ofEntries(
            Map.entry("project.placeRequired", NATURAL_VILLAGES), Map.entry("project.notNaturalVillage", NATURAL_VILLAGES),
            Map.entry("project.severalVillages", NATURAL_VILLAGES), Map.entry("project.badYear", YEAR),
            Map.entry("project.nameRequired", NAME), Map.entry("project.monthsOutOfOrder", START_MONTH),
            Map.entry("project.investmentRequired", INVESTMENT), Map.entry("project.badAmount", INVESTMENT),
            Map.entry("project.sourceTwice", INVESTMENT), Map.entry("project.badScale", SCALE_QUANTITY),
            Map.entry("project.beneficiariesInconsistent", HOUSEHOLDS),
            Map.entry("project.linkageDescriptionRequired", LINKAGE_DESCRIPTION));

    private final Caller caller;
    private final Map<String, Boolean> leafCategories;
    private final Map<String, Region> naturalVillages;
    private final List<Violation> violations;

    /**
     * @param leafCategories every category code, mapped to whether it is a leaf
     * @param naturalVillages the regions of every natural-village code named in the file
     */
    public ImportReferenceCheck(Caller caller, Map<String, Boolean> leafCategories,
            Map<String, Region> naturalVillages, List<Violation> violations) {
        this.caller = caller;
        this.leafCategories = leafCategories;
        this.naturalVillages = naturalVillages;
        this.violations = violations;
    }

    /** True when the row may be saved as it is. */
    public boolean check(ParsedProject p, LocalDateTime now) {
        int before = violations.size();
        ProjectDetails d = p.details();
        Boolean leaf = leafCategories.get(d.categoryCode());
        if (leaf == null) {
            refuse(p, CATEGORY, "project.unknownCategory", d.categoryCode());
        } else if (!leaf) {
            refuse(p, CATEGORY, "project.categoryNotLeaf", d.categoryCode());
        }
        boolean placesKnown = true;
        for (RegionCode nv : d.naturalVillages()) {
            Region r = naturalVillages.get(nv.value());
            if (r == null || r.level() != RegionLevel.NATURAL_VILLAGE) {
                refuse(p, NATURAL_VILLAGES, "project.unknownNaturalVillage", nv.value());
                placesKnown = false;
            }
        }
        if (placesKnown) {
            try {
                RegionCode village = Project.villageOf(d.naturalVillages());
                if (!AccessPolicy.permits(caller, Action.DRAFT_PROJECT, village)) {
                    refuse(p, NATURAL_VILLAGES, "access.outsideRegion", village.value(), caller.homeRegion().value());
                }
            } catch (LedgerException e) {
                refuse(p, NATURAL_VILLAGES, e.messageKey(), e.args());
            }
        }
        try {
            new Project(d, caller.username(), now);
        } catch (LedgerException e) {
            String column = RULE_COLUMNS.getOrDefault(e.messageKey(), NAME);
            if (placesKnown || !column.equals(NATURAL_VILLAGES)) {
                refuse(p, column, e.messageKey(), e.args());
            }
        }
        return violations.size() == before;
    }

    private void refuse(ParsedProject p, String column, String key, Object... args) {
        Violation v = Violation.ofCell(ProjectSheets.PROJECT_SHEET, p.row(), column, key, args);
        // the village rules may be met twice (place check and the record's own); say it once
        if (violations.stream().noneMatch(o -> same(o, v))) {
            violations.add(v);
        }
    }

    private static boolean same(Violation a, Violation b) {
        return b.row().equals(a.row()) && b.sheet().equals(a.sheet()) && b.messageKey().equals(a.messageKey())
                && java.util.Arrays.deepEquals(a.args(), b.args());
    }
}
