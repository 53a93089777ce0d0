package cn.sunledger.ledger.application.calendar;

import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import java.time.LocalDateTime;
import java.util.List;

/** One year of the working calendar: its days in date order, where they come from, who entered them and when. */
public record CalendarYearView(int year, boolean maintained, String source, String updatedBy,
        LocalDateTime updatedAt, List<SpecialDay> days) {
}
