package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;

/**
 * The {@code naturalVillageCode} of a request (an asset's place, a household's): 400 naming the field when it is no
 * natural village's code (with the caller's own message), 422 when no such region exists.
 */
public final class NaturalVillageCodes {

    private NaturalVillageCodes() {
    }

    public static RegionCode require(RegionRepository regions, String code, String notNaturalVillageKey) {
        if (code == null || !RegionCode.isValid(code) || RegionCode.of(code).level() != RegionLevel.NATURAL_VILLAGE) {
            throw Refusals.invalid("naturalVillageCode", notNaturalVillageKey, String.valueOf(code));
        }
        RegionCode place = RegionCode.of(code);
        if (regions.find(place).isEmpty()) {
            throw Refusals.rule("naturalVillageCode", "region.notFound", code);
        }
        return place;
    }
}
