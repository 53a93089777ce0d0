package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.household.CategoryChange;
import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.application.household.Reveal;
import cn.sunledger.ledger.application.household.RevealedId;
import cn.sunledger.ledger.application.internal.NaturalVillageCodes;
import cn.sunledger.ledger.application.internal.household.HouseholdStore.Holder;
import cn.sunledger.ledger.application.internal.household.HouseholdStore.Row;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.crypto.HouseholdKeys;
import cn.sunledger.ledger.infrastructure.crypto.PersonalDataKeys;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The household register's rules: who may (AccessPolicy on the household's natural village), what a household must
 * be (HouseholdIntake), a person in one household of the county at most (the lookup hash, and the database's unique
 * key behind it), and the record of every reveal, written before the ID number is opened.
 */
@ApplicationScoped
@Transactional
public class DefaultHouseholdRegister implements HouseholdRegister {

    @Inject
    HouseholdStore store;

    @Inject
    HouseholdKeys keys;

    @Inject
    RegionRepository regions;

    @Inject
    BusinessClock clock;

    @Override
    public HouseholdView register(Caller caller, HouseholdForm f) {
        RegionCode place = naturalVillage(f.naturalVillageCode());
        AccessPolicy.require(caller, Action.REGISTER_HOUSEHOLD, place);
        PersonalDataKeys k = keys.keys();
        Candidate c = new Candidate(place, f.headName(), f.idNumber(), f.phone(), f.members(), f.category());
        List<Violation> refused = new ArrayList<>();
        HouseholdIntake.check(c, clock.today(), (field, key, args) -> refused.add(Violation.ofField(field, key, args)));
        if (refused.isEmpty()) {
            byte[] hash = HouseholdIntake.lookupHash(k, f.idNumber());
            Holder holder = store.holders(place.county().value(), List.of(hash)).get(HexFormat.of().formatHex(hash));
            if (holder != null) {
                refused.add(Violation.ofField("idNumber", "household.duplicateId", holder.householdNo(),
                        holder.naturalVillageName()));
            }
        }
        if (!refused.isEmpty()) {
            throw new LedgerException(LedgerException.Kind.RULE, refused.get(0).messageKey(), refused,
                    refused.get(0).args());
        }
        LocalDateTime at = clock.preciseNow();
        long id = store.insert(List.of(HouseholdIntake.protect(c, k, clock.today())), caller.username(), at).get(0).id();
        return store.find(id, false).orElseThrow().view();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HouseholdView> list(Caller caller, HouseholdFilter filter, int page, int size) {
        Page.check(page, size);
        AccessPolicy.require(caller, Action.VIEW_HOUSEHOLDS);
        if (filter.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_HOUSEHOLDS, filter.region());
        }
        return store.page(caller.homeRegion(), filter, page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdView household(Caller caller, long id) {
        return readable(caller, Action.VIEW_HOUSEHOLDS, id, false).view();
    }

    @Override
    public HouseholdView changeCategory(Caller caller, long id, CategoryChange change) {
        Row row = readable(caller, Action.CHANGE_HOUSEHOLD_CATEGORY, id, true);
        if (change.since().isAfter(clock.today())) {
            throw Refusals.rule("since", "household.sinceInFuture",
                    change.since(), clock.today());
        }
        if (change.since().isBefore(row.view().categorySince())) {
            throw Refusals.rule("since", "household.sinceBeforeCurrent",
                    change.since(), row.view().categorySince());
        }
        store.changeCategory(id, change.category(), change.year(), change.since(),
                PersonalDataMasker.maskText(change.reason()), caller.username(), clock.preciseNow());
        return store.find(id, false).orElseThrow().view();
    }

    @Override
    public RevealedId reveal(Caller caller, long id, String reason) {
        readable(caller, Action.REVEAL_HOUSEHOLD_ID, id, false);
        PersonalDataKeys k = keys.keys();
        LocalDateTime at = clock.preciseNow();
        store.recordReveal(id, caller.username(), caller.displayName(), caller.role(),
                PersonalDataMasker.maskText(reason), at);
        return new RevealedId(id, k.open(HouseholdIntake.ID_PURPOSE, store.idNumber(id)), at);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reveal> reveals(Caller caller, long id) {
        return store.reveals(readable(caller, Action.VIEW_HOUSEHOLD_REVEALS, id, false).view().id());
    }

    /** The household if the caller may take {@code action} on it: 404 unknown, 403 outside the role or scope. */
    private Row readable(Caller caller, Action action, long id, boolean lock) {
        AccessPolicy.require(caller, action);
        Row row = store.find(id, lock).orElseThrow(() -> LedgerException.notFound("household.notFound", id));
        AccessPolicy.require(caller, action, RegionCode.of(row.view().naturalVillageCode()));
        return row;
    }

    private RegionCode naturalVillage(String code) {
        return NaturalVillageCodes.require(regions, code, "household.notNaturalVillage");
    }
}
