package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.domain.service.region.RegionImportCheck;
import cn.sunledger.ledger.domain.service.region.RegionImportPlan;
import cn.sunledger.ledger.domain.service.region.RegionRow;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultRegionDirectory implements RegionDirectory {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    BusinessClock clock;

    @Inject
    RegionRepository regions;

    @Inject
    AuditActor auditActor;

    @Override
    public List<RegionView> roots(Caller caller) {
        AccessPolicy.require(caller, Action.VIEW_REGIONS);
        return views(regions.find(caller.homeRegion()).stream().toList());
    }

    @Override
    public List<RegionView> children(Caller caller, RegionCode parent) {
        AccessPolicy.require(caller, Action.VIEW_REGIONS, parent);
        return views(regions.children(parent));
    }

    @Override
    public RegionView get(Caller caller, RegionCode code) {
        AccessPolicy.require(caller, Action.VIEW_REGIONS, code);
        Region region = regions.find(code).orElseThrow(() -> LedgerException.notFound("region.notFound", code.value()));
        return views(List.of(region)).get(0);
    }

    @Override
    public List<RegionView> path(Caller caller, RegionCode code) {
        AccessPolicy.require(caller, Action.VIEW_REGIONS, code);
        return views(regions.path(code));
    }

    @Override
    public Map<String, String> names(Caller caller, Collection<String> codes) {
        RegionCode home = caller.homeRegion();
        List<String> visible = codes.stream().filter(RegionCode::isValid).distinct()
                .filter(c -> home.contains(RegionCode.of(c)) || RegionCode.of(c).contains(home)).toList();
        Map<String, String> names = new HashMap<>();
        if (!visible.isEmpty()) {
            regions.findAll(visible).forEach((code, region) -> names.put(code, region.name()));
        }
        return names;
    }

    @Override
    public Map<RegionLevel, Long> countsByLevel(Caller caller) {
        AccessPolicy.require(caller, Action.VIEW_REGIONS);
        Map<RegionLevel, Long> counts = new EnumMap<>(RegionLevel.class);
        for (RegionLevel level : RegionLevel.values()) {
            if (level.ordinal() >= caller.homeRegion().level().ordinal()) {
                counts.put(level, regions.countByLevel(level, caller.homeRegion()));
            }
        }
        return counts;
    }

    @Override
    public boolean demoDataLoaded() {
        return regions.anyDemo();
    }

    @Override
    public int importRegions(Caller caller, List<RegionRow> rows) {
        AccessPolicy.require(caller, Action.IMPORT_REGIONS);
        auditActor.set(caller.username(), caller.role().name());
        Set<String> codes = new HashSet<>();
        for (RegionRow r : rows) {
            addIfPresent(codes, r.code());
            addIfPresent(codes, r.parentCode());
        }
        Map<String, Region> existing = regions.findAll(codes);
        RegionImportPlan plan = new RegionImportCheck(caller.homeRegion(), existing, clock.today())
                .check(rows);
        for (RegionImportPlan.Entry e : plan.entries()) {
            Region stored = existing.get(e.code().value());
            if (stored == null) {
                regions.add(new Region(e.code(), e.name(), e.parent(), e.validFrom(), e.validTo()));
            } else {
                stored.revise(e.name(), e.validFrom(), e.validTo());
            }
        }
        return plan.entries().size();
    }

    private List<RegionView> views(List<Region> list) {
        Map<String, Long> counts = regions.childCounts(list.stream().map(r -> r.code().value()).toList());
        return list.stream().map(r -> RegionView.of(r, counts.getOrDefault(r.code().value(), 0L))).toList();
    }

    private static void addIfPresent(Set<String> codes, String code) {
        if (code != null && !code.isBlank()) {
            codes.add(code.trim());
        }
    }
}
