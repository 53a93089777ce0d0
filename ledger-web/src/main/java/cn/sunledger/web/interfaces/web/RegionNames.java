package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the regions a notice is posted to, as far as the caller may see them: the caller's own region and
 * those above it (named by the region directory's path) and those inside the caller's jurisdiction. A region
 * outside both keeps its code only.
 */
final class RegionNames {

    private RegionNames() {
    }

    static List<Place> of(RegionDirectory regions, Caller caller, Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (RegionView r : regions.path(caller, caller.homeRegion())) {
            names.put(r.code(), r.name());
        }
        return codes.stream().sorted().map(code -> new Place(code, names.containsKey(code) ? names.get(code)
                : inScopeName(regions, caller, code))).toList();
    }

    private static String inScopeName(RegionDirectory regions, Caller caller, String code) {
        if (!RegionCode.isValid(code) || !caller.homeRegion().contains(RegionCode.of(code))) {
            return null;
        }
        try {
            return regions.get(caller, RegionCode.of(code)).name();
        } catch (LedgerException e) {
            return null;
        }
    }
}
