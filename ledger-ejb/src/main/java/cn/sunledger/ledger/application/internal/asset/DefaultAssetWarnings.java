package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AssetWarning;
import cn.sunledger.ledger.application.asset.AssetWarning.Kind;
import cn.sunledger.ledger.application.asset.AssetWarning.Level;
import cn.sunledger.ledger.application.asset.AssetWarnings;
import cn.sunledger.ledger.application.internal.asset.AssetWarningStore.AssetRow;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The supervision warnings, queried by {@link AssetWarningStore}. Levels: 闲置 and 未落实管护主体
 * warn, 低效 is a notice, an expired contract is serious and one ending within {@value #CONTRACT_WINDOW_DAYS} days
 * warns; 未登记资产 grows with the days since acceptance — a notice, a warning from {@value #UNREGISTERED_WARNING_DAYS}
 * days, serious from {@value #UNREGISTERED_SERIOUS_DAYS}. An operated asset expecting income that received none
 * this year warns; a lease whose rent has not covered the time past its grace is overdue (warning, serious after
 * {@value #RENT_SERIOUS_DAYS} days).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAssetWarnings implements AssetWarnings {

    static final int CONTRACT_WINDOW_DAYS = 90;
    static final int UNREGISTERED_WARNING_DAYS = 30;
    static final int UNREGISTERED_SERIOUS_DAYS = 90;
    static final int RENT_GRACE_DAYS = 30;
    static final int RENT_SERIOUS_DAYS = 90;

    @Inject
    AssetWarningStore store;

    @Inject
    BusinessClock clock;

    @Override
    public List<AssetWarning> warnings(Caller caller, RegionCode region) {
        AccessPolicy.require(caller, Action.VIEW_ASSETS);
        RegionCode scope = region != null ? region : caller.homeRegion();
        if (region != null) {
            AccessPolicy.require(caller, Action.VIEW_ASSETS, region);
        }
        LocalDate today = clock.today();
        List<AssetWarning> all = new ArrayList<>();
        store.inStatus(scope, AssetStatus.IDLE.name())
                .forEach(a -> all.add(about(a, Kind.IDLE, Level.WARNING, null, today)));
        store.inStatus(scope, AssetStatus.LOW_EFFICIENCY.name())
                .forEach(a -> all.add(about(a, Kind.LOW_EFFICIENCY, Level.NOTICE, null, today)));
        for (AssetRow a : store.contractsEndingBefore(scope, today.plusDays(CONTRACT_WINDOW_DAYS + 1))) {
            boolean expired = a.contractTo().isBefore(today);
            all.add(about(a, expired ? Kind.CONTRACT_EXPIRED : Kind.CONTRACT_EXPIRING,
                    expired ? Level.SERIOUS : Level.WARNING, a.contractTo(), today));
        }
        for (AssetWarningStore.ProjectRow p : store.acceptedWithoutAsset(scope)) {
            Long days = daysSince(p.acceptedOn(), today);
            all.add(new AssetWarning(Kind.UNREGISTERED_PROJECT, unregisteredLevel(days), p.id(), p.code(), p.name(),
                    p.placeCode(), p.placeName(), p.acceptedOn(), days));
        }
        store.withoutCaretaker(scope).forEach(a -> all.add(about(a, Kind.NO_CARETAKER, Level.WARNING, null, today)));
        LocalDate yearStart = today.withDayOfYear(1);
        store.expectingIncomeWithoutAnySince(scope, yearStart)
                .forEach(a -> all.add(about(a, Kind.NO_INCOME_THIS_YEAR, Level.WARNING, yearStart, today)));
        for (AssetWarningStore.LeaseRow lease : store.leases(scope)) {
            rentOverdueSince(lease, today).ifPresent(since -> all.add(about(lease.asset(), Kind.RENT_OVERDUE,
                    ChronoUnit.DAYS.between(since, today) > RENT_SERIOUS_DAYS ? Level.SERIOUS : Level.WARNING, since,
                    today)));
        }
        all.sort(Comparator.comparing(AssetWarning::kind)
                .thenComparing(AssetWarning::level, Comparator.reverseOrder()));
        return all;
    }

    /**
     * The day from which a lease's rent is overdue: the rent received covers up to some day (or, before any receipt,
     * to the day before the contract began); once {@value #RENT_GRACE_DAYS} days have passed since then and the
     * contract runs on beyond it, the rent is overdue.
     */
    static Optional<LocalDate> rentOverdueSince(AssetWarningStore.LeaseRow lease, LocalDate today) {
        LocalDate paidUpTo = lease.paidUpTo() != null ? lease.paidUpTo()
                : lease.contractFrom() != null ? lease.contractFrom().minusDays(1) : null;
        LocalDate contractTo = lease.asset().contractTo();
        if (paidUpTo == null || (contractTo != null && !paidUpTo.isBefore(contractTo))
                || !paidUpTo.plusDays(RENT_GRACE_DAYS).isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(paidUpTo.plusDays(1));
    }

    static Level unregisteredLevel(Long days) {
        if (days == null || days < UNREGISTERED_WARNING_DAYS) {
            return Level.NOTICE;
        }
        return days < UNREGISTERED_SERIOUS_DAYS ? Level.WARNING : Level.SERIOUS;
    }

    private static AssetWarning about(AssetRow a, Kind kind, Level level, LocalDate since, LocalDate today) {
        return new AssetWarning(kind, level, a.id(), a.code(), a.name(), a.placeCode(), a.placeName(), since,
                daysSince(since, today));
    }

    private static Long daysSince(LocalDate since, LocalDate today) {
        return since == null ? null : ChronoUnit.DAYS.between(since, today);
    }
}
