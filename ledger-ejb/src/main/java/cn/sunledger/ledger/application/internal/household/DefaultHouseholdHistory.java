package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.HouseholdHistory;
import cn.sunledger.ledger.application.household.HouseholdHistoryView;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Asset;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.CategoryChange;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Payment;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Project;
import cn.sunledger.ledger.application.household.HouseholdHistoryView.Year;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A household's page, assembled from the register (which decides who may read the household: the same check and
 * the same masked view as its own page) and the bounded reads of {@link HouseholdHistoryStore}, grouped by year.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultHouseholdHistory implements HouseholdHistory {

    @Inject
    HouseholdRegister register;

    @Inject
    HouseholdHistoryStore store;

    @Inject
    RegionRepository regions;

    @Override
    public HouseholdHistoryView history(Caller caller, long householdId) {
        HouseholdView h = register.household(caller, householdId);
        RegionCode village = RegionCode.of(h.naturalVillageCode()).ancestorAt(RegionLevel.VILLAGE);
        List<Project> projects = store.projects(h.naturalVillageCode());
        List<Asset> assets = store.assets(village.value(), h.naturalVillageCode(), h.id());
        List<Payment> payments = store.payments(householdId);
        boolean truncated = projects.size() > HouseholdHistoryView.LIMIT || assets.size() > HouseholdHistoryView.LIMIT
                || payments.size() > HouseholdHistoryView.LIMIT;

        Map<Integer, Builder> years = new TreeMap<>(Comparator.reverseOrder());
        Function<Integer, Builder> year = y -> years.computeIfAbsent(y, k -> new Builder());
        bounded(projects).forEach(p -> year.apply(p.year()).projects.add(p));
        bounded(assets).forEach(a -> year.apply(a.formedOn().getYear()).assets.add(a));
        bounded(payments).forEach(p -> year.apply(p.paidOn().getYear()).payments.add(p));
        HouseholdCategory before = null;
        for (HouseholdView.CategoryEntry e : h.history()) {
            year.apply(e.year()).categoryChanges.add(new CategoryChange(e.year(), before, e.category(), e.since(),
                    e.reason()));
            before = e.category();
        }
        List<Year> out = new ArrayList<>();
        years.forEach((y, b) -> out.add(b.build(y)));
        String villageName = regions.find(village).map(Region::name).orElse(village.value());
        return new HouseholdHistoryView(h, villageName, out, truncated);
    }

    private static <T> List<T> bounded(List<T> rows) {
        return rows.size() > HouseholdHistoryView.LIMIT ? rows.subList(0, HouseholdHistoryView.LIMIT) : rows;
    }

    /** One year being filled; the category history is in its recorded order, newest last within a year. */
    private static final class Builder {
        final List<Project> projects = new ArrayList<>();
        final List<Asset> assets = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();
        final List<CategoryChange> categoryChanges = new ArrayList<>();

        Year build(int year) {
            Money paid = payments.stream().filter(Payment::paid).map(Payment::amount).reduce(Money.ZERO, Money::plus);
            return new Year(year, List.copyOf(projects), List.copyOf(assets), List.copyOf(payments),
                    List.copyOf(categoryChanges), paid);
        }
    }
}
