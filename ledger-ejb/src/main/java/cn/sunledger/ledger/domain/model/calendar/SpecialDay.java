package cn.sunledger.ledger.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A day the working calendar names because it departs from the weekday rule: 春节, or 春节调休上班. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
