package cn.sunledger.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Prepares a MariaDB server for the application, as the admin user, idempotently: the database and its three
 * users. The owner holds every privilege on the database (the app's Flyway migrations run as it: DDL, triggers,
 * grants); the ledger's runtime user gets SELECT and INSERT on the database here and UPDATE/DELETE table by table
 * from the migrations, never on an insert-only table; the portal's user gets nothing here and SELECT on public
 * tables and views from the migrations. Prints one line per step.
 */
final class DatabaseBootstrap {

    private static final String[] HOSTS = {"%", "localhost"};
    private static final long CONNECT_PATIENCE_MS = 20_000;

    private final LaunchSettings settings;

    DatabaseBootstrap(LaunchSettings settings) {
        this.settings = settings;
    }

    /**
     * @param fresh drop and recreate the database first (test runs start empty)
     * @param dropAnonymousUsers remove ''@host accounts, which shadow user@'%' for local connections
     */
    void run(boolean fresh, boolean dropAnonymousUsers) {
        String db = settings.database;
        if (fresh && !db.toLowerCase().contains("test")) {
            throw new LaunchException("refusing --fresh on database '" + db + "': it would drop it, and only a "
                    + "database whose name contains 'test' may be dropped (check MARIADB_DATABASE)");
        }
        try (Connection admin = connectAsAdmin(); Statement sql = admin.createStatement()) {
            if (fresh) {
                execute(sql, "DROP DATABASE IF EXISTS `" + db + "`", "(--fresh)");
            }
            execute(sql, "CREATE DATABASE IF NOT EXISTS `" + db
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "");
            if (dropAnonymousUsers) {
                for (String host : anonymousUserHosts(sql)) {
                    try (PreparedStatement drop = admin.prepareStatement("DROP USER ''@?")) {
                        drop.setString(1, host);
                        drop.executeUpdate();
                    }
                    say("DROP USER ''@'" + host + "'  (anonymous users shadow '%' users for local connections)");
                }
            } else {
                List<String> anonymous = anonymousUserHosts(sql);
                if (!anonymous.isEmpty()) {
                    say("note: this server has anonymous users at " + anonymous + " (left alone)");
                }
            }
            for (String host : HOSTS) {
                ensureUser(admin, settings.ownerUser, host, settings.ownerPassword);
                execute(sql, "GRANT ALL PRIVILEGES ON `" + db + "`.* TO '" + settings.ownerUser + "'@'" + host
                        + "' WITH GRANT OPTION", "");
            }
            for (String host : HOSTS) {
                ensureUser(admin, settings.ledgerUser, host, settings.ledgerPassword);
                restrictToDml(sql, db, "'" + settings.ledgerUser + "'@'" + host + "'");
            }
            for (String host : HOSTS) {
                ensureUser(admin, settings.portalUser, host, settings.portalPassword);
            }
            say("portal user " + settings.portalUser + " gets no grants here (only USAGE): the app's Flyway "
                    + "migrations grant it SELECT on the publication tables");
        } catch (SQLException e) {
            throw new LaunchException("bootstrapping database '" + db + "' as " + settings.adminUser + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Leaves the runtime user SELECT and INSERT on the whole database and nothing else at database level: earlier
     * versions granted it ALL WITH GRANT OPTION, which let it drop the insert-only triggers. The first GRANT makes
     * sure a database-level grant exists for the REVOKEs to act on; table-level grants (UPDATE/DELETE on mutable
     * tables, from the migrations) are not touched.
     */
    private static void restrictToDml(Statement sql, String db, String account) throws SQLException {
        String on = " ON `" + db + "`.* ";
        sql.execute("GRANT SELECT" + on + "TO " + account);
        sql.execute("REVOKE GRANT OPTION" + on + "FROM " + account);
        sql.execute("REVOKE ALL PRIVILEGES" + on + "FROM " + account);
        execute(sql, "GRANT SELECT, INSERT" + on + "TO " + account, "(database level; UPDATE/DELETE per table from the migrations)");
    }

    private Connection connectAsAdmin() {
        String url = "jdbc:mariadb://" + settings.dbHost + ":" + settings.dbPort + "/";
        Properties props = new Properties();
        props.setProperty("user", settings.adminUser);
        props.setProperty("password", settings.adminPassword);
        props.setProperty("connectTimeout", "5000");
        long deadline = System.currentTimeMillis() + CONNECT_PATIENCE_MS;
        while (true) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                boolean refusedOrDown = e.getSQLState() != null && e.getSQLState().startsWith("08");
                if (!refusedOrDown || System.currentTimeMillis() > deadline) {
                    throw new LaunchException("cannot log in to MariaDB at " + settings.dbHost + ":" + settings.dbPort
                            + " as " + settings.adminUser + " (MARIADB_ADMIN_USER/MARIADB_ADMIN_PASSWORD): "
                            + e.getMessage() + (refusedOrDown ? hint() : ""), e);
                }
                sleep(1000);
            }
        }
    }

    private String hint() {
        if (!settings.externalDatabase) {
            return "";
        }
        return "\n(is the server running? For this machine's MariaDB: mkdir -p /run/mysqld && chown mysql /run/mysqld"
                + " && start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)";
    }

    private static List<String> anonymousUserHosts(Statement sql) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
            while (rs.next()) {
                hosts.add(rs.getString(1));
            }
        }
        return hosts;
    }

    /** Creates the account if missing and (re)sets its password, so a changed password applies. */
    private static void ensureUser(Connection admin, String user, String host, String password) throws SQLException {
        for (String verb : new String[] {"CREATE USER IF NOT EXISTS", "ALTER USER"}) {
            // client-side prepared statement: the driver quotes and escapes the literals
            try (PreparedStatement statement = admin.prepareStatement(verb + " ?@? IDENTIFIED BY ?")) {
                statement.setString(1, user);
                statement.setString(2, host);
                statement.setString(3, password);
                statement.executeUpdate();
            }
        }
        say("CREATE USER IF NOT EXISTS / ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '***'");
    }

    private static void execute(Statement sql, String statement, String note) throws SQLException {
        sql.execute(statement);
        say(statement + (note.isEmpty() ? "" : "  " + note));
    }

    private static void say(String line) {
        System.out.println("bootstrap: " + line);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted");
        }
    }
}
