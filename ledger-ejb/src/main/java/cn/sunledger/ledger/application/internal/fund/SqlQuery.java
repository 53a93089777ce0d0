package cn.sunledger.ledger.application.internal.fund;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A read query assembled from optional conditions, each with its parameters bound in order, for the fund screens'
 * filtered lists (plain JDBC on the transaction's connection, like the fund stores).
 */
final class SqlQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlQuery append(String text, Object... values) {
        sql.append(text);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column IN (?, ?, …)} over the values (never empty: callers skip the query for none). */
    SqlQuery in(String column, Collection<?> values) {
        sql.append(column).append(" IN (").append(String.join(",", values.stream().map(v -> "?").toList()))
                .append(')');
        params.addAll(values);
        return this;
    }

    /** The text as a LIKE pattern that matches it anywhere, its own % and _ taken literally. */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(Connection c, Rows<T> row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                s.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p instanceof Enum<?> e ? e.name() : p);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        }
    }

    <T> T single(Connection c, Rows<T> row) throws SQLException {
        return list(c, row).get(0);
    }
}
