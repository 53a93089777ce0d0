package cn.sunledger.ledger.application.internal.fund.notice;

import cn.sunledger.ledger.application.fund.AllocationNotices;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the 资金分配结果公告 and its due list read, in a fixed number of queries: a document's allocations per
 * project net of reversals (from the journal lines: what is allocated and not paid plus what was paid), and for a
 * region's documents the allocation entries, their reversals and the type's notices with their places in the
 * region's transparency log. That log orders journal entries and published notices of one ledger region in one
 * sequence, so "published after the allocation" is a comparison of log indexes, exact where timestamps to the
 * second would not be.
 */
@ApplicationScoped
public class AllocationResults {

    private static final String NET = "COALESCE(SUM(l.debit), 0) - COALESCE(SUM(l.credit), 0)";
    private static final String HELD = "l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')";

    @Inject
    TransactionJdbc jdbc;

    /** A fund document with its allocations' net total. */
    public record Document(long id, String docNumber, FundSource source, FundLevel level, String regionCode, int year,
            LocalDate issuedOn, Money amount, String purpose, Money allocated) {
    }

    /** What a project holds of a document, net of reversals (zero when every allocation was reversed). */
    public record ProjectShare(long projectId, String code, String name, String townshipCode, String villageCode,
            Money allocated) {
    }

    /** An allocation entry or the reversal of one: its date and its index in the ledger region's log. */
    public record Change(long documentId, LocalDate on, long logIndex) {
    }

    /** A notice of the type about a document: its status and, once published, its index in the log. */
    public record NoticeRef(long id, long documentId, String status, String noticeNo, Long logIndex) {
    }

    public List<Document> document(long id) {
        return documents(" WHERE d.id = ?", id);
    }

    /** The documents of the ledger regions under {@code regionPrefix} that have at least one allocation. */
    public List<Document> allocatedDocuments(String regionPrefix) {
        return documents(" WHERE d.region_code LIKE ? AND EXISTS (SELECT 1 FROM fund_allocation a"
                + " WHERE a.fund_document_id = d.id)", regionPrefix + "%");
    }

    public List<ProjectShare> shares(long documentId) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.code, p.name, p.township_code, p.village_code, "
                    + NET + " FROM fund_allocation a JOIN project p ON p.id = a.project_id"
                    + " LEFT JOIN journal_line l ON l.allocation_id = a.id AND " + HELD
                    + " WHERE a.fund_document_id = ? GROUP BY p.id, p.code, p.name, p.township_code, p.village_code"
                    + " ORDER BY p.code")) {
                s.setLong(1, documentId);
                List<ProjectShare> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ProjectShare(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Money.of(rs.getBigDecimal(6))));
                    }
                }
                return out;
            }
        });
    }

    /** The allocation entries of the region's documents and the reversals of those entries. */
    public List<Change> changes(String regionPrefix) {
        String from = " FROM fund_allocation a JOIN fund_document d ON d.id = a.fund_document_id";
        String log = " JOIN log_entry le ON le.entry_no = e.entry_no WHERE d.region_code LIKE ?";
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.fund_document_id, e.entry_date, le.idx" + from
                    + " JOIN journal_entry e ON e.entry_no = a.entry_no" + log
                    + " UNION ALL SELECT a.fund_document_id, e.entry_date, le.idx" + from
                    + " JOIN journal_entry e ON e.reverses = a.entry_no" + log)) {
                s.setString(1, regionPrefix + "%");
                s.setString(2, regionPrefix + "%");
                List<Change> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)));
                    }
                }
                return out;
            }
        });
    }

    /** The 资金分配结果公告 issued by the ledger regions under {@code regionPrefix}, drafts included. */
    public List<NoticeRef> notices(String regionPrefix) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT n.id, n.subject_id, n.status, n.notice_no, le.idx"
                    + " FROM notice n LEFT JOIN log_entry le ON le.notice_no = n.notice_no"
                    + " WHERE n.type = ? AND n.issuer_region_code LIKE ? ORDER BY n.id")) {
                s.setString(1, AllocationNotices.TYPE);
                s.setString(2, regionPrefix + "%");
                List<NoticeRef> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Long documentId = documentId(rs.getString(2));
                        if (documentId != null) {
                            out.add(new NoticeRef(rs.getLong(1), documentId, rs.getString(3), rs.getString(4),
                                    rs.getObject(5, Long.class)));
                        }
                    }
                }
                return out;
            }
        });
    }

    /** The subject of a notice of this type: a fund document's id, or null for anything else. */
    static Long documentId(String subjectId) {
        return subjectId != null && subjectId.matches("\\d{1,18}") ? Long.valueOf(subjectId) : null;
    }

    private List<Document> documents(String where, Object parameter) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.doc_number, d.source, d.level, d.region_code,"
                    + " d.year, d.issued_on, d.amount, d.purpose, (SELECT " + NET + " FROM journal_line l"
                    + " WHERE l.fund_document_id = d.id AND " + HELD + ") FROM fund_document d" + where
                    + " ORDER BY d.issued_on, d.id")) {
                s.setObject(1, parameter);
                return read(s);
            }
        });
    }

    private static List<Document> read(PreparedStatement s) throws SQLException {
        List<Document> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Document(rs.getLong(1), rs.getString(2), FundSource.valueOf(rs.getString(3)),
                        FundLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        rs.getObject(7, LocalDate.class), Money.of(rs.getBigDecimal(8)), rs.getString(9),
                        Money.of(rs.getBigDecimal(10))));
            }
        }
        return out;
    }

}
