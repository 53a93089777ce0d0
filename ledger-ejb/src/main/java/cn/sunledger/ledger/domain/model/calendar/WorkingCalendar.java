package cn.sunledger.ledger.domain.model.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are working days (工作日): Monday to Friday, except the public holidays the calendar names, plus the
 * make-up working Saturdays and Sundays it names. A year nobody has entered follows the weekday rule alone;
 * {@link #isMaintained} tells whether a year's holidays were entered, so a deadline counted through an unknown
 * year can say so.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, SpecialDay> special = new HashMap<>();
    private final Set<Integer> maintainedYears;

    public WorkingCalendar(Collection<CalendarYear> years) {
        for (CalendarYear y : years) {
            y.days().forEach(d -> special.put(d.date(), d));
        }
        maintainedYears = Set.copyOf(years.stream().map(CalendarYear::year).toList());
    }

    public boolean isWorkingDay(LocalDate date) {
        SpecialDay d = special.get(date);
        if (d != null) {
            return d.kind() == DayKind.WORKDAY;
        }
        return !SpecialDay.isWeekend(date);
    }

    /** The day's entry (holiday or make-up working day), if the calendar names it. */
    public Optional<SpecialDay> special(LocalDate date) {
        return Optional.ofNullable(special.get(date));
    }

    public boolean isMaintained(int year) {
        return maintainedYears.contains(year);
    }

    /**
     * The {@code n}-th working day after {@code date} (the day itself does not count, whether or not it is a
     * working day): 15 working days after an allocation on a Friday before 国庆 end three weeks later.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: 0 when {@code to} is {@code from} or the
     * days between are all rest days; negative (the working days after {@code to} up to {@code from}) when
     * {@code to} lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
