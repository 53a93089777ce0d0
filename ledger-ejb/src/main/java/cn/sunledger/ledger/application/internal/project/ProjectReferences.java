package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** What a written record refers to exists: its category is a leaf of the table, its natural villages exist. */
@ApplicationScoped
public class ProjectReferences {

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    public void check(ProjectDetails d) {
        ProjectCategory category = projects.category(d.categoryCode())
                .orElseThrow(() -> LedgerException.rule("project.unknownCategory", String.valueOf(d.categoryCode())));
        if (projects.hasSubcategories(category.code())) {
            throw LedgerException.rule("project.categoryNotLeaf", category.code());
        }
        Map<String, Region> found = regions.findAll(d.naturalVillages().stream().map(RegionCode::value).toList());
        for (RegionCode nv : d.naturalVillages()) {
            Region r = found.get(nv.value());
            if (r == null || r.level() != RegionLevel.NATURAL_VILLAGE) {
                throw LedgerException.rule("project.unknownNaturalVillage", nv.value());
            }
        }
    }
}
