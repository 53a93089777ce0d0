package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.project.PipelineView;
import cn.sunledger.ledger.application.project.ProjectPipeline;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline by county: the counties of the scope (one region query) and one grouped query over the
 * projects of the year by county and status, each project's planned investment summed once.
 */
@ApplicationScoped
@Transactional
public class DefaultProjectPipeline implements ProjectPipeline {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    RegionRepository regions;

    @Override
    public PipelineView pipeline(Caller caller, int year, RegionCode region) {
        AccessPolicy.require(caller, Action.VIEW_PROJECTS);
        RegionCode scope = region == null ? caller.homeRegion() : region;
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, scope);
        if (year < 2000 || year > 2100) {
            throw LedgerException.invalid("project.badYear", String.valueOf(year));
        }
        Map<String, PipelineView.Row> rows = new LinkedHashMap<>();
        for (Region county : counties(scope)) {
            rows.put(county.code().value(), PipelineView.Row.empty(county.code().value(), county.name()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT p.county_code, p.status, COUNT(*), COALESCE(SUM(f.total), 0)"
                + " FROM project p LEFT JOIN (SELECT project_id, SUM(amount) AS total FROM project_fund_share"
                + " GROUP BY project_id) f ON f.project_id = p.id"
                + " WHERE p.year = ?1 AND p.village_code LIKE ?2 AND p.status IN"
                + " ('IN_LIBRARY','PLANNED','IN_PROGRESS','COMPLETED','ACCEPTED')"
                + " GROUP BY p.county_code, p.status").setParameter(1, year).setParameter(2, scope.subtreePrefix() + "%")
                .getResultList();
        for (Object[] r : found) {
            String county = (String) r[0];
            PipelineView.Row row = rows.getOrDefault(county, PipelineView.Row.empty(county, county));
            rows.put(county, row.with(ProjectStatus.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                    new BigDecimal(r[3].toString()).setScale(2)));
        }
        PipelineView.Row total = PipelineView.Row.empty(null, null);
        for (PipelineView.Row row : rows.values()) {
            total = total.plus(row);
        }
        return new PipelineView(year, new ArrayList<>(rows.values()), total);
    }

    /** The counties a scope covers: the counties under a prefecture, or the one county containing a region. */
    private List<Region> counties(RegionCode scope) {
        if (scope.level() == RegionLevel.PREFECTURE) {
            return regions.children(scope).stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        }
        return regions.find(scope.ancestorAt(RegionLevel.COUNTY)).stream().toList();
    }
}
