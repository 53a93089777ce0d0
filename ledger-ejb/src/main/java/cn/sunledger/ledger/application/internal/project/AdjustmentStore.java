package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.domain.model.project.AdjustmentStatus;
import cn.sunledger.ledger.domain.model.project.ProjectAdjustment;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence of project adjustments (调整). */
@ApplicationScoped
public class AdjustmentStore {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    public void add(ProjectAdjustment adjustment) {
        em.persist(adjustment);
        em.flush();
    }

    public ProjectAdjustment find(long projectId, long adjustmentId) {
        ProjectAdjustment a = em.find(ProjectAdjustment.class, adjustmentId);
        if (a == null || a.projectId() != projectId) {
            throw LedgerException.notFound("project.adjustmentNotFound", String.valueOf(adjustmentId));
        }
        return a;
    }

    /** The pending adjustment of a project, locked so that two approvers cannot decide it at once. */
    public Optional<ProjectAdjustment> pending(long projectId) {
        return em.createQuery("select a from ProjectAdjustment a where a.projectId = :p and a.status = :s",
                ProjectAdjustment.class).setParameter("p", projectId).setParameter("s", AdjustmentStatus.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    public List<ProjectAdjustment> of(long projectId) {
        return em.createQuery("select a from ProjectAdjustment a where a.projectId = :p order by a.id desc",
                ProjectAdjustment.class).setParameter("p", projectId).getResultList();
    }

    /** The adjustments applied to projects of a county and year while they were in the given status. */
    public List<ProjectAdjustment> applied(String countyCode, int year, List<ProjectStatus> statuses) {
        return em.createQuery("select a from ProjectAdjustment a where a.countyCode = :c and a.year = :y"
                + " and a.status = :s and a.projectStatus in :ps order by a.decidedAt, a.id", ProjectAdjustment.class)
                .setParameter("c", countyCode).setParameter("y", year).setParameter("s", AdjustmentStatus.APPLIED)
                .setParameter("ps", statuses).getResultList();
    }
}
