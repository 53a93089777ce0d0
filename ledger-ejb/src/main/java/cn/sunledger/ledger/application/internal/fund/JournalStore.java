package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.PeriodClose;
import cn.sunledger.ledger.application.project.ProjectEntry;
import cn.sunledger.ledger.domain.model.fund.Account;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import cn.sunledger.ledger.domain.model.fund.Movement;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.LockedRow;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The journal's repository: entries with their lines and particulars, the chain head of each ledger region and
 * the closed periods. Plain JDBC on the transaction's connection: entries are written once and read as records,
 * never as managed entities that could be flushed back (the runtime user may not UPDATE them anyway).
 */
@ApplicationScoped
public class JournalStore {

    @Inject
    TransactionJdbc jdbc;

    /** The chain head of a region: how many entries it has and the last one's hash (null before the first). */
    public record ChainHead(long entries, String lastHash) {
    }

    /** Locks the region's chain head (created on first use) for the rest of the transaction. */
    public ChainHead lockChainHead(String ledgerRegion) {
        return jdbc.work(c -> LockedRow.lock(c, "SELECT entries, last_hash FROM journal_chain_head WHERE ledger_region = ?"
                + " FOR UPDATE", "INSERT INTO journal_chain_head (ledger_region) VALUES (?)"
                        + " ON DUPLICATE KEY UPDATE ledger_region = ledger_region",
                s -> s.setString(1, ledgerRegion), row -> new ChainHead(row.getLong(1), row.getString(2))));
    }

    /** A locked chain head with which of the asked periods were closed when it was locked. */
    public record LockedHead(ChainHead head, Set<String> closed) {
    }

    /**
     * Locks the region's chain head like {@link #lockChainHead} and reads, in the same statement, which of
     * {@code periods} are closed: a posting's first two questions in one round trip. The answer holds for the rest
     * of the transaction, because a period is closed only by a transaction that holds this same lock (and a closed
     * period is never reopened).
     */
    public LockedHead lockChainHead(String ledgerRegion, List<String> periods) {
        String marks = String.join(", ", Collections.nCopies(periods.size(), "?"));
        Optional<LockedHead> locked = jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT h.entries, h.last_hash, (SELECT GROUP_CONCAT(p.period"
                    + " SEPARATOR ' ') FROM journal_period_close p WHERE p.ledger_region = h.ledger_region"
                    + " AND p.period IN (" + marks + ")) FROM journal_chain_head h WHERE h.ledger_region = ? FOR UPDATE")) {
                int i = 0;
                for (String period : periods) {
                    s.setString(++i, period);
                }
                s.setString(++i, ledgerRegion);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<LockedHead>empty();
                    }
                    String closed = rs.getString(3);
                    return Optional.of(new LockedHead(new ChainHead(rs.getLong(1), rs.getString(2)),
                            closed == null ? Set.of() : Set.of(closed.split(" "))));
                }
            }
        });
        // the region's first posting: create and lock the head the usual way, then ask about the periods
        return locked.orElseGet(() -> new LockedHead(lockChainHead(ledgerRegion), closedAmong(ledgerRegion, periods)));
    }

    public void insert(JournalEntry e) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO journal_entry (entry_no, ledger_region, year, seq,"
                    + " chain_index, kind, entry_date, posted_at, posted_by, reverses, memo, particulars, salt, hash,"
                    + " prev_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                s.setString(1, e.entryNo());
                s.setString(2, e.ledgerRegion());
                s.setInt(3, e.year());
                s.setLong(4, e.seq());
                s.setLong(5, e.chainIndex());
                s.setString(6, e.kind().name());
                s.setDate(7, Date.valueOf(e.movement().entryDate()));
                s.setTimestamp(8, Timestamp.valueOf(e.postedAt()));
                s.setString(9, e.postedBy());
                s.setString(10, e.movement().reverses());
                s.setString(11, e.movement().memo());
                s.setString(12, Particulars.write(e.movement().particulars()));
                s.setString(13, e.salt());
                s.setString(14, e.hash());
                s.setString(15, e.prevHash());
                s.executeUpdate();
            }
            // every line in one multi-row INSERT: one round trip whatever the entry's size (a JDBC batch of text
            // statements is sent as one statement per line)
            StringBuilder lines = new StringBuilder("INSERT INTO journal_line (entry_no, line_no, account,"
                    + " fund_document_id, allocation_id, project_id, source, asset_id, owner_region, owner_name, debit,"
                    + " credit) VALUES ");
            for (int i = 0; i < e.lines().size(); i++) {
                lines.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            try (PreparedStatement s = c.prepareStatement(lines.toString())) {
                int n = 0;
                int p = 0;
                for (JournalLine l : e.lines()) {
                    s.setString(++p, e.entryNo());
                    s.setInt(++p, ++n);
                    s.setString(++p, l.account().name());
                    s.setObject(++p, l.fundDocumentId());
                    s.setObject(++p, l.allocationId());
                    s.setObject(++p, l.projectId());
                    s.setString(++p, l.source() == null ? null : l.source().name());
                    s.setObject(++p, l.assetId());
                    s.setString(++p, l.ownerRegion());
                    s.setString(++p, l.ownerName());
                    s.setBigDecimal(++p, l.debit().toBigDecimal());
                    s.setBigDecimal(++p, l.credit().toBigDecimal());
                }
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE journal_chain_head SET entries = entries + 1, last_entry_no = ?, last_hash = ? WHERE ledger_region = ?")) {
                s.setString(1, e.entryNo());
                s.setString(2, e.hash());
                s.setString(3, e.ledgerRegion());
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<JournalEntry> find(String entryNo) {
        List<JournalEntry> found = select(" WHERE e.entry_no = ?", List.of(entryNo));
        return found.stream().findFirst();
    }

    /** The entry that reverses {@code entryNo}, if one was posted. */
    public Optional<String> reversalOf(String entryNo) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT entry_no FROM journal_entry WHERE reverses = ?")) {
                s.setString(1, entryNo);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Which entry reversed each reversed entry of a region's year, in one query: a reversal is dated when it is
     * posted, so an entry of one year may be reversed by an entry of a later one.
     */
    public Map<String, String> reversalsOfYear(String ledgerRegion, int year) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT r.reverses, r.entry_no FROM journal_entry r"
                    + " JOIN journal_entry o ON o.entry_no = r.reverses WHERE o.ledger_region = ? AND o.year = ?")) {
                s.setString(1, ledgerRegion);
                s.setInt(2, year);
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, String> reversedBy = new LinkedHashMap<>();
                    while (rs.next()) {
                        reversedBy.put(rs.getString(1), rs.getString(2));
                    }
                    return reversedBy;
                }
            }
        });
    }

    /** A ledger region's entries of a year in posting order (the chain's order). */
    public List<JournalEntry> ofRegionYear(String ledgerRegion, int year) {
        return select(" WHERE e.ledger_region = ? AND e.year = ?", List.of(ledgerRegion, year));
    }

    /** Every entry of a ledger region in chain order, for the chain check. */
    public List<JournalEntry> chain(String ledgerRegion) {
        return select(" WHERE e.ledger_region = ?", List.of(ledgerRegion));
    }

    /**
     * The first entry (in chain order) of a ledger region with a line whose report copies (V27: the entry's date and
     * ledger region, the document's year) differ from the entry and the document they were copied from.
     */
    public Optional<String> firstEntryWithWrongLineCopy(String ledgerRegion) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.entry_no FROM journal_line l"
                    + " JOIN journal_entry e ON e.entry_no = l.entry_no"
                    + " LEFT JOIN fund_document d ON d.id = l.fund_document_id"
                    + " WHERE e.ledger_region = ? AND NOT (l.entry_date <=> e.entry_date"
                    + " AND l.ledger_region <=> e.ledger_region AND l.doc_year <=> d.year)"
                    + " ORDER BY e.chain_index LIMIT 1")) {
                s.setString(1, ledgerRegion);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Closes a period: its entries (dated within {@code from}..{@code to}) are counted and totalled and the last
     * one's hash recorded, in the transaction that holds the chain head, so no entry can slip in meanwhile.
     */
    public PeriodClose close(String ledgerRegion, String period, LocalDate from, LocalDate to, String by,
            LocalDateTime at) {
        return jdbc.work(c -> {
            long entries;
            BigDecimal debits;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT e.entry_no), COALESCE(SUM(l.debit), 0)"
                    + " FROM journal_entry e JOIN journal_line l ON l.entry_no = e.entry_no"
                    + " WHERE e.ledger_region = ? AND e.entry_date BETWEEN ? AND ?")) {
                s.setString(1, ledgerRegion);
                s.setDate(2, Date.valueOf(from));
                s.setDate(3, Date.valueOf(to));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    entries = rs.getLong(1);
                    debits = rs.getBigDecimal(2);
                }
            }
            String lastNo = null;
            String lastHash = null;
            try (PreparedStatement s = c.prepareStatement("SELECT entry_no, hash FROM journal_entry"
                    + " WHERE ledger_region = ? AND entry_date BETWEEN ? AND ? ORDER BY chain_index DESC LIMIT 1")) {
                s.setString(1, ledgerRegion);
                s.setDate(2, Date.valueOf(from));
                s.setDate(3, Date.valueOf(to));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        lastNo = rs.getString(1);
                        lastHash = rs.getString(2);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO journal_period_close (ledger_region, period,"
                    + " closed_at, closed_by, entries, debit_total, last_entry_no, last_hash) VALUES (?,?,?,?,?,?,?,?)")) {
                s.setString(1, ledgerRegion);
                s.setString(2, period);
                s.setTimestamp(3, Timestamp.valueOf(at));
                s.setString(4, by);
                s.setLong(5, entries);
                s.setBigDecimal(6, debits);
                s.setString(7, lastNo);
                s.setString(8, lastHash);
                s.executeUpdate();
            }
            return new PeriodClose(ledgerRegion, period, at, entries, debits, lastNo, lastHash);
        });
    }

    /** Is the period ('2026-03' or '2026') of the region closed? */
    public boolean isClosed(String ledgerRegion, String period) {
        return closedAmong(ledgerRegion, List.of(period)).contains(period);
    }

    /** Which of {@code periods} ("2026-03", "2026") of the region are closed, in one query (one per posting). */
    public Set<String> closedAmong(String ledgerRegion, List<String> periods) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT period FROM journal_period_close WHERE ledger_region = ?"
                    + " AND period IN (" + String.join(", ", Collections.nCopies(periods.size(), "?")) + ")")) {
                s.setString(1, ledgerRegion);
                for (int i = 0; i < periods.size(); i++) {
                    s.setString(i + 2, periods.get(i));
                }
                Set<String> closed = new HashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        closed.add(rs.getString(1));
                    }
                }
                return closed;
            }
        });
    }

    /** Which record a balance is summed for: a fund document, an allocation or a project. */
    public enum Per {
        DOCUMENT("fund_document_id"), ALLOCATION("allocation_id"), PROJECT("project_id");

        private final String column;

        Per(String column) {
            this.column = column;
        }
    }

    /**
     * The debit balance (Σ debit − Σ credit) of an account for one record, from the lines alone — never from the
     * guard columns, which exist only to hold the limits under concurrency.
     */
    public Money debitBalance(Account account, Per per, long id) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0)"
                    + " FROM journal_line WHERE account = ? AND " + per.column + " = ?")) {
                s.setString(1, account.name());
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Money.of(rs.getBigDecimal(1));
                }
            }
        });
    }

    /**
     * A project's allocated and disbursed money by source, from its lines alone (the index on project_id): allocated
     * is what reached PROJECT_ALLOCATED and stayed in the project (still there or paid), as in the execution report.
     */
    public List<SourceBalance> projectBySource(long projectId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source, SUM(debit - credit),"
                    + " SUM(CASE WHEN account = 'PAID_TO_PAYEE' THEN debit - credit ELSE 0 END) FROM journal_line"
                    + " WHERE project_id = ? AND account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')"
                    + " GROUP BY source ORDER BY source")) {
                s.setLong(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    List<SourceBalance> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new SourceBalance(rs.getString(1), Money.of(rs.getBigDecimal(2)),
                                Money.of(rs.getBigDecimal(3))));
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * The entries with a line for the project, oldest first (by date, then by number), in one query; an entry's
     * amount is its debit total.
     */
    public List<ProjectEntry> projectEntries(long projectId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.entry_no, e.entry_date, e.kind, MIN(l.source),"
                    + " SUM(l.debit), e.reverses FROM journal_entry e JOIN journal_line l ON l.entry_no = e.entry_no"
                    + " WHERE e.entry_no IN (SELECT p.entry_no FROM journal_line p WHERE p.project_id = ?)"
                    + " GROUP BY e.entry_no, e.entry_date, e.kind, e.reverses ORDER BY e.entry_date, e.entry_no")) {
                s.setLong(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    List<ProjectEntry> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new ProjectEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                                EntryKind.valueOf(rs.getString(3)), FundSource.valueOf(rs.getString(4)),
                                Money.of(rs.getBigDecimal(5)), rs.getString(6)));
                    }
                    return rows;
                }
            }
        });
    }

    /** A fund source's balances of the two accounts money sits in once allocated (debit balances, in 元). */
    public record SourceBalance(String source, Money allocated, Money paid) {
    }

    private List<JournalEntry> select(String where, List<Object> params) {
        return jdbc.work(c -> {
            Map<String, List<JournalLine>> lines = new LinkedHashMap<>();
            Map<String, Object[]> rows = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT e.entry_no, e.ledger_region, e.year, e.seq, e.kind,"
                    + " e.entry_date, e.posted_at, e.posted_by, e.reverses, e.memo, e.particulars, e.salt, e.hash,"
                    + " e.prev_hash, e.chain_index FROM journal_entry e" + where + " ORDER BY e.chain_index")) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[15];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        row[5] = rs.getObject(6, LocalDate.class);
                        row[6] = rs.getObject(7, LocalDateTime.class);
                        rows.put(rs.getString(1), row);
                        lines.put(rs.getString(1), new ArrayList<>());
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.<JournalEntry>of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT l.entry_no, l.account, l.fund_document_id,"
                    + " l.allocation_id, l.project_id, l.source, l.asset_id, l.owner_region, l.owner_name, l.debit,"
                    + " l.credit FROM journal_line l"
                    + " JOIN journal_entry e ON e.entry_no = l.entry_no" + where + " ORDER BY l.entry_no, l.line_no")) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String source = rs.getString(6);
                        lines.get(rs.getString(1)).add(new JournalLine(Account.valueOf(rs.getString(2)),
                                rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                                source == null ? null : FundSource.valueOf(source), rs.getObject(7, Long.class),
                                rs.getString(8), rs.getString(9), Money.of(rs.getBigDecimal(10)),
                                Money.of(rs.getBigDecimal(11))));
                    }
                }
            }
            List<JournalEntry> entries = new ArrayList<>(rows.size());
            rows.forEach((no, r) -> {
                Movement m = new Movement(EntryKind.valueOf((String) r[4]), (LocalDate) r[5], lines.get(no),
                        new TreeMap<>(Particulars.read((String) r[10])), (String) r[8], (String) r[9]);
                entries.add(new JournalEntry(no, (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue(),
                        ((Number) r[14]).longValue(), m, (LocalDateTime) r[6], (String) r[7], (String) r[11], (String) r[13], (String) r[12]));
            });
            return entries;
        });
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

}
