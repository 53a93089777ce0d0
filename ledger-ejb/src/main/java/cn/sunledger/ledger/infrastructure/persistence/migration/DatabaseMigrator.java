package cn.sunledger.ledger.infrastructure.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up (Flyway owns the schema: db/migration, numbered), then, when the
 * server runs with {@code -Dsunledger.demo=true}, loads the demo data once: demo SQL under db/demo with its
 * own history table, the demo users of docs/demo-users.csv, the demo notices, the demo projects, the demo
 * fund ledger, the demo assets, the demo households and the demo income distribution plans.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    static final String DEMO_PROPERTY = "sunledger.demo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** The schema owner's connection: the runtime user (LedgerDS) may not run DDL, create triggers or grant. */
    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource dataSource;

    @Inject
    DemoUsers demoUsers;

    @Inject
    DemoNotices demoNotices;

    @Inject
    DemoProjects demoProjects;

    @Inject
    DemoFunds demoFunds;

    @Inject
    DemoAssets demoAssets;

    @Inject
    DemoHouseholds demoHouseholds;

    @Inject
    DemoDistributions demoDistributions;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("db/migration", "flyway_schema_history")
                .javaMigrations(new V12_1__MaskPublicNames(), new V17_1__StoreLogNodes(), new V30__PublicAssets())
                .load().migrate();
        LOG.info(() -> "schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            MigrateResult demo = flyway("db/demo", "flyway_demo_history").load().migrate();
            int users = demoUsers.loadMissing();
            int notices = demoNotices.publishMissing();
            long started = System.nanoTime();
            int projects = demoProjects.createMissing();
            // the demo projects post the demo ledger before their completion notice (DemoFunds logs what it
            // posts); a database whose demo projects predate the ledger gets it here
            demoFunds.loadMissing();
            // the assets form from the accepted project once its payments are in the ledger
            int assets = demoAssets.loadMissing();
            // the plans pay the assets' income to the households, so both come after the assets
            int households = demoHouseholds.loadMissing();
            int plans = demoDistributions.loadMissing();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "demo data: " + demo.migrationsExecuted + " scripts, " + users + " users, " + notices
                    + " published notices, " + projects + " projects, " + assets + " assets, " + households
                    + " households and " + plans + " distribution plans (in " + millis + " ms) loaded now");
        }
    }

    private FluentConfiguration flyway(String location, String historyTable) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                // the demo history starts on a schema that already has tables
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("portal_user", user("MARIADB_PORTAL_USER", "sunledger_portal"),
                        "runtime_user", user("MARIADB_USER", "sunledger")));
    }

    /**
     * A database user the migrations grant to, by its environment variable (the datasources read the same): the
     * portal's (SELECT on public tables and views) or the ledger's runtime user (UPDATE/DELETE on mutable tables).
     */
    static String user(String variable, String fallback) {
        String user = System.getenv(variable);
        return user == null || user.isBlank() ? fallback : user;
    }
}
