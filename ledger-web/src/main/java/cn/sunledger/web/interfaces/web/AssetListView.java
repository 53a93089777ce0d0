package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.asset.AssetFilter;
import cn.sunledger.ledger.application.asset.AssetList;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetSummary;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * 资产台账 ({@code assets.xhtml}): the assets in the caller's scope, paged in the database, filtered by region,
 * class, status and owner level and searched by name or code, with the count and Σ原值 of every matching asset in
 * the totals row.
 */
@Named
@ViewScoped
public class AssetListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssetRegister register;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private String region;
    private AssetClass assetClass;
    private AssetStatus status;
    private OwnerLevel ownerLevel;
    private String text;

    private List<SelectItem> regionItems = List.of();
    private AssetList.Totals totals = AssetList.Totals.NONE;
    private final Assets assets = new Assets();

    @PostConstruct
    void init() {
        regionItems = ScopeRegions.of(regions, caller.get());
    }

    public void search() {
        assets.restart();
    }

    AssetFilter filter() {
        RegionCode in = region == null || region.isBlank() || !RegionCode.isValid(region) ? null : RegionCode.of(region);
        return new AssetFilter(in, assetClass, status, ownerLevel, text);
    }

    public LazyDataModel<AssetSummary> getAssets() {
        return assets;
    }

    public AssetList.Totals getTotals() {
        return totals;
    }

    public AssetClass[] getClasses() {
        return AssetClass.values();
    }

    public AssetStatus[] getStatuses() {
        return AssetStatus.values();
    }

    public OwnerLevel[] getOwnerLevels() {
        return OwnerLevel.values();
    }

    /** One page from the register; the totals of the whole filter come with it. */
    private final class Assets extends PagedDataModel<AssetSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AssetSummary> fetch(int page, int size) {
            AssetList found = register.list(caller.get(), filter(), page, size);
            totals = found.totals();
            return found.page();
        }

        @Override
        protected String key(AssetSummary a) {
            return String.valueOf(a.id());
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public AssetClass getAssetClass() {
        return assetClass;
    }

    public void setAssetClass(AssetClass assetClass) {
        this.assetClass = assetClass;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public void setStatus(AssetStatus status) {
        this.status = status;
    }

    public OwnerLevel getOwnerLevel() {
        return ownerLevel;
    }

    public void setOwnerLevel(OwnerLevel ownerLevel) {
        this.ownerLevel = ownerLevel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<SelectItem> getRegionItems() {
        return regionItems;
    }
}
