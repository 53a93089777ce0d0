package cn.sunledger.ledger.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working-day rule around 春节 and 国庆 of the State Council's 2025 and 2026 arrangements. */
class WorkingCalendarTest {

    /** 国办发明电〔2024〕12号 (春节, 国庆节、中秋节) and 国办发明电〔2025〕7号 (春节, 国庆节). */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(
            CalendarYear.of(2025, concat(span("2025-01-28", "2025-02-04", "春节"), workday("2025-01-26", "春节调休上班"),
                    workday("2025-02-08", "春节调休上班"), span("2025-10-01", "2025-10-08", "国庆节、中秋节"),
                    workday("2025-09-28", "国庆节、中秋节调休上班"), workday("2025-10-11", "国庆节、中秋节调休上班"))),
            CalendarYear.of(2026, concat(span("2026-02-15", "2026-02-23", "春节"), workday("2026-02-14", "春节调休上班"),
                    workday("2026-02-28", "春节调休上班"), span("2026-10-01", "2026-10-07", "国庆节"),
                    workday("2026-09-20", "国庆节调休上班"), workday("2026-10-10", "国庆节调休上班")))));

    @Test
    void weekdaysWorkWeekendsRestHolidaysRestAndMakeUpWeekendsWork() {
        assertTrue(CALENDAR.isWorkingDay(day("2025-03-05")), "an ordinary Wednesday");
        assertFalse(CALENDAR.isWorkingDay(day("2025-03-08")), "an ordinary Saturday");
        assertFalse(CALENDAR.isWorkingDay(day("2025-01-28")), "除夕, a Tuesday, rests");
        assertFalse(CALENDAR.isWorkingDay(day("2025-02-02")), "a Sunday inside 春节");
        assertTrue(CALENDAR.isWorkingDay(day("2025-01-26")), "the make-up Sunday before 春节");
        assertTrue(CALENDAR.isWorkingDay(day("2025-02-08")), "the make-up Saturday after 春节");
        assertTrue(CALENDAR.isWorkingDay(day("2026-02-14")), "the make-up Saturday before 春节 2026");
        assertFalse(CALENDAR.isWorkingDay(day("2026-02-23")), "正月初七 2026, a Monday, rests");
        assertEquals("春节调休上班", CALENDAR.special(day("2026-02-28")).orElseThrow().name());
    }

    @Test
    void fifteenWorkingDaysAcrossSpringFestival2026CountTheMakeUpSaturdaysAndSkipTheHoliday() {
        // allocated Wednesday 2026-02-11: Th 12, Fr 13, Sa 14 (make-up) = 3, then 15–23 rest, Tu 24 … Fr 27 = 7,
        // Sa 28 (make-up) = 8, Mo 2 … Fr 6 March = 13, Mo 9 = 14, Tu 10 March = 15
        LocalDate allocated = day("2026-02-11");
        assertEquals(day("2026-03-10"), CALENDAR.plusWorkingDays(allocated, 15));
        assertEquals(15, CALENDAR.workingDaysBetween(allocated, day("2026-03-10")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2026-02-14"), day("2026-02-23")), "all rest after the 14th");
        // on weekends alone the same count would end six days earlier
        WorkingCalendar weekendsOnly = new WorkingCalendar(List.of());
        assertEquals(day("2026-03-04"), weekendsOnly.plusWorkingDays(allocated, 15));
        assertFalse(weekendsOnly.isMaintained(2026));
        assertTrue(CALENDAR.isMaintained(2026));
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDay2025() {
        // allocated Friday 2025-09-26: Su 28 (make-up) 1, Mo 29 2, Tu 30 3, 1–8 October rest, Th 09 4, Fr 10 5,
        // Sa 11 (make-up) 6, then Mo 13 … Fr 17 = 11, Mo 20 … Th 23 = 15
        assertEquals(day("2025-10-23"), CALENDAR.plusWorkingDays(day("2025-09-26"), 15));
        assertEquals(day("2025-09-28"), CALENDAR.plusWorkingDays(day("2025-09-26"), 1), "the make-up Sunday counts");
    }

    @Test
    void workingDaysBetweenIsSignedAndExcludesTheStartDay() {
        assertEquals(0, CALENDAR.workingDaysBetween(day("2025-03-05"), day("2025-03-05")));
        assertEquals(1, CALENDAR.workingDaysBetween(day("2025-03-05"), day("2025-03-06")));
        assertEquals(-1, CALENDAR.workingDaysBetween(day("2025-03-06"), day("2025-03-05")));
        assertEquals(-6, CALENDAR.workingDaysBetween(day("2025-10-17"), day("2025-10-10")), "Sa 11 is a make-up day");
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(day("2025-03-05"), 0));
    }

    @Test
    void aYearIsRefusedFieldByField() {
        LedgerException e = assertThrows(LedgerException.class, () -> CalendarYear.of(2026, List.of(
                new SpecialDay(day("2026-02-16"), DayKind.HOLIDAY, "春节"),
                new SpecialDay(day("2026-02-16"), DayKind.HOLIDAY, "春节"),
                new SpecialDay(day("2026-02-25"), DayKind.WORKDAY, "春节调休上班"),
                new SpecialDay(day("2025-10-01"), DayKind.HOLIDAY, "国庆节"),
                new SpecialDay(day("2026-10-01"), null, " "))));
        assertEquals(List.of("days[1].date calendar.duplicateDate", "days[2].kind calendar.workdayNotWeekend",
                "days[3].date calendar.dateOutsideYear", "days[4].kind calendar.kindRequired",
                "days[4].name calendar.nameRequired"), e.violations().stream().map(WorkingCalendarTest::text).toList());
        assertEquals("year", assertThrows(LedgerException.class, () -> CalendarYear.of(1999, List.of()))
                .violations().get(0).field());
        assertEquals("days[0].name", assertThrows(LedgerException.class, () -> CalendarYear.of(2026, List.of(
                new SpecialDay(day("2026-02-16"), DayKind.HOLIDAY, "春".repeat(CalendarYear.MAX_NAME + 1)))))
                .violations().get(0).field());
        assertEquals(0, CalendarYear.of(2027, List.of()).days().size(), "a year of weekends only is a year");
    }

    @Test
    void aHolidayMayFallOnAWeekendSoThatEveryDayOfItsSpanIsNamed() {
        CalendarYear y = CalendarYear.of(2026, List.of(new SpecialDay(day("2026-10-03"), DayKind.HOLIDAY, " 国庆节 ")));
        assertEquals("国庆节", y.days().get(0).name(), "names are stripped");
    }

    private static String text(Violation v) {
        return v.field() + " " + v.messageKey();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<SpecialDay> span(String from, String to, String name) {
        return day(from).datesUntil(day(to).plusDays(1)).map(d -> new SpecialDay(d, DayKind.HOLIDAY, name)).toList();
    }

    private static List<SpecialDay> workday(String date, String name) {
        return List.of(new SpecialDay(day(date), DayKind.WORKDAY, name));
    }

    @SafeVarargs
    private static List<SpecialDay> concat(List<SpecialDay>... parts) {
        List<SpecialDay> all = new ArrayList<>();
        for (List<SpecialDay> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
