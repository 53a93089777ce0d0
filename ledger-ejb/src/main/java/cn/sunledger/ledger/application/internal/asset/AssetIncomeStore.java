package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AssetIncomeLedger;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The asset_income rows (V28, insert-only): one per receipt, naming the journal entry that posted it. */
@ApplicationScoped
public class AssetIncomeStore {

    @Inject
    TransactionJdbc jdbc;

    public boolean receiptExists(long assetId, String receiptNo) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM asset_income WHERE asset_id = ? AND receipt_no = ?")) {
                s.setLong(1, assetId);
                s.setString(2, receiptNo);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public long insert(long assetId, Asset.IncomeReceipt r, String entryNo, String by, LocalDateTime at) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO asset_income (asset_id, kind, received_on, payer,"
                    + " amount, receipt_no, period_from, period_to, entry_no, created_by, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, assetId);
                s.setString(2, r.kind().name());
                s.setDate(3, Date.valueOf(r.receivedOn()));
                s.setString(4, r.payer().trim());
                s.setBigDecimal(5, r.amount().toBigDecimal());
                s.setString(6, r.receiptNo().trim());
                s.setDate(7, r.periodFrom() == null ? null : Date.valueOf(r.periodFrom()));
                s.setDate(8, r.periodTo() == null ? null : Date.valueOf(r.periodTo()));
                s.setString(9, entryNo);
                s.setString(10, by);
                s.setTimestamp(11, Timestamp.valueOf(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The day operation was first recorded for the asset (its first 运营 step), if it ever was. */
    public LocalDate firstOperatedOn(long assetId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT MIN(event_date) FROM asset_event WHERE asset_id = ? AND kind = 'OPERATION_SET'")) {
                s.setLong(1, assetId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getObject(1, LocalDate.class) : null;
                }
            }
        });
    }

    /** The asset's receipts, newest first, each with the entry that reversed its posting (derived, never a flag). */
    public List<AssetIncomeLedger.Receipt> receipts(long assetId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.kind, i.received_on, i.payer, i.amount,"
                    + " i.receipt_no, i.period_from, i.period_to, i.entry_no, r.entry_no FROM asset_income i"
                    + " LEFT JOIN journal_entry r ON r.reverses = i.entry_no"
                    + " WHERE i.asset_id = ? ORDER BY i.received_on DESC, i.id DESC")) {
                s.setLong(1, assetId);
                try (ResultSet rs = s.executeQuery()) {
                    List<AssetIncomeLedger.Receipt> receipts = new ArrayList<>();
                    while (rs.next()) {
                        receipts.add(new AssetIncomeLedger.Receipt(rs.getLong(1), IncomeKind.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class), rs.getString(4), Money.of(rs.getBigDecimal(5)),
                                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                                rs.getString(9), rs.getString(10)));
                    }
                    return receipts;
                }
            }
        });
    }
}
