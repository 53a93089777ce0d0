package cn.sunledger.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the launcher reads from the environment, with the defaults of the environment contract.
 * The MARIADB_* names are the contract with the WildFly datasources (wildfly-config/src/main/cli).
 */
final class LaunchSettings {

    /** What the database is for: {@code run} (kept between runs) or {@code test} (own database, may be wiped). */
    enum Purpose {
        RUN("sunledger", 3406, "db"),
        TEST("sunledger_test", 3407, "test-db");

        final String defaultDatabase;
        final int defaultEmbeddedPort;
        final String dataDirName;

        Purpose(String defaultDatabase, int defaultEmbeddedPort, String dataDirName) {
            this.defaultDatabase = defaultDatabase;
            this.defaultEmbeddedPort = defaultEmbeddedPort;
            this.dataDirName = dataDirName;
        }

        static Purpose parse(String text) {
            for (Purpose p : values()) {
                if (p.name().equalsIgnoreCase(text)) {
                    return p;
                }
            }
            throw new LaunchException("--for must be 'run' or 'test', not '" + text + "'");
        }

        String label() {
            return name().toLowerCase();
        }
    }

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private static final String USER_CHARS = "letters, digits, '.', '-' and '_'";

    final Path home;
    final Purpose purpose;
    final boolean externalDatabase;
    final String dbHost;
    final int dbPort;
    final String database;
    /** Owns the schema: Flyway's migrations (DDL, triggers, grants) run as this user, nothing else does. */
    final String ownerUser;
    final String ownerPassword;
    /** The ledger's runtime user (LedgerDS): SELECT and INSERT, UPDATE/DELETE only where the migrations grant it. */
    final String ledgerUser;
    final String ledgerPassword;
    final String portalUser;
    final String portalPassword;
    final String adminUser;
    final String adminPassword;
    final int httpPort;
    final int managementPort;
    final String bindAddress;
    /** The portal's public address, printed on every published PDF and in its QR code (SUNLEDGER_PUBLIC_URL). */
    final String publicUrl;

    private LaunchSettings(Map<String, String> env, Path home, Purpose purpose) {
        this.home = home;
        this.purpose = purpose;
        String host = value(env, "MARIADB_HOST", "");
        this.externalDatabase = !host.isEmpty();
        this.dbHost = externalDatabase ? host : "127.0.0.1";
        this.dbPort = port(env, "MARIADB_PORT", externalDatabase ? 3306 : purpose.defaultEmbeddedPort);
        this.database = checked(value(env, "MARIADB_DATABASE", purpose.defaultDatabase), DATABASE_NAME,
                "MARIADB_DATABASE", "letters, digits and _");
        this.ownerUser = checked(value(env, "MARIADB_OWNER_USER", "sunledger_owner"), USER_NAME, "MARIADB_OWNER_USER",
                USER_CHARS);
        this.ownerPassword = value(env, "MARIADB_OWNER_PASSWORD", "sunledger_owner");
        this.ledgerUser = checked(value(env, "MARIADB_USER", "sunledger"), USER_NAME, "MARIADB_USER", USER_CHARS);
        this.ledgerPassword = value(env, "MARIADB_PASSWORD", "sunledger");
        this.portalUser = checked(value(env, "MARIADB_PORTAL_USER", "sunledger_portal"), USER_NAME,
                "MARIADB_PORTAL_USER", USER_CHARS);
        this.portalPassword = value(env, "MARIADB_PORTAL_PASSWORD", "sunledger_portal");
        this.adminUser = value(env, "MARIADB_ADMIN_USER", "root");
        this.adminPassword = env.getOrDefault("MARIADB_ADMIN_PASSWORD", "");
        this.httpPort = port(env, "SUNLEDGER_PORT", 8080);
        this.managementPort = httpPort + 1910;
        if (managementPort > 65535) {
            throw new LaunchException("SUNLEDGER_PORT " + httpPort + " is too high: the management port "
                    + "(SUNLEDGER_PORT+1910) must stay below 65536");
        }
        this.bindAddress = value(env, "SUNLEDGER_BIND", "127.0.0.1");
        this.publicUrl = publicUrl(value(env, "SUNLEDGER_PUBLIC_URL", "http://localhost:" + httpPort + "/portal"));
        if (ledgerUser.equals(portalUser)) {
            throw new LaunchException("MARIADB_USER and MARIADB_PORTAL_USER must differ (the portal is read-only)");
        }
        if (ownerUser.equals(ledgerUser) || ownerUser.equals(portalUser)) {
            throw new LaunchException("MARIADB_OWNER_USER must differ from MARIADB_USER and MARIADB_PORTAL_USER (the "
                    + "runtime users must not be able to change the schema)");
        }
    }

    /** An absolute http(s) URL without a trailing slash; the server refuses localhost outside demo mode. */
    static String publicUrl(String text) {
        String url = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            java.net.URI uri = new java.net.URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new LaunchException("SUNLEDGER_PUBLIC_URL must be the portal's absolute http(s) address, e.g. "
                + "https://xczx.example.gov.cn/portal, not '" + text + "'");
    }

    static LaunchSettings fromEnvironment(Path home, Purpose purpose) {
        return from(System.getenv(), home, purpose);
    }

    static LaunchSettings from(Map<String, String> env, Path home, Purpose purpose) {
        return new LaunchSettings(env, home, purpose);
    }

    Path varDir() {
        return home.resolve("var");
    }

    /** Embedded MariaDB data: var/db for run (survives restarts), var/test-db for test. */
    Path embeddedDataDir() {
        return varDir().resolve(purpose.dataDirName);
    }

    /** Unpacked MariaDB binaries, shared by run and test. */
    Path embeddedBaseDir() {
        return varDir().resolve("mariadb");
    }

    Path logDir() {
        return varDir().resolve("log");
    }

    Path serverHome() {
        return home.resolve("wildfly-config/target/server");
    }

    /** The household personal-data key file the server is given (-Dsunledger.household.keys), one per purpose. */
    Path householdKeyFile() {
        return varDir().resolve("keys").resolve(purpose == Purpose.RUN ? "household-keys.properties"
                : "test-household-keys.properties");
    }

    Path serverBaseDir() {
        return varDir().resolve("wildfly");
    }

    /** Where the readiness probe and the banner reach the server. */
    String probeHost() {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
    }

    /** The variables the WildFly datasources LedgerOwnerDS, LedgerDS and PortalDS read at boot. */
    Map<String, String> datasourceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MARIADB_HOST", dbHost);
        env.put("MARIADB_PORT", Integer.toString(dbPort));
        env.put("MARIADB_DATABASE", database);
        env.put("MARIADB_OWNER_USER", ownerUser);
        env.put("MARIADB_OWNER_PASSWORD", ownerPassword);
        env.put("MARIADB_USER", ledgerUser);
        env.put("MARIADB_PASSWORD", ledgerPassword);
        env.put("MARIADB_PORTAL_USER", portalUser);
        env.put("MARIADB_PORTAL_PASSWORD", portalPassword);
        return env;
    }

    String describeDatabase() {
        if (externalDatabase) {
            return "external MariaDB at " + dbHost + ":" + dbPort + ", database " + database;
        }
        return "embedded MariaDB at " + home.relativize(embeddedDataDir()) + " (127.0.0.1:" + dbPort
                + "), database " + database;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String v = value(env, name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(v);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchException(name + " must be a port number (1-65535), not '" + v + "'");
        }
    }

    private static String checked(String v, Pattern pattern, String name, String allowed) {
        if (!pattern.matcher(v).matches()) {
            throw new LaunchException(name + " '" + v + "' is not allowed: use " + allowed + " only");
        }
        return v;
    }
}
