package cn.sunledger.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * A bare handed-over asset in 光明村's 上村组 for in-container tests that need one in operation without walking a
 * project to acceptance first: the asset row under 租赁 (60,000 元 a year, 某蔬菜公司) and its owners — 光明村's and
 * 白章村's 股份经济合作社, 60/40 — written as the schema owner. Its later steps go through the real services.
 */
final class BareAssets {

    static final String VILLAGE = "532922101201001";
    static final String YANGBI = "532922000000";

    private BareAssets() {
    }

    static long leased(DataSource owner, String name, LocalDate formed, LocalDate contractFrom, LocalDate contractTo)
            throws SQLException {
        return leased(owner, name, formed, contractFrom, contractTo, new Object[][] {
                {1, "光明村股份经济合作社", "532922101201", new BigDecimal("0.6")},
                {2, "白章村股份经济合作社", "532922101202", new BigDecimal("0.4")}});
    }

    /** The same asset owned wholly by one owner of 光明村 of the test's own naming (whose income no other test shares). */
    static long leasedTo(DataSource owner, String name, LocalDate formed, String ownerName) throws SQLException {
        try (Connection c = owner.getConnection()) {
            return leasedTo(c, name, formed, ownerName);
        }
    }

    /** As {@link #leasedTo(DataSource, String, LocalDate, String)} on the schema owner's connection of an HTTP test. */
    static long leasedTo(Connection owner, String name, LocalDate formed, String ownerName) throws SQLException {
        return leased(owner, name, formed, formed, formed.plusYears(3),
                new Object[][] {{1, ownerName, "532922101201", BigDecimal.ONE}});
    }

    private static long leased(DataSource owner, String name, LocalDate formed, LocalDate contractFrom,
            LocalDate contractTo, Object[][] owners) throws SQLException {
        try (Connection c = owner.getConnection()) {
            return leased(c, name, formed, contractFrom, contractTo, owners);
        }
    }

    private static long leased(Connection c, String name, LocalDate formed, LocalDate contractFrom,
            LocalDate contractTo, Object[][] owners) throws SQLException {
        long id;
        // the public copies of the names are as the masker leaves them: these names hold no ID or phone number
        try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                + " stage, status, owner_level, operation_mode, operator, public_operator, contract_from,"
                + " contract_to, expected_annual_income, caretaker, last_event_on, created_by, created_at)"
                + " VALUES (?, ?, ?, 'OPERATING', 'OP-BASE', ?, ?, ?, 1.00, TRUE, 'HANDED_OVER', 'NORMAL', 'VILLAGE',"
                + " 'LEASE', '某蔬菜公司', '某蔬菜公司', ?, ?, 60000.00, '村集体管护小组', ?, 'it', NOW(3))",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "IIT-" + System.nanoTime() % 10000000000L);
            p.setString(2, name);
            p.setString(3, name);
            p.setString(4, VILLAGE);
            p.setString(5, YANGBI);
            p.setDate(6, Date.valueOf(formed));
            p.setDate(7, Date.valueOf(contractFrom));
            p.setDate(8, Date.valueOf(contractTo));
            p.setDate(9, Date.valueOf(formed));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, region_code, share)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Object[] o : owners) {
                p.setLong(1, id);
                p.setInt(2, (Integer) o[0]);
                p.setString(3, (String) o[1]);
                p.setString(4, (String) o[1]);
                p.setString(5, (String) o[2]);
                p.setBigDecimal(6, (BigDecimal) o[3]);
                p.executeUpdate();
            }
        }
        return id;
    }
}
