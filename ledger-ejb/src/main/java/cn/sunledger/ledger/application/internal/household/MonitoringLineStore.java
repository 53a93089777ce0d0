package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.MonitoringLines.Line;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The counties' monitoring lines (monitoring_line), one row per county and year. */
@ApplicationScoped
public class MonitoringLineStore {

    @Inject
    TransactionJdbc jdbc;

    /** Sets (or corrects) the line of a county and year. */
    public void put(String countyCode, int year, Money amount, String user, LocalDateTime at) {
        jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO monitoring_line (county_code, year, amount,"
                    + " set_by, set_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE amount = VALUES(amount),"
                    + " set_by = VALUES(set_by), set_at = VALUES(set_at)")) {
                s.setString(1, countyCode);
                s.setInt(2, year);
                s.setBigDecimal(3, amount.toBigDecimal());
                s.setString(4, user);
                s.setTimestamp(5, Timestamp.valueOf(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The lines of counties whose code starts with {@code countyPrefix}, by county and year. */
    public List<Line> lines(String countyPrefix) {
        return jdbc.work(c -> {
            List<Line> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.county_code, r.name, m.year, m.amount"
                    + " FROM monitoring_line m JOIN region r ON r.code = m.county_code WHERE m.county_code LIKE ?"
                    + " ORDER BY m.county_code, m.year")) {
                s.setString(1, countyPrefix + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Line(rs.getString(1), rs.getString(2), rs.getInt(3),
                                Money.of(rs.getBigDecimal(4))));
                    }
                }
            }
            return out;
        });
    }
}
