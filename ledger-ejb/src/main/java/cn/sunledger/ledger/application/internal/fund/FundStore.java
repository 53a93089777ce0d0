package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The repository of fund documents, their allocations and disbursements, in plain JDBC on the transaction's
 * connection. The lock methods read a row FOR UPDATE: the rules read the limit they check from a locked row and
 * change it in the same transaction, never from an unlocked read (REPEATABLE READ would let such reads lose
 * updates). The guard columns' CHECKs are the last word if the code were ever wrong.
 */
@ApplicationScoped
public class FundStore {

    @Inject
    TransactionJdbc jdbc;

    /** A fund document's row as the rules need it. */
    public record DocumentRow(long id, String docNumber, FundSource source, FundLevel level, String regionCode,
            int year, LocalDate issuedOn, Money amount, String purpose, Money unallocated, String entryNo) {
    }

    /** An allocation's row with its document's ledger region and source. */
    public record AllocationRow(long id, long documentId, long projectId, Money amount, LocalDate allocatedOn,
            Money undisbursed, String regionCode, FundSource source, String entryNo) {
    }

    public boolean documentNumberTaken(String regionCode, String docNumber) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM fund_document WHERE region_code = ? AND doc_number = ?")) {
                s.setString(1, regionCode);
                s.setString(2, docNumber);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public long insertDocument(FundDocumentForm f, String entryNo, String createdBy, LocalDateTime at) {
        return insert("INSERT INTO fund_document (doc_number, source, level, region_code, year, issued_on, amount,"
                + " purpose, unallocated, entry_no, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                f.docNumber(), f.source(), f.level(), f.regionCode(), f.year(), f.issuedOn(), f.amount(), f.purpose(),
                f.amount(), entryNo, createdBy, at);
    }

    public Optional<DocumentRow> document(long id, boolean lock) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, doc_number, source, level, region_code, year,"
                    + " issued_on, amount, purpose, unallocated, entry_no FROM fund_document WHERE id = ?"
                    + (lock ? " FOR UPDATE" : ""))) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<DocumentRow>empty();
                    }
                    return Optional.of(new DocumentRow(rs.getLong(1), rs.getString(2), FundSource.valueOf(rs.getString(3)),
                            FundLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                            rs.getObject(7, LocalDate.class), Money.of(rs.getBigDecimal(8)), rs.getString(9),
                            Money.of(rs.getBigDecimal(10)), rs.getString(11)));
                }
            }
        });
    }

    /** Adds {@code delta} (negative to take) to the document's unallocated guard. */
    public void changeUnallocated(long documentId, BigDecimal delta) {
        update("UPDATE fund_document SET unallocated = unallocated + ? WHERE id = ?", delta, documentId);
    }

    public long insertAllocation(long documentId, long projectId, Money amount, LocalDate on, String entryNo,
            String createdBy, LocalDateTime at) {
        return insert("INSERT INTO fund_allocation (fund_document_id, project_id, amount, allocated_on, undisbursed,"
                + " entry_no, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)", documentId, projectId, amount, on,
                amount, entryNo, createdBy, at);
    }

    public Optional<AllocationRow> allocation(long id, boolean lock) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.fund_document_id, a.project_id, a.amount,"
                    + " a.allocated_on, a.undisbursed, d.region_code, d.source, a.entry_no FROM fund_allocation a"
                    + " JOIN fund_document d ON d.id = a.fund_document_id WHERE a.id = ?" + (lock ? " FOR UPDATE" : ""))) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<AllocationRow>empty();
                    }
                    return Optional.of(new AllocationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            Money.of(rs.getBigDecimal(4)), rs.getObject(5, LocalDate.class),
                            Money.of(rs.getBigDecimal(6)), rs.getString(7), FundSource.valueOf(rs.getString(8)),
                            rs.getString(9)));
                }
            }
        });
    }

    /** Adds {@code delta} (negative to pay out) to the allocation's undisbursed guard. */
    public void changeUndisbursed(long allocationId, BigDecimal delta) {
        update("UPDATE fund_allocation SET undisbursed = undisbursed + ? WHERE id = ?", delta, allocationId);
    }

    public long insertDisbursement(long allocationId, Money amount, String payee, String voucherNo, LocalDate paidOn,
            String entryNo, String createdBy, LocalDateTime at) {
        return insert("INSERT INTO fund_disbursement (allocation_id, amount, payee, voucher_no, paid_on, entry_no,"
                + " created_by, created_at) VALUES (?,?,?,?,?,?,?,?)", allocationId, amount, payee, voucherNo, paidOn,
                entryNo, createdBy, at);
    }

    /** A project's status and county, share-locked so that its status cannot change before the allocation commits. */
    public Optional<ProjectRef> project(long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, county_code, code FROM project WHERE id = ? LOCK IN SHARE MODE")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new ProjectRef(id, ProjectStatus.valueOf(rs.getString(1)),
                            rs.getString(2), rs.getString(3))) : Optional.<ProjectRef>empty();
                }
            }
        });
    }

    public record ProjectRef(long id, ProjectStatus status, String countyCode, String code) {
    }

    /** Inserts one row and returns its generated id; money, dates, times and codes bound as the columns store them. */
    private long insert(String sql, Object... values) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, column(values[i]));
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static Object column(Object value) {
        if (value instanceof Money m) {
            return m.toBigDecimal();
        }
        if (value instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (value instanceof LocalDateTime t) {
            return Timestamp.valueOf(t);
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }

    private void update(String sql, BigDecimal delta, long id) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setBigDecimal(1, delta);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

}
