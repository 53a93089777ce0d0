package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries behind the supervision warnings, each bounded by the region's code prefix (the register's index on
 * the natural village's code; the project's village code for 未登记资产). Disposed assets warn of nothing.
 */
@ApplicationScoped
public class AssetWarningStore {

    /** An asset a warning is about, with the date that matters for its kind (null where none does). */
    public record AssetRow(long id, String code, String name, String placeCode, String placeName, String status,
            LocalDate contractTo) {
    }

    /** An accepted project that formed no asset, with the day of its (latest) acceptance. */
    public record ProjectRow(long id, String code, String name, String placeCode, String placeName,
            LocalDate acceptedOn) {
    }

    private static final String ASSET_COLUMNS = "SELECT a.id, a.code, a.name, a.natural_village_code, r.name, a.status,"
            + " a.contract_to";
    private static final String ASSETS_IN_REGION = " FROM asset a JOIN region r ON r.code = a.natural_village_code"
            + " WHERE a.natural_village_code LIKE ? AND a.stage <> 'DISPOSED'";
    private static final String ASSET_ROWS = ASSET_COLUMNS + ASSETS_IN_REGION;

    @Inject
    TransactionJdbc jdbc;

    /** Assets in the status given (闲置, 低效). */
    public List<AssetRow> inStatus(RegionCode region, String status) {
        return assets(ASSET_ROWS + " AND a.status = ? ORDER BY a.natural_village_code, a.id",
                region.subtreePrefix() + "%", status);
    }

    /** Assets whose contract ends before {@code before}: expired ones and those expiring within the window. */
    public List<AssetRow> contractsEndingBefore(RegionCode region, LocalDate before) {
        return assets(ASSET_ROWS + " AND a.contract_to IS NOT NULL AND a.contract_to < ?"
                + " ORDER BY a.contract_to, a.id", region.subtreePrefix() + "%", Date.valueOf(before));
    }

    /**
     * Handed-over assets without a 管护主体: before the handover nobody may name one (管护 needs HANDED_OVER), so an
     * earlier asset is not yet a gap in 管护.
     */
    public List<AssetRow> withoutCaretaker(RegionCode region) {
        return assets(ASSET_ROWS + " AND a.stage = 'HANDED_OVER' AND (a.caretaker IS NULL OR TRIM(a.caretaker) = '')"
                + " ORDER BY a.natural_village_code, a.id", region.subtreePrefix() + "%");
    }

    /** A receipt that counts: its journal entry was not reversed (derived from the reversing entry). */
    private static final String COUNTING = " AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses = i.entry_no)";

    /** Operated assets with an expected annual income and no income received since {@code yearStart}. */
    public List<AssetRow> expectingIncomeWithoutAnySince(RegionCode region, LocalDate yearStart) {
        return assets(ASSET_ROWS + " AND a.stage = 'HANDED_OVER' AND a.operation_mode IS NOT NULL"
                + " AND a.expected_annual_income > 0 AND NOT EXISTS (SELECT 1 FROM asset_income i"
                + " WHERE i.asset_id = a.id AND i.received_on >= ?" + COUNTING + ")"
                + " ORDER BY a.natural_village_code, a.id", region.subtreePrefix() + "%", Date.valueOf(yearStart));
    }

    /** A leased asset, with its contract's first day and the last day its rent receipts cover (null: none). */
    public record LeaseRow(AssetRow asset, LocalDate contractFrom, LocalDate paidUpTo) {
    }

    /** Handed-over assets under 租赁 with the day the rent received so far covers. */
    public List<LeaseRow> leases(RegionCode region) {
        return rows(ASSET_COLUMNS + ", a.contract_from, (SELECT MAX(i.period_to) FROM asset_income i"
                + " WHERE i.asset_id = a.id AND i.kind = 'RENT'" + COUNTING + ")" + ASSETS_IN_REGION
                + " AND a.stage = 'HANDED_OVER' AND a.operation_mode = 'LEASE' ORDER BY a.natural_village_code, a.id",
                rs -> new LeaseRow(new AssetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)),
                region.subtreePrefix() + "%");
    }

    /** ACCEPTED projects no asset names as a source, oldest acceptance first. */
    public List<ProjectRow> acceptedWithoutAsset(RegionCode region) {
        return rows("SELECT p.id, p.code, p.name, p.village_code, r.name,"
                + " (SELECT DATE(MAX(t.at)) FROM project_transition t WHERE t.project_id = p.id"
                + " AND t.action = 'ACCEPT') FROM project p JOIN region r ON r.code = p.village_code"
                + " WHERE p.village_code LIKE ? AND p.status = 'ACCEPTED'"
                + " AND NOT EXISTS (SELECT 1 FROM asset_source s WHERE s.project_id = p.id)"
                + " ORDER BY p.id",
                rs -> new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)),
                region.subtreePrefix() + "%");
    }

    private List<AssetRow> assets(String sql, Object... args) {
        return rows(sql, rs -> new AssetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)), args);
    }

    /** One row of a result set as a record. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> rows(String sql, RowReader<T> reader, Object... args) {
        return jdbc.work(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }
}
