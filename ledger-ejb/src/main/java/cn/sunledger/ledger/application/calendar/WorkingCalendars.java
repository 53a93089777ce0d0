package cn.sunledger.ledger.application.calendar;

import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import cn.sunledger.ledger.domain.model.calendar.WorkingCalendar;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * The working-day calendar the admin maintains (法定节假日 and 调休上班 per year, from the State Council's notice)
 * and that every deadline in working days is counted on. One calendar for the whole deployment: the holidays are
 * national.
 */
public interface WorkingCalendars {

    /** A year as entered; a year nobody entered comes back not maintained, with no days. */
    CalendarYearView year(Caller caller, int year);

    /**
     * Replaces a year's days with {@code days} (400 naming the field of each bad day: outside the year, twice, a
     * make-up working day on a weekday, no name); {@code source} names the notice they come from.
     */
    CalendarYearView replace(Caller caller, int year, String source, List<SpecialDay> days);

    /** The whole calendar, for counting deadlines. */
    WorkingCalendar calendar();
}
