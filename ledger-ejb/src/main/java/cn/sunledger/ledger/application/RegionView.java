package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import java.time.LocalDate;

/** A region as the interfaces show it, with how many children it has (to draw the tree lazily). */
public record RegionView(String code, String name, RegionLevel level, String parentCode, LocalDate validFrom,
        LocalDate validTo, boolean demo, String supervisionHotline, long childCount) {

    public static RegionView of(Region r, long childCount) {
        return new RegionView(r.code().value(), r.name(), r.level(),
                r.parentCode() == null ? null : r.parentCode().value(), r.validFrom(), r.validTo(), r.isDemo(),
                r.supervisionHotline(), childCount);
    }
}
