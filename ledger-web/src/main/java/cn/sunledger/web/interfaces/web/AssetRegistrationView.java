package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.asset.AssetCategoryView;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.interfaces.rest.BeanChecks;
import cn.sunledger.web.interfaces.rest.dto.AssetRequests;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 登记资产 ({@code asset-register.xhtml?project=}): an asset formed from ACCEPTED projects — opened from an accepted
 * project's page with that project as its only source, or from the register with none chosen yet. Class and
 * sub-type come from the code table, the place is a natural village of the chosen projects, and the 原值 is
 * proposed from what the projects disbursed and no earlier asset carries (recomputed as the sources change).
 * Every refusal stands by the field it concerns, named by its label; nothing is saved until all pass.
 */
@Named
@ViewScoped
public class AssetRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "registerForm:";
    /** A typed share: 0 to 1 with at most four decimals (the API's own pattern). */
    private static final String SHARE = "(0(\\.\\d{1,4})?|1(\\.0{1,4})?)";
    private static final String QUANTITY = "\\d{1,16}(\\.\\d{1,2})?";

    @Inject
    BusinessClock clock;

    @Inject
    transient AssetRegister register;

    @Inject
    transient ProjectLibrary library;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BeanChecks checks;

    @Inject
    LocaleView localeView;

    private String project;
    private boolean allowed;
    private List<SelectItem> projectItems = List.of();
    private final Map<Long, ProjectView> chosenProjects = new HashMap<>();
    private List<AssetCategoryView> categories = List.of();
    private List<SelectItem> naturalVillageItems = List.of();
    private Money proposed = Money.ZERO;

    private String name;
    private AssetClass assetClass;
    private String subType;
    private String quantity;
    private String unit;
    private String naturalVillageCode;
    private LocalDate formedOn;
    private String originalValue;
    private final List<ShareRow> sources = new ArrayList<>();

    /** The view action: the accepted projects the caller may form assets from, and the given one chosen. */
    public void load() {
        allowed = AccessPolicy.roleMay(caller.get().role(), Action.REGISTER_ASSET);
        if (!allowed) {
            UiText.error("asset.registerNotAllowed");
            return;
        }
        categories = register.categories().stream().filter(AssetCategoryView::active).toList();
        List<SelectItem> items = new ArrayList<>();
        List<ProjectSummary> accepted = library.list(caller.get(), new ProjectFilter(null, ProjectStatus.ACCEPTED,
                null, null), 0, 200).items();
        Map<String, String> villages = regions.names(caller.get(),
                accepted.stream().map(ProjectSummary::villageCode).distinct().toList());
        for (ProjectSummary p : accepted) {
            items.add(new SelectItem(p.id(), p.name() + " · " + villages.getOrDefault(p.villageCode(), "")));
        }
        projectItems = items;
        formedOn = clock.today();
        Long given = project != null && project.matches("\\d{1,18}") ? Long.valueOf(project) : null;
        ShareRow first = new ShareRow();
        if (given != null && accepted.stream().anyMatch(p -> p.id() == given)) {
            first.projectId = given;
            first.share = "1";
        } else if (given != null) {
            UiText.error("asset.projectNotAcceptedHere");
        }
        sources.add(first);
        sourcesChanged();
        if (given != null && chosenProjects.containsKey(given)) {
            ProjectView p = chosenProjects.get(given);
            name = p.name().replaceFirst("项目$", "");
            quantity = p.scaleQuantity() == null ? null : p.scaleQuantity().stripTrailingZeros().toPlainString();
            unit = p.scaleUnit();
        }
    }

    /** The sources changed: the natural villages they lie in and the proposed 原值 follow. */
    public void sourcesChanged() {
        Set<String> places = new LinkedHashSet<>();
        List<SourceShare> shares = new ArrayList<>();
        for (ShareRow row : sources) {
            if (row.projectId == null) {
                continue;
            }
            ProjectView p = chosenProjects.computeIfAbsent(row.projectId, id -> library.get(caller.get(), id));
            places.addAll(p.naturalVillageCodes());
            if (row.share != null && row.share.strip().matches(SHARE)) {
                shares.add(new SourceShare(row.projectId, new BigDecimal(row.share.strip())));
            }
        }
        Map<String, String> names = regions.names(caller.get(), places);
        List<SelectItem> items = new ArrayList<>();
        for (String code : places) {
            items.add(new SelectItem(code, names.getOrDefault(code, code)));
        }
        naturalVillageItems = items;
        if (naturalVillageCode == null || !places.contains(naturalVillageCode)) {
            naturalVillageCode = places.isEmpty() ? null : places.iterator().next();
        }
        try {
            Money before = proposed;
            proposed = register.proposedValue(caller.get(), shares);
            // the proposal fills the field until the user types a figure of their own
            if (originalValue == null || originalValue.isBlank() || originalValue.equals(MoneyText.show(before))) {
                originalValue = proposed.isPositive() ? MoneyText.show(proposed) : null;
            }
        } catch (LedgerException e) {
            proposed = Money.ZERO;
        }
    }

    public void addSource() {
        sources.add(new ShareRow());
    }

    public void removeSource(ShareRow row) {
        if (sources.size() > 1) {
            sources.remove(row);
            sourcesChanged();
        }
    }

    public void classChanged() {
        subType = null;
    }

    /** The sub-types of the chosen class (all of them before a class is chosen, so the menu is never empty). */
    public List<AssetCategoryView> getSubTypes() {
        return categories.stream().filter(c -> assetClass == null || c.assetClass() == assetClass).toList();
    }

    public String subTypeLabel(AssetCategoryView c) {
        return localeView.isEnglish() && c.nameEn() != null ? c.nameEn() : c.name();
    }

    /**
     * Registers the asset: the figures typed must be figures, then the API's own checks and the register's rules;
     * on success the asset's page opens.
     */
    public String save() {
        boolean typedWell = true;
        Money value = null;
        if (originalValue != null && !originalValue.isBlank()) {
            value = MoneyText.parse(originalValue);
            if (value == null) {
                FieldErrors.at(FORM + "originalValue", UiText.get("asset.originalValue"), UiText.get("asset.amountFormat"));
                typedWell = false;
            }
        }
        if (quantity != null && !quantity.isBlank() && !quantity.strip().matches(QUANTITY)) {
            FieldErrors.at(FORM + "quantity", UiText.get("asset.quantity"), UiText.get("asset.quantityFormat"));
            typedWell = false;
        }
        for (int i = 0; i < sources.size(); i++) {
            ShareRow row = sources.get(i);
            if (row.projectId == null) {
                FieldErrors.at(FORM + "sources:" + i + ":project", UiText.get("asset.sourceProject"),
                        UiText.get("asset.required"));
                typedWell = false;
            }
            if (row.share == null || !row.share.strip().matches(SHARE)) {
                FieldErrors.at(FORM + "sources:" + i + ":share", UiText.get("asset.share"), UiText.get("asset.shareFormat"));
                typedWell = false;
            }
        }
        if (!typedWell) {
            return null;
        }
        try {
            AssetRequests.Create request = new AssetRequests.Create();
            request.name = name;
            request.assetClass = assetClass;
            request.subType = subType;
            request.quantity = quantity == null || quantity.isBlank() ? null : quantity.strip();
            request.unit = unit;
            request.naturalVillageCode = naturalVillageCode;
            request.formedOn = formedOn;
            request.originalValue = value == null ? null : value.toString();
            request.sourceProjects = new ArrayList<>();
            for (ShareRow row : sources) {
                AssetRequests.SourceProject s = new AssetRequests.SourceProject();
                s.projectId = row.projectId;
                s.share = row.share.strip();
                request.sourceProjects.add(s);
            }
            AssetView saved = register.register(caller.get(), checks.valid(request, localeView.getLocale()).toForm());
            FacesMessages.info(UiText.get("asset.registered", saved.state().name(), saved.state().code()));
            UiText.keepMessages();
            return "asset?faces-redirect=true&id=" + saved.state().id();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "registerProblems", fields());
            return null;
        }
    }

    private Map<String, String[]> fields() {
        Map<String, String[]> f = new HashMap<>();
        f.put("name", field("name", "asset.name"));
        f.put("assetClass", field("assetClass", "asset.class"));
        f.put("subType", field("subType", "asset.subType"));
        f.put("quantity", field("quantity", "asset.quantity"));
        f.put("unit", field("unit", "asset.unit"));
        f.put("naturalVillageCode", field("naturalVillage", "asset.place"));
        f.put("formedOn", field("formedOn", "asset.formedOn"));
        f.put("originalValue", field("originalValue", "asset.originalValue"));
        f.put("sourceProjects", field("sources:0:share", "asset.share"));
        for (int i = 0; i < sources.size(); i++) {
            f.put("sourceProjects[" + i + "].share", field("sources:" + i + ":share", "asset.share"));
            f.put("sourceProjects[" + i + "].projectId", field("sources:" + i + ":project", "asset.sourceProject"));
        }
        return f;
    }

    private static String[] field(String id, String labelKey) {
        return new String[] {FORM + id, UiText.get(labelKey)};
    }

    /** One source project and its share, as typed. */
    public static final class ShareRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long projectId;
        private String share;

        public Long getProjectId() {
            return projectId;
        }

        public void setProjectId(Long projectId) {
            this.projectId = projectId;
        }

        public String getShare() {
            return share;
        }

        public void setShare(String share) {
            this.share = share;
        }
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public AssetClass[] getClasses() {
        return AssetClass.values();
    }

    public List<SelectItem> getProjectItems() {
        return projectItems;
    }

    public List<SelectItem> getNaturalVillageItems() {
        return naturalVillageItems;
    }

    public Money getProposed() {
        return proposed;
    }

    public List<ShareRow> getSources() {
        return sources;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AssetClass getAssetClass() {
        return assetClass;
    }

    public void setAssetClass(AssetClass assetClass) {
        this.assetClass = assetClass;
    }

    public String getSubType() {
        return subType;
    }

    public void setSubType(String subType) {
        this.subType = subType;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getNaturalVillageCode() {
        return naturalVillageCode;
    }

    public void setNaturalVillageCode(String naturalVillageCode) {
        this.naturalVillageCode = naturalVillageCode;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    public void setFormedOn(LocalDate formedOn) {
        this.formedOn = formedOn;
    }

    public String getOriginalValue() {
        return originalValue;
    }

    public void setOriginalValue(String originalValue) {
        this.originalValue = originalValue;
    }
}
