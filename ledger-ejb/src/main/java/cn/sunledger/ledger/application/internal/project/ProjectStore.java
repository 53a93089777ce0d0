package cn.sunledger.ledger.application.internal.project;

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
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Page list(RegionCode scope, ProjectFilter f, int page, int size) {
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
        long total = count.getSingleResult();
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, BigDecimal> totals = new HashMap<>();
        List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, sum(f.amount) from Project p join p.fundShares f where p.id in :ids"
                    + " group by p.id", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> totals.put((Long) r[0], (BigDecimal) r[1]));
        }
        List<ProjectSummary> items = found.stream().map(r -> new ProjectSummary((Long) r[0], (String) r[1],
                (Integer) r[2], (String) r[3], (String) r[4], (ProjectStatus) r[5], (String) r[6], (String) r[7],
                (String) r[8], totals.getOrDefault((Long) r[0], BigDecimal.ZERO).setScale(2), (Boolean) r[9],
                (String) r[10], (String) r[11])).toList();
        return new Page(items, total);
    }

    public record Page(List<ProjectSummary> items, long total) {
    }
}
