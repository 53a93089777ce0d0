package cn.sunledger.ledger.domain.model.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> find(RegionCode code);

    /** The regions among {@code codes} that exist, by code. */
    Map<String, Region> findAll(Collection<String> codes);

    List<Region> children(RegionCode parent);

    List<Region> roots();

    /** How many children each of the given regions has (regions without children are absent). */
    Map<String, Long> childCounts(Collection<String> parentCodes);

    /** The region and its ancestors, top first. */
    List<Region> path(RegionCode code);

    long countByLevel(RegionLevel level, RegionCode within);

    /** Whether any region is flagged as demo data (the installation runs with the demo loaded). */
    boolean anyDemo();

    void add(Region region);
}
