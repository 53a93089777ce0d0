package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.application.internal.household.HouseholdStore.Holder;
import cn.sunledger.ledger.application.internal.household.HouseholdStore.Inserted;
import cn.sunledger.ledger.application.internal.household.HouseholdStore.NewHousehold;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.crypto.HouseholdKeys;
import cn.sunledger.ledger.infrastructure.crypto.PersonalDataKeys;
import cn.sunledger.ledger.infrastructure.excel.SheetStream;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import of one administrative village's households, all rows or none: every row is read and checked (the same
 * HouseholdIntake rules as the API), then the ID numbers are compared among the rows and with the county's register
 * by their lookup hashes; any refused cell refuses the whole file, naming each bad cell by row and column (422,
 * imported 0). Only a clean file is sealed, numbered and inserted, in one transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultHouseholdSheets implements HouseholdSheets {

    static final int MAX_ROWS = 100_000;
    /** The import's column for each field the intake names. */
    private static final Map<String, String> COLUMN_OF = Map.of("naturalVillageCode", COLUMNS.get(0),
            "headName", COLUMNS.get(1), "idNumber", COLUMNS.get(2), "phone", COLUMNS.get(3), "members",
            COLUMNS.get(4), "category", COLUMNS.get(5));

    @Inject
    HouseholdStore store;

    @Inject
    HouseholdKeys keys;

    @Inject
    RegionRepository regions;

    @Inject
    BusinessClock clock;

    /** One data row that passed its own checks, with its spreadsheet row and its ID number's lookup hash. */
    private record Read(int row, Candidate candidate, String hash) {
    }

    @Override
    public Imported importVillage(Caller caller, String villageCode, InputStream file) {
        return importVillage(caller, villageCode, file, -1, ImportProgress.NONE);
    }

    @Override
    public Imported importVillage(Caller caller, String villageCode, InputStream file, long size,
            ImportProgress progress) {
        RegionCode village = village(villageCode);
        AccessPolicy.require(caller, Action.REGISTER_HOUSEHOLD, village);
        PersonalDataKeys k = keys.keys();
        ImportProgress listener = progress == null ? ImportProgress.NONE : progress;
        Map<String, RegionCode> places = new HashMap<>();
        for (Region r : regions.children(village)) {
            places.put(r.name().strip(), r.code());
            places.put(r.code().value(), r.code());
        }
        String villageName = regions.find(village).map(Region::name).orElse(villageCode);
        Check check = new Check(places, villageName, k, clock.today());
        double[] fraction = {0};
        // the file is read as it streams, one row at a time: only the rows that passed their checks are kept
        SheetStream.read(file, size, MAX_ROWS + 1, (row, cells) -> {
            check.row(row, cells);
            if (check.rows % 500 == 0) {
                listener.read(check.rows, fraction[0]);
            }
        }, f -> {
            fraction[0] = f;
            listener.read(check.rows, f);
        });
        if (check.columns == null || check.read.isEmpty() && check.refusedCount == 0) {
            throw LedgerException.invalid("import.household.empty");
        }
        listener.read(check.rows, 1);
        listener.comparing(check.rowOfHash.size());
        Map<String, Holder> holders = store.holders(village.county().value(),
                check.rowOfHash.keySet().stream().map(HexFormat.of()::parseHex).toList());
        check.rowOfHash.forEach((hash, row) -> {
            Holder h = holders.get(hash);
            if (h != null) {
                check.refuse(Violation.ofRow(row, COLUMNS.get(2), "household.duplicateId", h.householdNo(),
                        h.naturalVillageName()), true);
            }
        });
        if (check.refusedCount > 0) {
            List<Violation> refused = new ArrayList<>(check.refused);
            refused.sort(java.util.Comparator.comparing(Violation::row)
                    .thenComparing(v -> COLUMNS.indexOf(v.field())));
            List<Violation> listed = List.copyOf(refused.subList(0, Math.min(MAX_ERRORS, refused.size())));
            throw new LedgerException(LedgerException.Kind.RULE, "import.household.rejected", listed,
                    check.refusedCount);
        }
        LocalDate today = clock.today();
        List<NewHousehold> rowsToInsert = new ArrayList<>(check.read.size());
        for (Read r : check.read) {
            rowsToInsert.add(HouseholdIntake.protect(r.candidate(), k, today));
        }
        check.read.clear();
        int total = rowsToInsert.size();
        listener.saved(0, total);
        List<Inserted> inserted = store.insert(rowsToInsert, caller.username(), clock.preciseNow(),
                done -> listener.saved(done, total));
        return new Imported(inserted.size(), inserted.stream().map(Inserted::householdNo).toList());
    }

    /**
     * The checks of one import as its rows stream by: each row by the intake's rules, its natural village among the
     * village's, its ID number against the rows before it (by lookup hash). Every refusal is counted; the first
     * MAX_ERRORS (and, later, every duplicate against the register) are kept to be listed.
     */
    private static final class Check {
        final Map<String, RegionCode> places;
        final String villageName;
        final PersonalDataKeys keys;
        final LocalDate today;
        final List<Read> read = new ArrayList<>();
        final Map<String, Integer> rowOfHash = new HashMap<>();
        final List<Violation> refused = new ArrayList<>();
        Map<String, Integer> columns;
        int refusedCount;
        int rows;

        Check(Map<String, RegionCode> places, String villageName, PersonalDataKeys keys, LocalDate today) {
            this.places = places;
            this.villageName = villageName;
            this.keys = keys;
            this.today = today;
        }

        void refuse(Violation v, boolean always) {
            refusedCount++;
            if (always || refused.size() < MAX_ERRORS) {
                refused.add(v);
            }
        }

        void row(int row, List<String> cells) {
            if (columns == null) {
                columns = columns(cells); // the first row is the header
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rows++;
            int before = refusedCount;
            boolean[] idRefused = {false};
            String placeCell = cell(cells, columns, 0);
            RegionCode place = placeCell == null ? null : places.get(placeCell);
            if (placeCell == null) {
                refuse(Violation.ofRow(row, COLUMNS.get(0), "household.required"), false);
            } else if (place == null) {
                refuse(Violation.ofRow(row, COLUMNS.get(0), "import.household.unknownPlace", placeCell, villageName),
                        false);
            }
            Integer members = members(cells, columns, row, this);
            String categoryCell = cell(cells, columns, 5);
            HouseholdCategory category = categoryCell == null ? null
                    : HouseholdCategory.ofCell(categoryCell).orElse(null);
            if (categoryCell != null && category == null) {
                refuse(Violation.ofRow(row, COLUMNS.get(5), "import.household.badCategory", categoryCell), false);
            }
            Candidate c = new Candidate(place, cell(cells, columns, 1), cell(cells, columns, 2),
                    cell(cells, columns, 3), members, category);
            HouseholdIntake.check(c, today, (field, key, args) -> {
                // a cell already refused as unparsable is not refused twice as missing
                if (!(c.members() == null && "members".equals(field) && cell(cells, columns, 4) != null)
                        && !(c.category() == null && "category".equals(field) && categoryCell != null)) {
                    idRefused[0] |= "idNumber".equals(field);
                    refuse(Violation.ofRow(row, COLUMN_OF.get(field), key, args), false);
                }
            });
            String hash = idRefused[0] ? null : HexFormat.of().formatHex(HouseholdIntake.lookupHash(keys, c.idNumber()));
            if (hash != null) {
                Integer first = rowOfHash.putIfAbsent(hash, row);
                if (first != null) {
                    refuse(Violation.ofRow(row, COLUMNS.get(2), "import.household.idTwice", first), false);
                }
            }
            if (refusedCount == before) {
                read.add(new Read(row, c, hash));
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void template(Caller caller, String villageCode, OutputStream out) {
        List<Region> places = List.of();
        if (villageCode != null && !villageCode.isBlank()) {
            RegionCode village = village(villageCode);
            AccessPolicy.require(caller, Action.REGISTER_HOUSEHOLD, village);
            places = regions.children(village);
        } else {
            AccessPolicy.require(caller, Action.REGISTER_HOUSEHOLD);
        }
        HouseholdWorkbook.template(places, out);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void export(Caller caller, HouseholdFilter filter, OutputStream out) {
        AccessPolicy.require(caller, Action.VIEW_HOUSEHOLDS);
        if (filter.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_HOUSEHOLDS, filter.region());
        }
        HouseholdWorkbook.export(row -> store.each(caller.homeRegion(), filter, row), out);
    }

    private RegionCode village(String code) {
        if (code == null || !RegionCode.isValid(code.strip()) || RegionCode.of(code.strip()).level() != RegionLevel.VILLAGE) {
            throw Refusals.invalid("village", "import.household.notVillage", String.valueOf(code));
        }
        RegionCode village = RegionCode.of(code.strip());
        if (regions.find(village).isEmpty()) {
            throw LedgerException.notFound("region.notFound", code);
        }
        return village;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw LedgerException.invalid("import.household.badHeader", String.join("、", missing));
        }
        return columns;
    }

    /** The cell of import column {@code index} (of COLUMNS), trimmed, or null when blank. */
    private static String cell(List<String> cells, Map<String, Integer> columns, int index) {
        int i = columns.get(COLUMNS.get(index));
        String v = i < cells.size() ? cells.get(i) : null;
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Integer members(List<String> cells, Map<String, Integer> columns, int row, Check check) {
        String v = cell(cells, columns, 4);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            check.refuse(Violation.ofRow(row, COLUMNS.get(4), "household.badMembers", HouseholdIntake.MAX_MEMBERS),
                    false);
            return null;
        }
    }
}
