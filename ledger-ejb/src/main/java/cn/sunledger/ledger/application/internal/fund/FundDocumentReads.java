package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.fund.AllocationView.DisbursementView;
import cn.sunledger.ledger.application.fund.AllocationView;
import cn.sunledger.ledger.application.fund.FundDocumentFilter;
import cn.sunledger.ledger.application.fund.FundDocumentList.Totals;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.application.fund.ProjectChoice;
import cn.sunledger.ledger.application.internal.fund.FundStore.DocumentRow;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fund screens read of documents and allocations, each a bounded number of queries whatever the size of
 * the ledger: a page of documents with its figures summed from the lines of that page's documents only, the
 * filter's totals in two aggregate queries, a document's allocations and payments in three, and the projects the
 * allocation picker offers, at most a screenful.
 */
@ApplicationScoped
public class FundDocumentReads {

    /** The lines' balances that a document's, or an allocation's, derived figures are made of. */
    private static final String FIGURES = "COALESCE(SUM(CASE WHEN l.account = 'DOCUMENT_AVAILABLE' THEN l.debit - l.credit END), 0),"
            + " COALESCE(SUM(CASE WHEN l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE') THEN l.debit - l.credit END), 0),"
            + " COALESCE(SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END), 0)";

    private static final String DOCUMENT_COLUMNS = "d.id, d.doc_number, d.source, d.level, d.region_code, d.year,"
            + " d.issued_on, d.amount, d.purpose, d.unallocated, d.entry_no";

    @Inject
    TransactionJdbc jdbc;

    /** A document's figures from its lines: what remains to allocate, what reached projects, what was paid. */
    public record Figures(Money remaining, Money allocated, Money disbursed) {
        static final Figures NONE = new Figures(Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** One page of the documents in {@code scope} that match the filter, newest first. */
    public Page<DocumentRow> documents(RegionCode scope, FundDocumentFilter f, int page, int size) {
        return jdbc.work(c -> {
            long total = where(new SqlQuery().append("SELECT COUNT(*) FROM fund_document d"), scope, f)
                    .single(c, rs -> rs.getLong(1));
            long first = (long) page * size;
            if (first >= total) {
                return new Page<DocumentRow>(List.of(), total);
            }
            List<DocumentRow> rows = where(new SqlQuery().append("SELECT " + DOCUMENT_COLUMNS + " FROM fund_document d"),
                    scope, f).append(" ORDER BY d.issued_on DESC, d.id DESC LIMIT ? OFFSET ?", size, first)
                    .list(c, FundDocumentReads::document);
            return new Page<>(rows, total);
        });
    }

    /** The totals of every document the filter matches: the amounts, and the lines' figures in one sum. */
    public Totals totals(RegionCode scope, FundDocumentFilter f) {
        return jdbc.work(c -> {
            Money amount = where(new SqlQuery().append("SELECT COALESCE(SUM(d.amount), 0) FROM fund_document d"),
                    scope, f).single(c, rs -> Money.of(rs.getBigDecimal(1)));
            Figures sums = where(new SqlQuery().append("SELECT " + FIGURES
                    + " FROM journal_line l JOIN fund_document d ON d.id = l.fund_document_id"), scope, f)
                    .single(c, FundDocumentReads::figures);
            return new Totals(amount, sums.allocated(), sums.disbursed(), sums.remaining());
        });
    }

    /** The figures of each of the documents, in one grouped query over their lines. */
    public Map<Long, Figures> figures(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.work(c -> {
            Map<Long, Figures> out = new HashMap<>();
            new SqlQuery().append("SELECT l.fund_document_id, " + FIGURES + " FROM journal_line l WHERE ")
                    .in("l.fund_document_id", documentIds).append(" GROUP BY l.fund_document_id")
                    .list(c, rs -> out.put(rs.getLong(1), new Figures(Money.of(rs.getBigDecimal(2)),
                            Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4)))));
            documentIds.forEach(id -> out.putIfAbsent(id, Figures.NONE));
            return out;
        });
    }

    /**
     * A document's allocations, oldest first, each with its project, what its lines say was paid and remains, the
     * entry that reversed it, and its payments (with theirs).
     */
    public List<AllocationView> allocations(long documentId) {
        return jdbc.work(c -> {
            Map<Long, Money[]> balances = new HashMap<>();
            new SqlQuery().append("SELECT l.allocation_id,"
                    + " COALESCE(SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END), 0),"
                    + " COALESCE(SUM(CASE WHEN l.account = 'PROJECT_ALLOCATED' THEN l.debit - l.credit END), 0)"
                    + " FROM journal_line l WHERE l.fund_document_id = ? AND l.allocation_id IS NOT NULL"
                    + " GROUP BY l.allocation_id", documentId)
                    .list(c, rs -> balances.put(rs.getLong(1), new Money[] {Money.of(rs.getBigDecimal(2)),
                            Money.of(rs.getBigDecimal(3))}));
            Map<Long, List<DisbursementView>> payments = new HashMap<>();
            new SqlQuery().append("SELECT s.allocation_id, s.id, s.amount, s.payee, s.voucher_no, s.paid_on, s.entry_no,"
                    + " r.entry_no FROM fund_disbursement s JOIN fund_allocation a ON a.id = s.allocation_id"
                    + " LEFT JOIN journal_entry r ON r.reverses = s.entry_no WHERE a.fund_document_id = ?"
                    + " ORDER BY s.id", documentId)
                    .list(c, rs -> payments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DisbursementView(rs.getLong(2), Money.of(rs.getBigDecimal(3)), rs.getString(4),
                                    rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                                    rs.getString(8))));
            return new SqlQuery().append("SELECT a.id, a.project_id, p.code, p.name, p.village_code, p.status, a.amount,"
                    + " a.allocated_on, a.entry_no, r.entry_no FROM fund_allocation a JOIN project p ON p.id = a.project_id"
                    + " LEFT JOIN journal_entry r ON r.reverses = a.entry_no WHERE a.fund_document_id = ? ORDER BY a.id",
                    documentId).list(c, rs -> {
                        long id = rs.getLong(1);
                        Money[] b = balances.getOrDefault(id, new Money[] {Money.ZERO, Money.ZERO});
                        return new AllocationView(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                ProjectStatus.valueOf(rs.getString(6)), Money.of(rs.getBigDecimal(7)),
                                rs.getObject(8, LocalDate.class), b[0], b[1], rs.getString(9), rs.getString(10),
                                List.copyOf(payments.getOrDefault(id, List.of())));
                    });
        });
    }

    /**
     * Up to {@code limit} projects in both subtrees (the document's region and the caller's) that funds may be
     * allocated to — in the library or further along — whose name or code contains the text, by code.
     */
    public List<ProjectChoice> allocatableProjects(RegionCode documentRegion, RegionCode scope, String text, int limit) {
        List<String> statuses = Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::isInLibrary)
                .map(Enum::name).toList();
        return jdbc.work(c -> {
            SqlQuery q = new SqlQuery().append("SELECT id, code, name, village_code, status FROM project"
                    + " WHERE village_code LIKE ? AND village_code LIKE ? AND ",
                    documentRegion.subtreePrefix() + "%", scope.subtreePrefix() + "%").in("status", statuses);
            if (text != null && !text.isBlank()) {
                String like = SqlQuery.containing(text.strip());
                q.append(" AND (name LIKE ? OR code LIKE ?)", like, like);
            }
            return q.append(" ORDER BY code LIMIT ?", limit).list(c, rs -> new ProjectChoice(rs.getLong(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), ProjectStatus.valueOf(rs.getString(5))));
        });
    }

    /** Up to {@code limit} projects of the subtree that a ledger region's documents allocated to, by name or code. */
    public List<ProjectChoice> fundedProjects(String ledgerRegion, RegionCode scope, String text, int limit) {
        return jdbc.work(c -> {
            SqlQuery q = new SqlQuery().append("SELECT p.id, p.code, p.name, p.village_code, p.status FROM project p"
                    + " WHERE p.village_code LIKE ? AND EXISTS (SELECT 1 FROM fund_allocation a JOIN fund_document d"
                    + " ON d.id = a.fund_document_id WHERE a.project_id = p.id AND d.region_code = ?)",
                    scope.subtreePrefix() + "%", ledgerRegion);
            if (text != null && !text.isBlank()) {
                String like = SqlQuery.containing(text.strip());
                q.append(" AND (p.name LIKE ? OR p.code LIKE ?)", like, like);
            }
            return q.append(" ORDER BY p.code LIMIT ?", limit).list(c, rs -> new ProjectChoice(rs.getLong(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), ProjectStatus.valueOf(rs.getString(5))));
        });
    }

    /** The conditions of the document list, shared by its count, its page and its totals. */
    private static SqlQuery where(SqlQuery q, RegionCode scope, FundDocumentFilter f) {
        q.append(" WHERE d.region_code LIKE ?", scope.subtreePrefix() + "%");
        if (f.region() != null) {
            q.append(" AND d.region_code LIKE ?", f.region().subtreePrefix() + "%");
        }
        if (f.year() != null) {
            q.append(" AND d.year = ?", f.year());
        }
        if (f.source() != null) {
            q.append(" AND d.source = ?", f.source().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = SqlQuery.containing(f.text().strip());
            q.append(" AND (d.doc_number LIKE ? OR d.purpose LIKE ?)", like, like);
        }
        return q;
    }

    private static DocumentRow document(ResultSet rs) throws SQLException {
        return new DocumentRow(rs.getLong(1), rs.getString(2), FundSource.valueOf(rs.getString(3)),
                FundLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class),
                Money.of(rs.getBigDecimal(8)), rs.getString(9), Money.of(rs.getBigDecimal(10)), rs.getString(11));
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(Money.of(rs.getBigDecimal(1)), Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3)));
    }

}
