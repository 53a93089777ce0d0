package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.household.HouseholdHistory;
import cn.sunledger.ledger.application.household.HouseholdHistoryView;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Asset;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A household's page ({@code household.xhtml?id=}): the household, masked as in the register, and by year what reached
 * it — the projects of its natural village, the assets whose income it shares, the payments of distribution lines to
 * it (failed attempts marked) with the year's total, and its category history. The not-found page (HTTP 404) for a
 * bad id or a household outside the caller's scope.
 */
@Named
@ViewScoped
public class HouseholdPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HouseholdHistory history;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private String id;
    private boolean notFound;
    private HouseholdHistoryView page;

    /** The view action: the household's history, or the not-found page for an id that names none the caller may read. */
    public void load() {
        if (id == null || !id.matches("\\d{1,18}")) {
            notFound();
            return;
        }
        try {
            page = history.history(caller.get(), Long.parseLong(id));
        } catch (LedgerException e) {
            if (e.kind() == LedgerException.Kind.NOT_FOUND || e.kind() == LedgerException.Kind.FORBIDDEN) {
                notFound();
            } else {
                FacesMessages.refused(e);
            }
        }
    }

    private void notFound() {
        notFound = true;
        NotFoundStatus.answer();
    }

    /** A code by its name in the page's language: a category, a purpose, a project status. */
    public String label(Object code) {
        boolean en = localeView.isEnglish();
        if (code instanceof HouseholdCategory c) {
            return en ? c.englishName() : c.chineseName();
        }
        if (code instanceof DistributionPurpose p) {
            return en ? p.englishName() : p.chineseName();
        }
        if (code instanceof ProjectStatus s) {
            return UiText.get("project.status." + s.name());
        }
        if (code instanceof Enum<?> e) {
            return UiText.get("asset." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        return code == null ? "" : code.toString();
    }

    /** An asset's standing: its operating status once it has one, else the stage of its registration. */
    public String standing(Asset a) {
        return a.status() != null ? label(a.status()) : label(a.stage());
    }

    /** Who owns an asset the household shares: the collective by name, or 本户 for the household's own. */
    public String owner(Asset a) {
        return a.ownedByHousehold() ? UiText.get("householdPage.ownHousehold") : a.ownerName();
    }

    /** "2026 年" / "2026": the year's heading (the year as digits, never grouped like a number). */
    public String yearTitle(HouseholdHistoryView.Year y) {
        return UiText.get("householdPage.year", String.valueOf(y.year()));
    }

    public String money(Money m) {
        return MoneyText.show(m);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public HouseholdHistoryView getPage() {
        return page;
    }
}
