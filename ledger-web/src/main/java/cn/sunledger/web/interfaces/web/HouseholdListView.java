package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * 农户台账 ({@code households.xhtml}): the households in the caller's scope, paged in the database and filtered by
 * region and category, ID numbers and phones masked; and 登记农户, a dialog whose refusals stand by the field's label.
 */
@Named
@ViewScoped
public class HouseholdListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HouseholdRegister register;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private String region;
    private HouseholdCategory category;
    private List<SelectItem> regionItems = List.of();
    private List<SelectItem> villageItems = List.of();
    private final Households households = new Households();

    // the registration form
    private String village;
    private String naturalVillage;
    private String headName;
    private String idNumber;
    private String phone;
    private Integer members;
    private HouseholdCategory newCategory = HouseholdCategory.ORDINARY;

    @PostConstruct
    void init() {
        Caller c = caller.get();
        regionItems = ScopeRegions.of(regions, c);
        if (AccessPolicy.roleMay(c.role(), Action.REGISTER_HOUSEHOLD)) {
            villageItems = c.homeRegion().level() == RegionLevel.COUNTY
                    ? VillageChoices.ofCounty(regions, c, c.homeRegion())
                    : VillageChoices.forDrafting(regions, c);
            if (villageItems.size() == 1) {
                village = (String) villageItems.get(0).getValue();
            }
        }
    }

    public void search() {
        households.restart();
    }

    public void villageChanged() {
        naturalVillage = null;
    }

    /** The chosen village's natural villages, by name only. */
    public List<SelectItem> getNaturalVillageItems() {
        if (village == null || !RegionCode.isValid(village)) {
            return List.of();
        }
        return regions.children(caller.get(), RegionCode.of(village)).stream()
                .map(nv -> new SelectItem(nv.code(), nv.name())).toList();
    }

    /** 登记: the household is saved, or each refusal is shown by its field and the dialog stays open. */
    public void registerHousehold() {
        try {
            HouseholdView h = register.register(caller.get(), new HouseholdForm(naturalVillage, headName, idNumber,
                    phone == null || phone.isBlank() ? null : phone.strip(), members == null ? 0 : members, newCategory));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    UiText.get("household.registered", h.householdNo(), h.headName()), null));
            headName = null;
            idNumber = null;
            phone = null;
            members = null;
            households.restart();
            // the page's message area only on success: a refusal stays in the dialog, by its fields
            PrimeFaces.current().ajax().update("messages");
            PrimeFaces.current().executeScript("PF('registerDialog').hide()");
        } catch (LedgerException e) {
            FieldErrors.refused(e, "registerForm:registerMessages", Map.of(
                    "naturalVillageCode", new String[] {"registerForm:naturalVillage", UiText.get("household.naturalVillage")},
                    "headName", new String[] {"registerForm:headName", UiText.get("household.headName")},
                    "idNumber", new String[] {"registerForm:idNumber", UiText.get("household.idNumber")},
                    "phone", new String[] {"registerForm:phone", UiText.get("household.phone")},
                    "members", new String[] {"registerForm:members", UiText.get("household.members")},
                    "category", new String[] {"registerForm:newCategory", UiText.get("household.category")}));
        }
    }

    HouseholdFilter filter() {
        RegionCode in = region == null || region.isBlank() || !RegionCode.isValid(region) ? null : RegionCode.of(region);
        return new HouseholdFilter(in, category);
    }

    /** The export link's query: the list's filters. */
    public String getExportQuery() {
        HouseholdFilter f = filter();
        return (f.region() == null ? "" : "region=" + f.region().value()) + (f.category() == null ? ""
                : (f.region() == null ? "" : "&") + "category=" + f.category().name());
    }

    public LazyDataModel<HouseholdView> getHouseholds() {
        return households;
    }

    /** A category by its name in the page's language, never its code. */
    public String label(HouseholdCategory c) {
        return c == null ? "" : localeView.isEnglish() ? c.englishName() : c.chineseName();
    }

    public HouseholdCategory[] getCategories() {
        return HouseholdCategory.values();
    }

    /** One page from the register. */
    private final class Households extends PagedDataModel<HouseholdView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<HouseholdView> fetch(int page, int size) {
            return register.list(caller.get(), filter(), page, size);
        }

        @Override
        protected String key(HouseholdView h) {
            return String.valueOf(h.id());
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public HouseholdCategory getCategory() {
        return category;
    }

    public void setCategory(HouseholdCategory category) {
        this.category = category;
    }

    public List<SelectItem> getRegionItems() {
        return regionItems;
    }

    public List<SelectItem> getVillageItems() {
        return villageItems;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getNaturalVillage() {
        return naturalVillage;
    }

    public void setNaturalVillage(String naturalVillage) {
        this.naturalVillage = naturalVillage;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public HouseholdCategory getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(HouseholdCategory newCategory) {
        this.newCategory = newCategory;
    }
}
