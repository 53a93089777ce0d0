package cn.sunledger.ledger.application.internal.asset.notice;

import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.internal.asset.AssetStore;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the asset a notice is about, through the register (so the caller's scope is checked as for its page), with
 * the names of its places; and where such a notice is posted by default: the owners' regions, the natural villages
 * of an owning village, and the asset's own natural village (domain.md §7: the owner's level and its villages).
 */
@ApplicationScoped
public class AssetNoticeSubjects {

    @Inject
    AssetRegister register;

    @Inject
    AssetStore assets;

    @Inject
    RegionRepository regions;

    /** The asset of an ASSET_HANDOVER subject (the asset's id); NOT_FOUND for anything else. */
    AssetNoticeSubject ofAsset(Caller caller, String subjectId) {
        return of(caller, parse(subjectId, "asset.notFound"));
    }

    /** The asset of an ASSET_DISPOSAL subject (the disposal's id); NOT_FOUND for an unknown disposal. */
    AssetNoticeSubject ofDisposal(Caller caller, String subjectId) {
        long disposal = parse(subjectId, "asset.disposalNotFound");
        long asset = assets.assetOfDisposal(disposal)
                .orElseThrow(() -> LedgerException.notFound("asset.disposalNotFound", subjectId));
        return of(caller, asset);
    }

    /**
     * The asset and the proposal event of an ASSET_OPERATOR_CHANGE subject ({@code <asset id>-<event seq>}); NOT_FOUND
     * unless that event proposed a change of operator.
     */
    OperatorChange ofOperatorChange(Caller caller, String subjectId) {
        int dash = subjectId == null ? -1 : subjectId.indexOf('-');
        if (dash <= 0) {
            throw LedgerException.notFound("asset.operatorChangeNotFound", String.valueOf(subjectId));
        }
        AssetNoticeSubject s = of(caller, parse(subjectId.substring(0, dash), "asset.operatorChangeNotFound"));
        String seq = subjectId.substring(dash + 1);
        AssetEvent proposal = s.asset().history().stream().filter(e -> e.kind() == AssetEventKind.OPERATOR_CHANGE_PROPOSED
                && String.valueOf(e.seq()).equals(seq)).findFirst()
                .orElseThrow(() -> LedgerException.notFound("asset.operatorChangeNotFound", subjectId));
        return new OperatorChange(s, proposal);
    }

    /** An asset and the event that proposed a change of its operator. */
    record OperatorChange(AssetNoticeSubject subject, AssetEvent proposal) {
    }

    /** The proposal event of an ASSET_OPERATOR_CHANGE subject without a caller (for the period check), or null. */
    AssetEvent operatorProposal(String subjectId) {
        int dash = subjectId == null ? -1 : subjectId.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            long asset = Long.parseLong(subjectId.substring(0, dash));
            String seq = subjectId.substring(dash + 1);
            return assets.events(asset).stream().filter(e -> e.kind() == AssetEventKind.OPERATOR_CHANGE_PROPOSED
                    && String.valueOf(e.seq()).equals(seq)).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Long assetOfDisposal(String subjectId) {
        return assets.assetOfDisposal(parse(subjectId, "asset.disposalNotFound")).orElse(null);
    }

    List<String> postingRegions(AssetView asset) {
        List<Region> natural = new ArrayList<>();
        for (Owner o : asset.owners()) {
            if (o.regionCode() != null && RegionCode.isValid(o.regionCode())
                    && RegionCode.of(o.regionCode()).level() == RegionLevel.VILLAGE) {
                natural.addAll(regions.children(RegionCode.of(o.regionCode())));
            }
        }
        return AssetNoticeSubject.postingRegions(asset, natural);
    }

    private AssetNoticeSubject of(Caller caller, long id) {
        AssetView view = register.asset(caller, id);
        Set<String> codes = new HashSet<>();
        RegionCode nv = view.state().naturalVillage();
        codes.add(nv.value());
        codes.add(nv.ancestorAt(RegionLevel.VILLAGE).value());
        codes.add(nv.ancestorAt(RegionLevel.TOWNSHIP).value());
        codes.add(nv.county().value());
        view.owners().stream().map(Owner::regionCode).filter(c -> c != null).forEach(codes::add);
        return new AssetNoticeSubject(view, regions.findAll(codes));
    }

    private static long parse(String subjectId, String notFoundKey) {
        try {
            return Long.parseLong(subjectId);
        } catch (NumberFormatException | NullPointerException e) {
            throw LedgerException.notFound(notFoundKey, String.valueOf(subjectId));
        }
    }
}
