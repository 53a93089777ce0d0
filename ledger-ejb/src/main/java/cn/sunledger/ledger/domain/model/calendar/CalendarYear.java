package cn.sunledger.ledger.domain.model.calendar;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.TextSanity;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One year of the working calendar as the admin enters it from the State Council's notice: its public holidays
 * and make-up working days, each with its name. {@link #of} refuses a year outside {@link #FIRST}…{@link #LAST},
 * a day outside the year, a date named twice, a make-up working day on a weekday (it is one already) and a
 * missing or overlong name, each violation naming its field ({@code days[3].date}).
 */
public record CalendarYear(int year, List<SpecialDay> days) {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final int MAX_NAME = 50;
    /** More than any year has had (2025: 33 days); a bound for the request, not a rule of the calendar. */
    public static final int MAX_DAYS = 120;

    public CalendarYear {
        days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
    }

    public static CalendarYear of(int year, List<SpecialDay> days) {
        if (year < FIRST || year > LAST) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "calendar.yearRange", FIRST, LAST)));
        }
        List<Violation> violations = new ArrayList<>();
        if (days == null) {
            throw LedgerException.invalid(List.of(Violation.ofField("days", "calendar.daysRequired")));
        }
        if (days.size() > MAX_DAYS) {
            throw LedgerException.invalid(List.of(Violation.ofField("days", "calendar.tooManyDays", MAX_DAYS)));
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<SpecialDay> clean = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay d = days.get(i);
            String at = "days[" + i + "]";
            if (d == null) {
                violations.add(Violation.ofField(at, "calendar.dayRequired"));
                continue;
            }
            String name = d.name() == null ? "" : d.name().strip();
            if (d.date() == null) {
                violations.add(Violation.ofField(at + ".date", "calendar.dateRequired"));
            } else if (d.date().getYear() != year) {
                violations.add(Violation.ofField(at + ".date", "calendar.dateOutsideYear", d.date(), year));
            } else if (seen.containsKey(d.date())) {
                violations.add(Violation.ofField(at + ".date", "calendar.duplicateDate", d.date(), "days[" + seen.get(d.date()) + "]"));
            } else {
                seen.put(d.date(), i);
            }
            if (d.kind() == null) {
                violations.add(Violation.ofField(at + ".kind", "calendar.kindRequired"));
            } else if (d.kind() == DayKind.WORKDAY && d.date() != null && !SpecialDay.isWeekend(d.date())) {
                // a weekday is a working day already: a 调休上班 entry on one is a mistyped date
                violations.add(Violation.ofField(at + ".kind", "calendar.workdayNotWeekend", d.date()));
            }
            var flaw = TextSanity.flaw(d.name());
            if (flaw.isPresent()) {
                violations.add(Violation.ofField(at + ".name", flaw.get().messageKey()));
            } else if (name.isEmpty()) {
                violations.add(Violation.ofField(at + ".name", "calendar.nameRequired"));
            } else if (name.length() > MAX_NAME) {
                violations.add(Violation.ofField(at + ".name", "calendar.nameTooLong", MAX_NAME));
            }
            clean.add(new SpecialDay(d.date(), d.kind(), name));
        }
        if (!violations.isEmpty()) {
            throw LedgerException.invalid(violations);
        }
        return new CalendarYear(year, clean);
    }
}
