package io.slotwise.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the tests' own: made with Debian's {@code initdb} in a temporary folder, started on a
 * free loopback port, removed when the test JVM ends. Password authentication over TCP (so a wrong password is
 * refused as on a real server), one fresh database per {@link #newDatabase() call}. As root, the server runs as
 * the {@code postgres} user Debian's package makes (PostgreSQL refuses to run as root).
 *
 * <p>The binaries are found under {@code /usr/lib/postgresql/N/bin} (or {@code SLOTWISE_PG_BIN}); without them
 * the tests that need the server fail with what to install: {@code .ci/run} installs the package.
 */
public final class ThrowawayPostgres {

    public static final String USER = "slotwise";
    public static final String PASSWORD = "team-calendar-test";

    private static ThrowawayPostgres shared;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private ThrowawayPostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The cluster of this test JVM, started on first use. */
    public static synchronized ThrowawayPostgres shared() {
        if (shared == null) {
            shared = startNew();
            ThrowawayPostgres cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "throwaway-postgres-stop"));
        }
        return shared;
    }

    private static ThrowawayPostgres startNew() {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("slotwise-pg-");
            Path data = dir.resolve("data");
            Path pwFile = dir.resolve("pw");
            Files.writeString(pwFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            ThrowawayPostgres pg = new ThrowawayPostgres(bin, data, freePort(), root);
            pg.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwFile,
                    "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findBinaries() {
        String given = System.getenv("SLOTWISE_PG_BIN");
        if (given != null && Files.isExecutable(Path.of(given, "initdb"))) {
            return Path.of(given);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The team-calendar tests need a PostgreSQL server's programs (initdb,"
                    + " pg_ctl): apt-get install postgresql (.ci/run does), or set SLOTWISE_PG_BIN", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts (or restarts) the server and waits until it takes connections. */
    public void start() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                "-l", dataDir.resolveSibling("server.log").toString(),
                "-o", "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=200 -c shared_buffers=64MB",
                "start"));
    }

    /**
     * Kills the server at once, as a crash would: SIGKILL to the postmaster and every backend (no checkpoint, no
     * goodbye to the open connections); the next {@link #start} recovers from the write-ahead log.
     */
    public void kill() {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        postmaster.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        all.add(postmaster);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not end", e);
            }
        }
    }

    /** Stops the server cleanly (the tests' end). */
    private void stop() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
    }

    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not running: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** A new empty database owned by {@link #USER}; returns its name. */
    public String newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return name;
    }

    /** The server's address for {@code database}, as a user gives it with {@code --database}. */
    public String address(String database) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A team server for a new empty database, with the password given as PGPASSWORD would. */
    public TeamServer newTeamServer() {
        return TeamServer.parse(address(newDatabase()), PASSWORD);
    }

    private void destroy() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(dataDir.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    private void pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean quiet) {
        try {
            Path log = Files.createTempFile("slotwise-pg-cmd", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", command));
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n"
                            + Files.readString(log));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
