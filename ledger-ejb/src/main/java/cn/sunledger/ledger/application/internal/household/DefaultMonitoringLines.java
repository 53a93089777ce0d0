package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.MonitoringLines;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The monitoring lines: a county's line is set by its rural bureau (or an administrator above it) and read by every
 * role whose region touches the county — a village clerk sees the line of the county the village lies in.
 */
@ApplicationScoped
@Transactional
public class DefaultMonitoringLines implements MonitoringLines {

    @Inject
    MonitoringLineStore store;

    @Inject
    RegionRepository regions;

    @Inject
    BusinessClock clock;

    @Override
    public Line set(Caller caller, String countyCode, int year, Money amount) {
        if (countyCode == null || !RegionCode.isValid(countyCode)
                || RegionCode.of(countyCode).level() != RegionLevel.COUNTY) {
            throw Refusals.invalid("countyCode", "monitoringLine.notCounty", String.valueOf(countyCode));
        }
        RegionCode county = RegionCode.of(countyCode);
        AccessPolicy.require(caller, Action.SET_MONITORING_LINE, county);
        if (regions.find(county).isEmpty()) {
            throw LedgerException.notFound("region.notFound", countyCode);
        }
        if (year < 2000 || year > 2100) {
            throw Refusals.invalid("year", "monitoringLine.badYear");
        }
        if (!amount.isPositive()) {
            throw Refusals.rule("amount", "monitoringLine.notPositive");
        }
        store.put(countyCode, year, amount, caller.username(), clock.preciseNow());
        return store.lines(countyCode).stream().filter(l -> l.year() == year).findFirst().orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> list(Caller caller, String region) {
        RegionCode within = caller.homeRegion();
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region.strip())) {
                throw LedgerException.invalid("region.badCode", region);
            }
            within = RegionCode.of(region.strip());
        }
        AccessPolicy.require(caller, Action.VIEW_MONITORING_LINES, within);
        // below a county, the county's own line
        String prefix = within.level() == RegionLevel.PREFECTURE ? within.subtreePrefix() : within.county().value();
        return store.lines(prefix);
    }
}
