package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.domain.service.region.RegionRow;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The region tree as a staff user may see it: only the subtree of the user's home region. */
public interface RegionDirectory {

    /** The top of what the caller may see: the caller's home region. */
    List<RegionView> roots(Caller caller);

    List<RegionView> children(Caller caller, RegionCode parent);

    RegionView get(Caller caller, RegionCode code);

    /** The region and its ancestors, top first (ancestors are named even above the caller's scope). */
    List<RegionView> path(Caller caller, RegionCode code);

    /**
     * The names of the given regions that the caller may see named — those in the caller's scope and the
     * caller's own ancestors — in one lookup; other and unknown codes are left out.
     */
    Map<String, String> names(Caller caller, Collection<String> codes);

    /** How many regions of each level lie in the caller's scope. */
    Map<RegionLevel, Long> countsByLevel(Caller caller);

    /** Whether the demo data is loaded (some regions are flagged demo). */
    boolean demoDataLoaded();

    /** Imports all rows or none; throws a RULE-kind refusal listing every bad row. Returns rows imported. */
    int importRegions(Caller caller, List<RegionRow> rows);
}
