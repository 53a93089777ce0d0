package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.fund.ReportTarget;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the fund reports read: the (source, project) sums of journal lines, the projects' planned investment, and
 * the report targets (V22, entities so that Envers audits each revision). The sums are read from the lines only,
 * never from the guard columns of fund_document and fund_allocation.
 */
@ApplicationScoped
public class FundReportStore {

    private static final String IN_LIBRARY = "'IN_LIBRARY', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED'";

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    TransactionJdbc jdbc;

    /**
     * The money of the fund documents of {@code year} in the projects located under {@code regionPrefix}, from the
     * lines of entries dated up to {@code asOf}: one scan of the lines, grouped by source and project, then each
     * group joined to its project and category.
     */
    public FundFlows flows(String regionPrefix, int year, LocalDate asOf) {
        String sql = "SELECT f.source, f.project_id, p.code, p.name, p.township_code, p.county_code, top.code, top.name,"
                + " f.allocated, f.paid FROM ("
                + "  SELECT l.source, l.project_id,"
                + "   COALESCE(SUM(l.debit - l.credit), 0) AS allocated,"
                + "   COALESCE(SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END), 0) AS paid"
                + "  FROM journal_line l JOIN journal_entry e ON e.entry_no = l.entry_no"
                + "  JOIN fund_document d ON d.id = l.fund_document_id"
                + "  JOIN project p0 ON p0.id = l.project_id"
                + "  WHERE p0.village_code LIKE ? AND d.year = ? AND e.entry_date <= ?"
                + "  AND l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')"
                + "  GROUP BY l.source, l.project_id) f"
                + " JOIN project p ON p.id = f.project_id"
                + " JOIN project_category c ON c.code = p.category_code"
                + " JOIN project_category top ON top.code = COALESCE(c.parent_code, c.code)"
                + " ORDER BY p.code, f.source";
        return new FundFlows(jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, regionPrefix + "%");
                s.setInt(2, year);
                s.setDate(3, Date.valueOf(asOf));
                try (ResultSet rs = s.executeQuery()) {
                    List<FundFlows.Row> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new FundFlows.Row(FundSource.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                Money.of(rs.getBigDecimal(9)), Money.of(rs.getBigDecimal(10))));
                    }
                    return rows;
                }
            }
        }));
    }

    /** A project's planned investment from one source (项目资金来源). */
    public record PlannedShare(long projectId, String projectCode, String projectName, FundSource source,
            Money amount) {
    }

    /**
     * The planned investment by source of the library projects of {@code year} located under the prefix and of any
     * project the year's documents reached by {@code asOf}.
     */
    public List<PlannedShare> planned(String regionPrefix, int year, LocalDate asOf) {
        String sql = "SELECT p.id, p.code, p.name, s.source, SUM(s.amount) FROM project p"
                + " JOIN project_fund_share s ON s.project_id = p.id"
                + " WHERE p.village_code LIKE ? AND ((p.year = ? AND p.status IN (" + IN_LIBRARY + "))"
                + "  OR p.id IN (SELECT l.project_id FROM journal_line l JOIN journal_entry e ON e.entry_no = l.entry_no"
                + "   JOIN fund_document d ON d.id = l.fund_document_id"
                + "   WHERE l.account = 'PROJECT_ALLOCATED' AND d.year = ? AND e.entry_date <= ?))"
                + " GROUP BY p.id, p.code, p.name, s.source ORDER BY p.code, s.source";
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, regionPrefix + "%");
                s.setInt(2, year);
                s.setInt(3, year);
                s.setDate(4, Date.valueOf(asOf));
                try (ResultSet rs = s.executeQuery()) {
                    List<PlannedShare> shares = new ArrayList<>();
                    while (rs.next()) {
                        shares.add(new PlannedShare(rs.getLong(1), rs.getString(2), rs.getString(3),
                                FundSource.valueOf(rs.getString(4)), Money.of(rs.getBigDecimal(5))));
                    }
                    return shares;
                }
            }
        });
    }

    /** The targets set for a year by any of the regions, in no particular order. */
    public List<ReportTarget> targets(int year, Collection<String> regionCodes) {
        return em.createQuery("SELECT t FROM ReportTarget t WHERE t.year = :year AND t.regionCode IN :codes",
                ReportTarget.class).setParameter("year", year).setParameter("codes", regionCodes).getResultList();
    }

    /** A region's own row for the year, locked so that two revisions in a row cannot both read the old one. */
    public Optional<ReportTarget> ownTarget(String regionCode, int year) {
        return em.createQuery("SELECT t FROM ReportTarget t WHERE t.year = :year AND t.regionCode = :code",
                ReportTarget.class).setParameter("year", year).setParameter("code", regionCode)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<ReportTarget> target(long id) {
        return Optional.ofNullable(em.find(ReportTarget.class, id));
    }

    public void add(ReportTarget target) {
        em.persist(target);
    }

}
