package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.fund.ReportTarget;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    LedgerSumsMemo memo;

    /**
     * The money of the fund documents of {@code year} in the projects located in {@code region}, from the lines of
     * entries dated up to {@code asOf}. Such money is posted in the ledgers within the region or above it (a project
     * receives money only from documents of regions that contain it); each ledger's sums are read in one pass over
     * the report index (V27), grouped as they are read, or taken from {@link LedgerSumsMemo}: as held while the ledger
     * has no new entry, else advanced by the lines of the entries posted since. The projects' names, places and
     * categories are read fresh, and decide which sums are the region's.
     */
    public FundFlows flows(RegionCode region, int year, LocalDate asOf) {
        return jdbc.work(c -> {
            Map<Long, Map<FundSource, Money[]>> byProject = new HashMap<>();
            for (Map.Entry<String, Long> ledger : ledgersHolding(c, region).entrySet()) {
                String ledgerRegion = ledger.getKey();
                LedgerSums sums = memo.sums(new LedgerSumsMemo.Key(ledgerRegion, ledger.getValue(), year, asOf),
                        () -> {
                            LedgerSums read = ledgerSums(c, ledgerRegion, year, asOf);
                            // the count again: unchanged, the sums are those of exactly that many entries
                            return new LedgerSumsMemo.Read(read, entries(c, ledgerRegion));
                        }, (from, to) -> changes(c, ledgerRegion, from, to, year, asOf));
                for (LedgerSums.Sum sum : sums.sums()) {
                    Money[] total = byProject.computeIfAbsent(sum.projectId(), k -> new EnumMap<>(FundSource.class))
                            .computeIfAbsent(sum.source(), k -> new Money[] {Money.ZERO, Money.ZERO});
                    total[0] = total[0].plus(sum.allocated());
                    total[1] = total[1].plus(sum.paid());
                }
            }
            List<FundFlows.Row> rows = new ArrayList<>();
            for (ProjectFacts p : projectFacts(c, region)) {
                Map<FundSource, Money[]> money = byProject.get(p.id());
                if (money != null) {
                    money.forEach((source, total) -> rows.add(new FundFlows.Row(source, p.id(),
                            p.code(), p.name(), p.townshipCode(), p.countyCode(), p.topCategoryCode(),
                            p.topCategoryName(), total[0], total[1])));
                }
            }
            rows.sort(Comparator.comparing(FundFlows.Row::projectCode).thenComparing(FundFlows.Row::source));
            return new FundFlows(rows);
        });
    }

    /**
     * The ledger regions that may hold money of projects in {@code region} — those within it, and the county and
     * prefecture above it — with the number of entries each has now (journal_chain_head).
     */
    private static Map<String, Long> ledgersHolding(Connection c, RegionCode region) throws SQLException {
        Set<String> above = new LinkedHashSet<>();
        for (RegionLevel level : List.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY)) {
            if (level.ordinal() < region.level().ordinal()) {
                above.add(region.ancestorAt(level).value());
            }
        }
        String sql = "SELECT ledger_region, entries FROM journal_chain_head WHERE ledger_region LIKE ?"
                + above.stream().map(a -> " OR ledger_region = ?").collect(Collectors.joining());
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, region.subtreePrefix() + "%");
            int i = 2;
            for (String a : above) {
                s.setString(i++, a);
            }
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Long> ledgers = new LinkedHashMap<>();
                while (rs.next()) {
                    ledgers.put(rs.getString(1), rs.getLong(2));
                }
                return ledgers;
            }
        }
    }

    private static LedgerSums ledgerSums(Connection c, String ledgerRegion, int year, LocalDate asOf)
            throws SQLException {
        // one range of the report index, read in (project, source) order: grouped as it is read, no temporary table
        String sql = "SELECT l.project_id, l.source, SUM(l.debit - l.credit),"
                + " COALESCE(SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END), 0)"
                + " FROM journal_line l FORCE INDEX (ix_journal_line_report)"
                + " WHERE l.doc_year = ? AND l.ledger_region = ? AND l.entry_date <= ?"
                + " AND l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')"
                + " GROUP BY l.project_id, l.source";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, year);
            s.setString(2, ledgerRegion);
            s.setDate(3, Date.valueOf(asOf));
            try (ResultSet rs = s.executeQuery()) {
                List<LedgerSums.Sum> sums = new ArrayList<>();
                while (rs.next()) {
                    sums.add(new LedgerSums.Sum(rs.getLong(1), FundSource.valueOf(rs.getString(2)),
                            Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4))));
                }
                return new LedgerSums(sums);
            }
        }
    }

    private record ProjectFacts(long id, String code, String name, String villageCode, String townshipCode,
            String countyCode, String topCategoryCode, String topCategoryName) {
    }

    /**
     * Code, name, place and top-level category of every project located in the region, in one statement over the
     * place's index: the report keeps those that have money. (Reading the 20,000 projects of a county by primary key,
     * in IN lists of 1,000, took five to ten times as long as this one range.)
     */
    private static List<ProjectFacts> projectFacts(Connection c, RegionCode region) throws SQLException {
        String sql = "SELECT p.id, p.code, p.name, p.village_code, p.township_code, p.county_code, top.code,"
                + " top.name FROM project p JOIN project_category c ON c.code = p.category_code"
                + " JOIN project_category top ON top.code = COALESCE(c.parent_code, c.code)"
                + " WHERE p.village_code LIKE ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, region.subtreePrefix() + "%");
            try (ResultSet rs = s.executeQuery()) {
                List<ProjectFacts> facts = new ArrayList<>();
                while (rs.next()) {
                    facts.add(new ProjectFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
                return facts;
            }
        }
    }

    /** How many entries the ledger region's chain has now. */
    private static long entries(Connection c, String ledgerRegion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT entries FROM journal_chain_head WHERE ledger_region = ?")) {
            s.setString(1, ledgerRegion);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * What the ledger's entries at places {@code from} ≤ i &lt; {@code to} of its chain moved for the year's documents
     * by the day, per (project, source), signed: the same sums as {@link #ledgerSums}, over those entries' lines only
     * (found by the chain's unique index, then each entry's lines by their primary key).
     */
    private static List<LedgerSums.Change> changes(Connection c, String ledgerRegion, long from, long to, int year,
            LocalDate asOf) throws SQLException {
        String sql = "SELECT l.project_id, l.source, SUM(l.debit - l.credit),"
                + " COALESCE(SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END), 0)"
                + " FROM journal_entry e JOIN journal_line l ON l.entry_no = e.entry_no"
                + " WHERE e.ledger_region = ? AND e.chain_index >= ? AND e.chain_index < ?"
                + " AND l.doc_year = ? AND l.ledger_region = ? AND l.entry_date <= ?"
                + " AND l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')"
                + " GROUP BY l.project_id, l.source";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, ledgerRegion);
            s.setLong(2, from);
            s.setLong(3, to);
            s.setInt(4, year);
            s.setString(5, ledgerRegion);
            s.setDate(6, Date.valueOf(asOf));
            try (ResultSet rs = s.executeQuery()) {
                List<LedgerSums.Change> changes = new ArrayList<>();
                while (rs.next()) {
                    changes.add(new LedgerSums.Change(rs.getLong(1), FundSource.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }
                return changes;
            }
        }
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
                + "  OR p.id IN (SELECT l.project_id FROM journal_line l"
                + "   WHERE l.doc_year = ? AND l.account = 'PROJECT_ALLOCATED' AND l.entry_date <= ?))"
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
