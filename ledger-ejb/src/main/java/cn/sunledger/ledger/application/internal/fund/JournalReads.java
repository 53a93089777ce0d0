package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.fund.JournalEntryView;
import cn.sunledger.ledger.application.fund.JournalFilter;
import cn.sunledger.ledger.application.fund.PeriodStatus;
import cn.sunledger.ledger.domain.model.fund.Account;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal as its screen pages through it: one page of a region-year's entries (newest first) matching the
 * filter, in four queries — the count, the page's entries, their lines and the entries that reversed them —
 * whatever the size of the journal; and the open and closed periods of a region's year.
 */
@ApplicationScoped
public class JournalReads {

    @Inject
    TransactionJdbc jdbc;

    /** A page of entries; {@code postedBy} is the poster's name as staff know them. */
    public Page<JournalEntryView> page(JournalFilter f, int page, int size) {
        return jdbc.work(c -> {
            long total = where(new SqlQuery().append("SELECT COUNT(*) FROM journal_entry e"), f)
                    .single(c, rs -> rs.getLong(1));
            long first = (long) page * size;
            if (first >= total) {
                return new Page<JournalEntryView>(List.of(), total);
            }
            Map<String, Object[]> rows = new LinkedHashMap<>();
            // the screen shows who posted by name: the user's display name, or the username of one since removed
            where(new SqlQuery().append("SELECT e.entry_no, e.kind, e.entry_date, e.posted_at,"
                    + " COALESCE(u.display_name, e.posted_by), e.particulars, e.reverses, e.memo, e.hash, e.prev_hash"
                    + " FROM journal_entry e LEFT JOIN app_user u ON u.username = e.posted_by"), f)
                    .append(" ORDER BY e.seq DESC LIMIT ? OFFSET ?", size, first).list(c, rs -> rows.put(rs.getString(1),
                            new Object[] {EntryKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDateTime.class), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)}));
            Map<String, List<JournalLine>> lines = new HashMap<>();
            new SqlQuery().append("SELECT l.entry_no, l.account, l.fund_document_id, l.allocation_id, l.project_id,"
                    + " l.source, l.debit, l.credit FROM journal_line l WHERE ").in("l.entry_no", rows.keySet())
                    .append(" ORDER BY l.entry_no, l.line_no")
                    .list(c, rs -> lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new JournalLine(Account.valueOf(rs.getString(2)), rs.getLong(3),
                                    rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                                    FundSource.valueOf(rs.getString(6)), Money.of(rs.getBigDecimal(7)),
                                    Money.of(rs.getBigDecimal(8)))));
            Map<String, String> reversedBy = new HashMap<>();
            new SqlQuery().append("SELECT reverses, entry_no FROM journal_entry WHERE ").in("reverses", rows.keySet())
                    .list(c, rs -> reversedBy.put(rs.getString(1), rs.getString(2)));
            List<JournalEntryView> entries = new ArrayList<>(rows.size());
            rows.forEach((no, r) -> entries.add(new JournalEntryView(no, (EntryKind) r[0], (LocalDate) r[1],
                    (LocalDateTime) r[2], (String) r[3], List.copyOf(lines.getOrDefault(no, List.of())),
                    new TreeMap<>(Particulars.read((String) r[4])), (String) r[5], reversedBy.get(no), (String) r[6],
                    (String) r[7], (String) r[8])));
            return new Page<>(entries, total);
        });
    }

    /** The twelve months of the year and the year itself, each open or closed with what closing recorded. */
    public List<PeriodStatus> periods(String ledgerRegion, int year) {
        return jdbc.work(c -> {
            Map<String, PeriodStatus> closed = new HashMap<>();
            new SqlQuery().append("SELECT period, closed_at, entries, debit_total, last_entry_no, last_hash"
                    + " FROM journal_period_close WHERE ledger_region = ? AND (period = ? OR period LIKE ?)",
                    ledgerRegion, String.valueOf(year), year + "-%")
                    .list(c, rs -> closed.put(rs.getString(1), new PeriodStatus(rs.getString(1), true,
                            rs.getObject(2, LocalDateTime.class), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5),
                            rs.getString(6))));
            List<PeriodStatus> periods = new ArrayList<>(13);
            for (int m = 1; m <= 12; m++) {
                String month = YearMonth.of(year, m).toString();
                periods.add(closed.getOrDefault(month, open(month)));
            }
            periods.add(closed.getOrDefault(String.valueOf(year), open(String.valueOf(year))));
            return periods;
        });
    }

    private static PeriodStatus open(String period) {
        return new PeriodStatus(period, false, null, null, null, null, null);
    }

    private static SqlQuery where(SqlQuery q, JournalFilter f) {
        q.append(" WHERE e.ledger_region = ? AND e.year = ?", f.regionCode(), f.year());
        if (f.month() != null) {
            YearMonth month = YearMonth.of(f.year(), f.month());
            q.append(" AND e.entry_date BETWEEN ? AND ?", month.atDay(1), month.atEndOfMonth());
        }
        if (f.kind() != null) {
            q.append(" AND e.kind = ?", f.kind().name());
        }
        if (f.projectId() != null) {
            q.append(" AND EXISTS (SELECT 1 FROM journal_line x WHERE x.entry_no = e.entry_no AND x.project_id = ?)",
                    f.projectId());
        }
        if (f.documentId() != null) {
            q.append(" AND EXISTS (SELECT 1 FROM journal_line x WHERE x.entry_no = e.entry_no"
                    + " AND x.fund_document_id = ?)", f.documentId());
        }
        return q;
    }

}
