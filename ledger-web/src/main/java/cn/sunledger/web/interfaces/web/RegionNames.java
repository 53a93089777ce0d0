package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names the regions a notice is posted to, as far as the caller may see them: the caller's own region and
 * those above it and those inside the caller's jurisdiction, in one lookup. A region outside both keeps its
 * code only.
 */
final class RegionNames {

    private RegionNames() {
    }

    static List<Place> of(RegionDirectory regions, Caller caller, Collection<String> codes) {
        Map<String, String> names = regions.names(caller, codes);
        return codes.stream().sorted().map(code -> new Place(code, names.get(code))).toList();
    }
}
