package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;

/** The village and natural-village choices of the project form, read through the caller's region scope. */
final class VillageChoices {

    private VillageChoices() {
    }

    /** Where the caller may draft: the clerk's own village, or the villages of a reviewer's township. */
    static List<SelectItem> forDrafting(RegionDirectory regions, Caller c) {
        RegionCode home = c.homeRegion();
        List<SelectItem> items = new ArrayList<>();
        if (home.level() == RegionLevel.VILLAGE) {
            RegionView v = regions.get(c, home);
            items.add(new SelectItem(v.code(), v.name()));
        } else if (home.level() == RegionLevel.TOWNSHIP) {
            regions.children(c, home).forEach(v -> items.add(new SelectItem(v.code(), v.name())));
        }
        return items;
    }

    /**
     * Every village of the county, labelled with its township: an adjustment may move a project to another
     * village but never out of its county.
     */
    static List<SelectItem> ofCounty(RegionDirectory regions, Caller c, RegionCode county) {
        List<SelectItem> items = new ArrayList<>();
        for (RegionView township : regions.children(c, county)) {
            for (RegionView v : regions.children(c, RegionCode.of(township.code()))) {
                items.add(new SelectItem(v.code(), township.name() + " · " + v.name()));
            }
        }
        return items;
    }

    static List<SelectItem> naturalVillages(RegionDirectory regions, Caller c, String village) {
        if (village == null || !RegionCode.isValid(village)) {
            return List.of();
        }
        return regions.children(c, RegionCode.of(village)).stream()
                .map(nv -> new SelectItem(nv.code(), nv.name() + " " + nv.code())).toList();
    }
}
