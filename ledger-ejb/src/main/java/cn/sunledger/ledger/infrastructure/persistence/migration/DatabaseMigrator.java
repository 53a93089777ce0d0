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
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up (Flyway owns the schema: db/migration, numbered), then, when the
 * server runs with {@code -Dsunledger.demo=true}, loads the demo data once: demo SQL under db/demo with its
 * own history table, the demo users of docs/demo-users.csv, the demo notices and the demo projects.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    static final String DEMO_PROPERTY = "sunledger.demo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource dataSource;

    @Inject
    DemoUsers demoUsers;

    @Inject
    DemoNotices demoNotices;

    @Inject
    DemoProjects demoProjects;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("db/migration", "flyway_schema_history", new V17_1__StoreLogNodes()).migrate();
        LOG.info(() -> "schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            MigrateResult demo = flyway("db/demo", "flyway_demo_history").migrate();
            int users = demoUsers.loadMissing();
            int notices = demoNotices.publishMissing();
            long started = System.nanoTime();
            int projects = demoProjects.createMissing();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "demo data: " + demo.migrationsExecuted + " scripts, " + users + " users, " + notices
                    + " published notices and " + projects + " projects (in " + millis + " ms) loaded now");
        }
    }

    /** Java migrations are listed explicitly: Flyway finds only SQL ones in {@code location}. */
    private Flyway flyway(String location, String historyTable, JavaMigration... javaMigrations) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                // the demo history starts on a schema that already has tables
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("portal_user", portalUser()))
                .javaMigrations(javaMigrations)
                .load();
    }

    /** The portal's database user, granted SELECT on publication tables by the migrations. */
    static String portalUser() {
        String user = System.getenv("MARIADB_PORTAL_USER");
        return user == null || user.isBlank() ? "sunledger_portal" : user;
    }
}
