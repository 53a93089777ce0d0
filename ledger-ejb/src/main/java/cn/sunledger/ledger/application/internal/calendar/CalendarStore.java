package cn.sunledger.ledger.application.internal.calendar;

import cn.sunledger.ledger.application.calendar.CalendarYearView;
import cn.sunledger.ledger.domain.model.calendar.CalendarYear;
import cn.sunledger.ledger.domain.model.calendar.DayKind;
import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository of the working calendar (V23), in plain JDBC on the transaction's connection. */
@ApplicationScoped
public class CalendarStore {

    @Inject
    TransactionJdbc jdbc;

    public Optional<CalendarYearView> year(int year) {
        return jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT source, updated_by, updated_at FROM working_calendar_year WHERE year = ?")) {
                s.setInt(1, year);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<CalendarYearView>empty();
                    }
                    return Optional.of(new CalendarYearView(year, true, rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toLocalDateTime(), days(c, year)));
                }
            }
        });
    }

    /** Every year entered, with its days. */
    public List<CalendarYear> all() {
        return jdbc.work(c -> {
            Map<Integer, List<SpecialDay>> years = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT year FROM working_calendar_year ORDER BY year");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    years.put(rs.getInt(1), new ArrayList<>());
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT day, kind, name, year FROM working_calendar_day");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    years.get(rs.getInt(4)).add(day(rs));
                }
            }
            List<CalendarYear> out = new ArrayList<>();
            years.forEach((y, days) -> out.add(new CalendarYear(y, days)));
            return out;
        });
    }

    /** Replaces the year's days and records who entered them; the year's row is locked first, so edits queue. */
    public void replace(CalendarYear year, String source, String by, LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO working_calendar_year (year, source, updated_by,"
                    + " updated_at) VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE source = VALUES(source),"
                    + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")) {
                s.setInt(1, year.year());
                s.setString(2, source);
                s.setString(3, by);
                s.setTimestamp(4, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM working_calendar_day WHERE year = ?")) {
                s.setInt(1, year.year());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO working_calendar_day (day, year, kind, name) VALUES (?,?,?,?)")) {
                for (SpecialDay d : year.days()) {
                    s.setDate(1, Date.valueOf(d.date()));
                    s.setInt(2, year.year());
                    s.setString(3, d.kind().name());
                    s.setString(4, d.name());
                    s.addBatch();
                }
                if (!year.days().isEmpty()) {
                    s.executeBatch();
                }
            }
            return null;
        });
    }

    private static List<SpecialDay> days(java.sql.Connection c, int year) throws java.sql.SQLException {
        List<SpecialDay> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT day, kind, name FROM working_calendar_day WHERE year = ? ORDER BY day")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(day(rs));
                }
            }
        }
        return days;
    }

    private static SpecialDay day(ResultSet rs) throws java.sql.SQLException {
        return new SpecialDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3));
    }

}
