package cn.sunledger.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections from the test client to the test database as one of its three users (README), by the same settings
 * and defaults as {@code ./sunledger test}: the owner (writes fixtures), the runtime user and the portal user (to
 * show what they are refused).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection owner() throws SQLException {
        return connect("MARIADB_OWNER_USER", "MARIADB_OWNER_PASSWORD", "sunledger_owner");
    }

    public static Connection runtime() throws SQLException {
        return connect("MARIADB_USER", "MARIADB_PASSWORD", "sunledger");
    }

    public static Connection portal() throws SQLException {
        return connect("MARIADB_PORTAL_USER", "MARIADB_PORTAL_PASSWORD", "sunledger_portal");
    }

    private static Connection connect(String userSetting, String passwordSetting, String otherwise)
            throws SQLException {
        String url = "jdbc:mariadb://" + env("MARIADB_HOST", "127.0.0.1") + ":" + env("MARIADB_PORT", "3407") + "/"
                + env("MARIADB_DATABASE", "sunledger_test");
        return DriverManager.getConnection(url, env(userSetting, otherwise), env(passwordSetting, otherwise));
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
