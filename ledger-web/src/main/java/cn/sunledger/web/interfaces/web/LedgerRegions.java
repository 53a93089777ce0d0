package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledgers a caller may read, as a choice of the fund screens: a journal is kept by a county, or by the
 * prefecture for its own documents. A county's staff have their county; the prefecture's have the prefecture and
 * its counties; township and village staff have none (the county keeps the books for them).
 */
final class LedgerRegions {

    private LedgerRegions() {
    }

    static List<SelectItem> of(RegionDirectory regions, Caller c) {
        RegionCode home = c.homeRegion();
        List<SelectItem> items = new ArrayList<>();
        if (home.level() == RegionLevel.COUNTY || home.level() == RegionLevel.PREFECTURE) {
            RegionView own = regions.get(c, home);
            items.add(new SelectItem(own.code(), own.name()));
        }
        if (home.level() == RegionLevel.PREFECTURE) {
            for (RegionView county : regions.children(c, home)) {
                items.add(new SelectItem(county.code(), county.name()));
            }
        }
        return items;
    }
}
