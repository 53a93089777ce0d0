package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.persistence.jpa.PagedQuery;
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;

/** The project library's persistence: one query per question, sums grouped over a whole page (no N+1). */
@ApplicationScoped
public class ProjectStore {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    public Project find(long id) {
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw LedgerException.notFound("project.notFound", String.valueOf(id));
        }
        return p;
    }

    public Project find(String subjectId) {
        try {
            return find(Long.parseLong(subjectId));
        } catch (NumberFormatException e) {
            throw LedgerException.notFound("project.notFound", subjectId);
        }
    }

    public void add(Project project) {
        em.persist(project);
        em.flush();
    }

    public void add(ProjectTransition transition) {
        em.persist(transition);
    }

    /**
     * Takes {@code count} consecutive project numbers of a county and year (gap-free, locked until the creating
     * transaction ends) and returns the first.
     */
    public int takeSequence(RegionCode county, int year, int count) {
        long first = em.unwrap(Session.class).doReturningWork(
                c -> GapFreeSequence.PROJECT.take(c, county.value(), year, count));
        return Math.toIntExact(first);
    }

    public Optional<ProjectCategory> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(ProjectCategory.class, code));
    }

    public boolean hasSubcategories(String code) {
        return !em.createQuery("select c.code from ProjectCategory c where c.parentCode = :p", String.class)
                .setParameter("p", code).setMaxResults(1).getResultList().isEmpty();
    }

    public List<ProjectCategory> categories() {
        return em.createQuery("select c from ProjectCategory c order by c.sortOrder, c.code", ProjectCategory.class)
                .getResultList();
    }

    public List<ProjectTransition> transitions(long projectId) {
        return em.createQuery("select t from ProjectTransition t where t.projectId = :p order by t.id",
                ProjectTransition.class).setParameter("p", projectId).getResultList();
    }

    public Optional<ProjectTransition> lastTransition(long projectId, ProjectAction action) {
        return em.createQuery("select t from ProjectTransition t where t.projectId = :p and t.action = :a"
                + " order by t.id desc", ProjectTransition.class).setParameter("p", projectId).setParameter("a", action)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Projects inside {@code scope} matching the filter: one count, one page query, one grouped sum. */
    public Page<ProjectSummary> list(RegionCode scope, ProjectFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where p.villageCode like :scope");
        if (f.year() != null) {
            where.append(" and p.year = :year");
        }
        if (f.status() != null) {
            where.append(" and p.status = :status");
        }
        if (f.category() != null) {
            where.append(" and (p.categoryCode = :cat or p.categoryCode like :catPrefix)");
        }
        boolean naturalVillage = f.region() != null && f.region().level() == RegionLevel.NATURAL_VILLAGE;
        if (f.region() != null) {
            where.append(naturalVillage ? " and :nv member of p.naturalVillageCodes" : " and p.villageCode like :region");
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select p.id, p.code, p.year, p.name, p.categoryCode, p.status,"
                + " p.villageCode, p.townshipCode, p.countyCode, p.emergency, p.startMonth, p.endMonth from Project p"
                + where + " order by p.id desc", Object[].class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("scope", scope.subtreePrefix() + "%");
            if (f.year() != null) {
                q.setParameter("year", f.year());
            }
            if (f.status() != null) {
                q.setParameter("status", f.status());
            }
            if (f.category() != null) {
                q.setParameter("cat", f.category()).setParameter("catPrefix", f.category() + "-%");
            }
            if (f.region() != null) {
                if (naturalVillage) {
                    q.setParameter("nv", f.region().value());
                } else {
                    q.setParameter("region", f.region().subtreePrefix() + "%");
                }
            }
        }
        Page<Object[]> found = PagedQuery.fetch(count, rows, page, size);
        Map<Long, BigDecimal> totals = new HashMap<>();
        List<Long> ids = found.items().stream().map(r -> (Long) r[0]).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, sum(f.amount) from Project p join p.fundShares f where p.id in :ids"
                    + " group by p.id", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> totals.put((Long) r[0], (BigDecimal) r[1]));
        }
        return found.map(r -> new ProjectSummary((Long) r[0], (String) r[1],
                (Integer) r[2], (String) r[3], (String) r[4], (ProjectStatus) r[5], (String) r[6], (String) r[7],
                (String) r[8], totals.getOrDefault((Long) r[0], BigDecimal.ZERO).setScale(2), (Boolean) r[9],
                (String) r[10], (String) r[11]));
    }

    /** A project of the export with its village's name (null if the village is unknown). */
    public record ExportedProject(ProjectSummary summary, String villageName) {
    }

    /** Rows the driver reads from the socket at a time while the export streams. */
    static final int EXPORT_FETCH_ROWS = 500;

    /**
     * Every project inside {@code scope} matching the filter (the same filter as {@link #list}), newest first, in
     * one forward-only query whose rows the server streams: MariaDB Connector/J 3 streams a forward-only,
     * read-only result set when a positive fetch size is set (it refuses the older driver's Integer.MIN_VALUE),
     * keeping {@value #EXPORT_FETCH_ROWS} rows in memory. The planned total and the village's name come in the same
     * row, so nothing else is asked of the connection while the rows stream (the driver would buffer the rest).
     */
    public void forEachProject(RegionCode scope, ProjectFilter f, Consumer<ExportedProject> each) {
        StringBuilder sql = new StringBuilder("SELECT p.id, p.code, p.year, p.name, p.category_code, p.status,"
                + " p.village_code, p.township_code, p.county_code, p.emergency, p.start_month, p.end_month,"
                + " (SELECT SUM(s.amount) FROM project_fund_share s WHERE s.project_id = p.id), r.name"
                + " FROM project p LEFT JOIN region r ON r.code = p.village_code WHERE p.village_code LIKE ?");
        List<Object> args = new ArrayList<>(List.of(scope.subtreePrefix() + "%"));
        if (f.year() != null) {
            sql.append(" AND p.year = ?");
            args.add(f.year());
        }
        if (f.status() != null) {
            sql.append(" AND p.status = ?");
            args.add(f.status().name());
        }
        if (f.category() != null) {
            sql.append(" AND (p.category_code = ? OR p.category_code LIKE ?)");
            args.add(f.category());
            args.add(f.category() + "-%");
        }
        if (f.region() != null && f.region().level() == RegionLevel.NATURAL_VILLAGE) {
            sql.append(" AND EXISTS (SELECT 1 FROM project_natural_village nv WHERE nv.project_id = p.id"
                    + " AND nv.natural_village_code = ?)");
            args.add(f.region().value());
        } else if (f.region() != null) {
            sql.append(" AND p.village_code LIKE ?");
            args.add(f.region().subtreePrefix() + "%");
        }
        sql.append(" ORDER BY p.id DESC");
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(EXPORT_FETCH_ROWS);
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal total = rs.getBigDecimal(13);
                        each.accept(new ExportedProject(new ProjectSummary(rs.getLong(1), rs.getString(2),
                                rs.getInt(3), rs.getString(4), rs.getString(5), ProjectStatus.valueOf(rs.getString(6)),
                                rs.getString(7), rs.getString(8), rs.getString(9),
                                (total == null ? BigDecimal.ZERO : total).setScale(2), rs.getBoolean(10),
                                rs.getString(11), rs.getString(12)), rs.getString(14)));
                    }
                }
            }
        });
    }
}
