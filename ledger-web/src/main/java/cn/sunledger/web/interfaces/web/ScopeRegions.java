package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;

/** The region filter of the ledger lists: the caller's region and two levels below it, the second indented. */
final class ScopeRegions {

    private ScopeRegions() {
    }

    /** A county's townships and their villages; nothing below a natural village. */
    static List<SelectItem> of(RegionDirectory regions, Caller c) {
        List<SelectItem> items = new ArrayList<>();
        if (c.homeRegion().level() == RegionLevel.NATURAL_VILLAGE) {
            return items;
        }
        for (RegionView child : regions.children(c, c.homeRegion())) {
            items.add(new SelectItem(child.code(), child.name()));
            if (child.childCount() > 0 && RegionCode.of(child.code()).level() != RegionLevel.VILLAGE) {
                for (RegionView grandchild : regions.children(c, RegionCode.of(child.code()))) {
                    items.add(new SelectItem(grandchild.code(), "\u3000" + grandchild.name()));
                }
            }
        }
        return items;
    }
}
