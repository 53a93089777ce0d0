package cn.sunledger.ledger.application.internal.calendar;

import cn.sunledger.ledger.application.calendar.CalendarYearView;
import cn.sunledger.ledger.application.calendar.WorkingCalendars;
import cn.sunledger.ledger.domain.model.calendar.CalendarYear;
import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import cn.sunledger.ledger.domain.model.calendar.WorkingCalendar;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The national working calendar. Every staff role may read it (deadlines are counted on it); only an admin of
 * the deployment's top region maintains it, since a change moves every county's deadlines.
 */
@ApplicationScoped
@Transactional
public class DefaultWorkingCalendars implements WorkingCalendars {

    public static final int MAX_SOURCE = 300;

    @Inject
    CalendarStore store;

    @Inject
    BusinessClock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarYearView year(Caller caller, int year) {
        AccessPolicy.require(caller, Action.VIEW_CALENDAR);
        if (year < CalendarYear.FIRST || year > CalendarYear.LAST) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "calendar.yearRange", CalendarYear.FIRST,
                    CalendarYear.LAST)));
        }
        return store.year(year).orElse(new CalendarYearView(year, false, null, null, null, List.of()));
    }

    @Override
    public CalendarYearView replace(Caller caller, int year, String source, List<SpecialDay> days) {
        AccessPolicy.require(caller, Action.MAINTAIN_CALENDAR);
        if (caller.homeRegion().level().parentLevel() != null) {
            throw LedgerException.forbidden("calendar.topAdminOnly");
        }
        CalendarYear entered = CalendarYear.of(year, days);
        String cited = source == null || source.isBlank() ? null : source.strip();
        if (cited != null && cited.length() > MAX_SOURCE) {
            throw LedgerException.invalid(List.of(Violation.ofField("source", "calendar.sourceTooLong", MAX_SOURCE)));
        }
        store.replace(entered, cited, caller.username(), clock.preciseNow());
        return store.year(year).orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        return new WorkingCalendar(store.all());
    }
}
