package cn.sunledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly (wildfly-config/target/server) started with standalone.sh, but with its own
 * server base directory var/wildfly so that runs never write into the build output. configuration/ and
 * deployments/ are copied fresh on each start (a rebuilt WAR is picked up); data/ and log/ are kept.
 */
final class WildFlyProcess {

    private static final List<String> DEPLOYMENT_MARKERS =
            List.of(".deployed", ".failed", ".isdeploying", ".isundeploying", ".pending", ".undeployed");

    private final Process process;
    private final Path consoleLog;

    private WildFlyProcess(Process process, Path consoleLog) {
        this.process = process;
        this.consoleLog = consoleLog;
    }

    static WildFlyProcess start(LaunchSettings settings) {
        Path home = settings.serverHome();
        Path script = home.resolve("bin/standalone.sh");
        if (!Files.isExecutable(script)) {
            throw new LaunchException("WildFly is not provisioned at " + home
                    + ": build it with ./sunledger run (or mvn -DskipTests install)");
        }
        requireFreePort(settings.httpPort, "SUNLEDGER_PORT (HTTP)");
        requireFreePort(settings.managementPort, "the management port (SUNLEDGER_PORT+1910)");
        Path base = settings.serverBaseDir();
        prepareBaseDir(home.resolve("standalone"), base);
        Path console = base.resolve("log/console.log");

        ProcessBuilder builder = new ProcessBuilder(List.of(
                script.toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + settings.httpPort,
                "-Djboss.management.http.port=" + settings.managementPort,
                "-Djboss.bind.address=" + settings.bindAddress,
                "-Dsunledger.demo=true",
                "-Dsunledger.portal.url=" + settings.publicUrl,
                "-Dsunledger.household.keys=" + settings.householdKeyFile(),
                "-Duser.timezone=Asia/Shanghai"));
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1"); // standalone.sh then relays TERM/INT to the JVM
        env.put("JBOSS_HOME", home.toString());
        env.put("JBOSS_LOG_DIR", base.resolve("log").toString());
        env.put("JBOSS_CONFIG_DIR", base.resolve("configuration").toString());
        env.remove("JBOSS_PIDFILE");
        env.put("JAVA_OPTS", String.join(" ",
                "-Xms64m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m",
                "-Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman",
                "-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Shanghai",
                "-Dorg.jboss.logmanager.nocolor=true"));
        env.put("TZ", "Asia/Shanghai");
        env.putAll(settings.datasourceEnvironment());
        builder.directory(base.toFile());
        builder.redirectErrorStream(true);
        builder.redirectOutput(console.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            return new WildFlyProcess(builder.start(), console);
        } catch (IOException e) {
            throw new LaunchException("cannot start " + script + ": " + e.getMessage(), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Why startup cannot succeed any more, if so: the server died, or the scanner marked a WAR as failed. */
    Optional<String> startupProblem() {
        if (!process.isAlive()) {
            return Optional.of("WildFly stopped during startup (exit code " + process.exitValue() + ")");
        }
        Path deployments = consoleLog.getParent().resolveSibling("deployments");
        try (Stream<Path> files = Files.list(deployments)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".failed"))
                    .findFirst()
                    .map(f -> f.getFileName().toString().replace(".failed", "") + " failed to deploy: "
                            + readQuietly(f));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(see the console log)";
        }
    }

    int exitCode() {
        return process.exitValue();
    }

    Path consoleLog() {
        return consoleLog;
    }

    /**
     * SIGTERM to standalone.sh and to its java child (WildFly shuts down gracefully), up to 30 s, then
     * SIGKILL to whatever is left.
     */
    void stop() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // killed below
            }
        }
        List<ProcessHandle> stubborn = all.stream().filter(ProcessHandle::isAlive).toList();
        if (!stubborn.isEmpty()) {
            System.out.println("WildFly did not stop within 30 s; killing it");
            stubborn.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The last lines of the console log, for a failure report. */
    List<String> consoleTail(int lines) {
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(consoleLog, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            tail.addLast("(cannot read " + consoleLog + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }

    private static void prepareBaseDir(Path provisioned, Path base) {
        try {
            for (String fresh : List.of("configuration", "deployments", "tmp")) {
                deleteTree(base.resolve(fresh));
            }
            copyTree(provisioned.resolve("configuration"), base.resolve("configuration"));
            copyTree(provisioned.resolve("deployments"), base.resolve("deployments"));
            Files.createDirectories(base.resolve("data"));
            Files.createDirectories(base.resolve("log"));
        } catch (IOException e) {
            throw new LaunchException("cannot prepare " + base + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                String name = source.getFileName().toString();
                if (DEPLOYMENT_MARKERS.stream().anyMatch(name::endsWith)) {
                    continue; // state of an earlier server run, not part of the build
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new LaunchException("port " + port + " is already in use (" + what + "): is another server "
                    + "running? Stop it or choose another SUNLEDGER_PORT");
        }
    }
}
