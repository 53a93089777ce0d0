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
import cn.sunledger.ledger.infrastructure.excel.SheetReader;
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
        RegionCode village = village(villageCode);
        AccessPolicy.require(caller, Action.REGISTER_HOUSEHOLD, village);
        PersonalDataKeys k = keys.keys();
        List<List<String>> rows = SheetReader.read(file, MAX_ROWS);
        if (rows.isEmpty()) {
            throw LedgerException.invalid("import.household.empty");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        Map<String, RegionCode> places = new HashMap<>();
        for (Region r : regions.children(village)) {
            places.put(r.name().strip(), r.code());
            places.put(r.code().value(), r.code());
        }
        LocalDate today = clock.today();
        List<Violation> refused = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        Map<String, Integer> rowOfHash = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = i + 1;
            int before = refused.size();
            String placeCell = cell(cells, columns, 0);
            RegionCode place = placeCell == null ? null : places.get(placeCell);
            if (placeCell == null) {
                refused.add(Violation.ofRow(row, COLUMNS.get(0), "household.required"));
            } else if (place == null) {
                refused.add(Violation.ofRow(row, COLUMNS.get(0), "import.household.unknownPlace", placeCell,
                        regions.find(village).map(Region::name).orElse(villageCode)));
            }
            Integer members = members(cells, columns, row, refused);
            String categoryCell = cell(cells, columns, 5);
            HouseholdCategory category = categoryCell == null ? null
                    : HouseholdCategory.ofCell(categoryCell).orElse(null);
            if (categoryCell != null && category == null) {
                refused.add(Violation.ofRow(row, COLUMNS.get(5), "import.household.badCategory", categoryCell));
            }
            Candidate c = new Candidate(place, cell(cells, columns, 1), cell(cells, columns, 2),
                    cell(cells, columns, 3), members, category);
            HouseholdIntake.check(c, today, (field, key, args) -> {
                // a cell already refused as unparsable is not refused twice as missing
                if (!(c.members() == null && "members".equals(field) && cell(cells, columns, 4) != null)
                        && !(c.category() == null && "category".equals(field) && categoryCell != null)) {
                    refused.add(Violation.ofRow(row, COLUMN_OF.get(field), key, args));
                }
            });
            boolean idValid = refused.stream().skip(before).noneMatch(v -> COLUMNS.get(2).equals(v.field()));
            String hash = idValid ? HexFormat.of().formatHex(HouseholdIntake.lookupHash(k, c.idNumber())) : null;
            if (hash != null) {
                Integer first = rowOfHash.putIfAbsent(hash, row);
                if (first != null) {
                    refused.add(Violation.ofRow(row, COLUMNS.get(2), "import.household.idTwice", first));
                }
            }
            if (refused.size() == before) {
                read.add(new Read(row, c, hash));
            }
        }
        if (read.isEmpty() && refused.isEmpty()) {
            throw LedgerException.invalid("import.household.empty");
        }
        Map<String, Holder> holders = store.holders(village.county().value(),
                rowOfHash.keySet().stream().map(HexFormat.of()::parseHex).toList());
        rowOfHash.forEach((hash, row) -> {
            Holder h = holders.get(hash);
            if (h != null) {
                refused.add(Violation.ofRow(row, COLUMNS.get(2), "household.duplicateId", h.householdNo(),
                        h.naturalVillageName()));
            }
        });
        if (!refused.isEmpty()) {
            refused.sort(java.util.Comparator.comparing(Violation::row)
                    .thenComparing(v -> COLUMNS.indexOf(v.field())));
            throw new LedgerException(LedgerException.Kind.RULE, "import.household.rejected", refused,
                    refused.size());
        }
        List<NewHousehold> rowsToInsert = read.stream().map(r -> HouseholdIntake.protect(r.candidate(), k, today))
                .toList();
        List<Inserted> inserted = store.insert(rowsToInsert, caller.username(), clock.preciseNow());
        return new Imported(inserted.size(), inserted.stream().map(Inserted::householdNo).toList());
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

    private static Integer members(List<String> cells, Map<String, Integer> columns, int row, List<Violation> refused) {
        String v = cell(cells, columns, 4);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            refused.add(Violation.ofRow(row, COLUMNS.get(4), "household.badMembers", HouseholdIntake.MAX_MEMBERS));
            return null;
        }
    }
}
