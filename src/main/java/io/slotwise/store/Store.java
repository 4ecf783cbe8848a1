package io.slotwise.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The embedded database: H2 in file mode under a data directory, created and upgraded by Flyway
 * migrations. Every service operation runs in one {@link #inTransaction transaction}.
 *
 * <p>The file is locked by the process that opened it; a second process gets a
 * {@link StoreLockedException} with a clear message, never a damaged file.
 */
public final class Store implements AutoCloseable {

    static final String FILE_NAME = "slotwise";
    /** H2's file for {@link #FILE_NAME}. */
    static final String DATABASE_FILE = FILE_NAME + ".mv.db";
    /**
     * A new, empty store at {@link #SCHEMA_VERSION}, made by Flyway from the migrations at build time
     * ({@link NewStoreTemplate}). A data directory without a store starts as a copy of it: Flyway's
     * classpath scan, SQL parsing and history table cost a first start about 0.2 s (BENCHMARKS.md).
     */
    static final String TEMPLATE_RESOURCE = "new-store.mv.db";
    /** The data directory's folder for media given as bytes ({@link MediaFiles}). */
    public static final String MEDIA_FOLDER = "media";

    /**
     * The version of the newest migration in {@code db/migration}. A store already at it opens without
     * Flyway, whose classpath scan and validation cost more than opening the database itself on a
     * cold start; any other store goes through Flyway. {@code StoreTest} keeps this in step with the files.
     */
    static final String SCHEMA_VERSION = "7";
    /**
     * The migrations: one set for both databases ({@code common}); PostgreSQL's folder holds what it needs first
     * (a CLOB type, which H2 has built in).
     */
    private static final String[] EMBEDDED_MIGRATIONS = {"classpath:db/migration/common"};
    private static final String[] TEAM_MIGRATIONS = {"classpath:db/migration/common", "classpath:db/migration/postgresql"};

    private static final String CURRENT_VERSION_SQL = "SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1";
    private static final String FAILED_MIGRATIONS_SQL = "SELECT COUNT(*) FROM \"flyway_schema_history\" "
            + "WHERE NOT \"success\"";

    /** Closes what the store holds open: H2's SHUTDOWN, or the team server's pool and change feed. */
    private final Runnable shutdown;
    private final DataSource pool;
    private final Jdbi jdbi;
    private final String description;
    /** What this app tells the other apps of its writes (a team server's NOTIFY); null on H2, which no other app writes. */
    private final ChangeFeed changes;
    /** The data directory's media folder; for an in-memory store, a temporary folder made on first use. */
    private Path mediaDir;
    private final boolean temporaryMedia;

    private Store(DataSource pool, Runnable shutdown, String description, Path mediaDir, ChangeFeed changes) {
        this.shutdown = shutdown;
        this.temporaryMedia = mediaDir == null;
        this.mediaDir = mediaDir;
        this.pool = pool;
        this.description = description;
        this.changes = changes;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // A statement's arguments never go into an exception's message: they may be an API key (a forwarder's) and
        // messages reach logs and the user.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArrayType(Instant.class, changes != null ? "timestamptz" : "TIMESTAMP WITH TIME ZONE",
                t -> t == null ? null : t.atOffset(ZoneOffset.UTC));
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        });
    }

    /** An H2 store: its connection pool, closed with the database by SHUTDOWN through {@code holder}. */
    private static Store h2(JdbcDataSource dataSource, Connection holder, String description, Path mediaDir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource);
        return new Store(pool, () -> {
            pool.dispose();
            try {
                // SHUTDOWN closes the database and this connection with it; closing it again would fail.
                holder.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new StoreException("The store did not close cleanly: " + e.getMessage(), e);
            }
        }, description, mediaDir, null);
    }

    /** Opens (creating or upgrading) the store in {@code dataDir}; a new one starts from the template. */
    public static Store open(Path dataDir) {
        return open(dataDir, true);
    }

    /**
     * Opens the store in {@code dataDir}, a new one made by running every migration (Flyway), never
     * from the template: for the build that makes the template, and the smoke test that proves Flyway
     * works on the packaged runtime (store upgrades depend on it).
     */
    public static Store openFromMigrations(Path dataDir) {
        return open(dataDir, false);
    }

    private static Store open(Path dataDir, boolean fromTemplate) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (fromTemplate) {
            startFromTemplate(dataDir);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // WRITE_DELAY=0: a committed transaction is on disk before the call returns, so a crash
        // right after it loses nothing.
        ds.setURL("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("slotwise");
        ds.setPassword("");
        Connection holder = null;
        boolean current;
        try {
            holder = ds.getConnection();
            current = isCurrent(holder);
        } catch (SQLException e) {
            closeQuietly(holder);
            if (isLocked(e)) {
                throw new StoreLockedException(dataDir, e);
            }
            throw new StoreException("Cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
        Store store = h2(ds, holder, dataDir.toString(), dataDir.resolve(MEDIA_FOLDER));
        if (current) {
            return store;
        }
        try {
            return migrate(store);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("Cannot create or upgrade the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the team calendar on a PostgreSQL server, creating or upgrading its schema with the same migrations
     * as the embedded store; media files stay in {@code dataDir}'s media folder. The server is asked first with
     * one plain connection, so what goes wrong is said in the user's words ({@link TeamServerException}).
     */
    public static Store openTeam(TeamServer server, Path dataDir) {
        checkTeam(server);
        HikariConfig config = new HikariConfig();
        config.setPoolName("slotwise-team");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        // A few connections: one writer at a time (the write turn), plus reads; a team of apps shares the server.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource pool = new HikariDataSource(config);
        ChangeFeed feed = new ChangeFeed(() -> connect(server));
        Store store = new Store(pool, () -> {
            feed.close();
            pool.close();
        }, server.address(), dataDir.resolve(MEDIA_FOLDER), feed);
        try {
            migrate(store);
        } catch (RuntimeException e) {
            store.close();
            throw new TeamServerException(TeamServerProblem.OTHER, "Cannot create or upgrade the team calendar at "
                    + server.address() + ": " + e.getMessage(), e);
        }
        feed.start();
        return store;
    }

    /**
     * Asks the team server whether this app can open its calendar, without changing anything there: it answers,
     * takes the user and password, has the database, and its schema is not newer than this app's. Returns the
     * schema version found (0: a database Slotwise has not used yet, made on first open).
     *
     * @throws TeamServerException saying what is wrong, in the user's words
     */
    public static long checkTeam(TeamServer server) {
        long known;
        try (Connection c = connect(server)) {
            known = teamSchemaVersion(c);
        } catch (SQLException e) {
            throw teamProblem(server, e);
        }
        if (known > Long.parseLong(SCHEMA_VERSION)) {
            throw new TeamServerException(TeamServerProblem.NEWER_SCHEMA, "The team calendar at " + server.address()
                    + " was upgraded by a newer Slotwise (its schema is version " + known + ", this app knows "
                    + SCHEMA_VERSION + "): update Slotwise on this computer", null);
        }
        return known;
    }

    private static Connection connect(TeamServer server) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        if (server.password() != null) {
            p.setProperty("password", server.password());
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "10");
        return new org.postgresql.Driver().connect(server.jdbcUrl(), p);
    }

    /** The schema version on the server, 0 for a database Slotwise has not used yet. */
    private static long teamSchemaVersion(Connection c) throws SQLException {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT max(CAST(version AS NUMERIC)) FROM flyway_schema_history WHERE success")) {
            // Versions are numbers such as 7 or 0.9 (PostgreSQL's CLOB domain, before version 1).
            return rs.next() && rs.getBigDecimal(1) != null ? rs.getBigDecimal(1).longValue() : 0;
        }
    }

    /** What went wrong reaching a team server, said so that the user knows what to do. */
    static TeamServerException teamProblem(TeamServer server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = server.host() + ":" + server.port();
        if (state.equals("28P01") || state.equals("28000")
                || (state.equals("08004") && String.valueOf(e.getMessage()).contains("password"))) {
            return new TeamServerException(TeamServerProblem.AUTH_FAILED, "The team server at " + where
                    + " refused user \"" + server.user() + "\": wrong or missing password (give it in PGPASSWORD or"
                    + " a ~/.pgpass line)", e);
        }
        if (state.equals("3D000")) {
            return new TeamServerException(TeamServerProblem.DATABASE_MISSING, "The team server at " + where
                    + " has no database \"" + server.database() + "\": ask its administrator to create it"
                    + " (createdb " + server.database() + ")", e);
        }
        if (state.startsWith("08") || e.getCause() instanceof java.io.IOException) {
            return new TeamServerException(TeamServerProblem.UNREACHABLE, "Cannot reach the team server at " + where
                    + ": " + reason(e), e);
        }
        return new TeamServerException(TeamServerProblem.OTHER, "The team server at " + where + " said: "
                + e.getMessage(), e);
    }

    private static String reason(SQLException e) {
        Throwable cause = e.getCause();
        if (cause instanceof java.net.UnknownHostException) {
            return "no such host";
        }
        if (cause instanceof java.net.ConnectException) {
            return "nothing answers at that port (is the server running?)";
        }
        if (cause instanceof java.net.SocketTimeoutException) {
            return "no answer within 5 seconds";
        }
        return e.getMessage();
    }

    /** Whether this store is a team server, where other apps write too. */
    public boolean isTeamServer() {
        return changes != null;
    }

    /** Tells {@code listener} of other apps' writes and of the server's reach; returns what removes it. */
    public Runnable addTeamListener(TeamCalendarListener listener) {
        return changes == null ? () -> { } : changes.addListener(listener);
    }

    /**
     * Puts a copy of the template where a store is missing. The copy is written aside and linked into
     * place, which fails if a store appeared meanwhile (another instance starting): never a half-written
     * file, never one replaced under a running instance. Without a template, or where links cannot be
     * made, the store is created by Flyway as before.
     */
    private static void startFromTemplate(Path dataDir) {
        Path target = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(target)) {
            return;
        }
        try (InputStream template = Store.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (template == null) {
                return;
            }
            Path copy = Files.createTempFile(dataDir, FILE_NAME, ".new");
            try {
                Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.createLink(target, copy);
            } catch (FileAlreadyExistsException | UnsupportedOperationException someoneElseOrNoLinks) {
                // Another instance made the store first, or the file system has no links: Flyway's way.
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            // Only a shortcut: Flyway creates the store from the migrations instead.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    /** Whether the schema is at {@link #SCHEMA_VERSION} with no failed migration on record. */
    private static boolean isCurrent(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            String version;
            try (var rs = st.executeQuery(CURRENT_VERSION_SQL)) {
                version = rs.next() ? rs.getString(1) : null;
            }
            try (var rs = st.executeQuery(FAILED_MIGRATIONS_SQL)) {
                return SCHEMA_VERSION.equals(version) && rs.next() && rs.getLong(1) == 0;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2) {
                return false; // a new store: Flyway creates it
            }
            throw e;
        }
    }

    /** A private in-memory store, for tests and benchmarks. */
    public static Store inMemory(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        ds.setUser("slotwise");
        ds.setPassword("");
        try {
            return migrate(h2(ds, ds.getConnection(), "memory:" + name, null));
        } catch (SQLException e) {
            throw new StoreException("Cannot open the in-memory store " + name + ": " + e.getMessage(), e);
        }
    }

    private static Store migrate(Store store) {
        Flyway.configure()
                .dataSource(store.pool)
                .locations(store.isTeamServer() ? TEAM_MIGRATIONS : EMBEDDED_MIGRATIONS)
                .load()
                .migrate();
        return store;
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} in one serializable transaction: all of it is written, or none. */
    public <R> R inTransaction(StoreWork<R> work) {
        // Every write first takes the turn (the plan_revision row's lock). On a team server that makes the writers
        // of all apps take turns, and READ COMMITTED reads what the one before committed once the turn is ours,
        // where SERIALIZABLE would fail the waiting writer instead; a team server also hears of the write.
        try {
            return jdbi.inTransaction(changes == null ? TransactionIsolationLevel.SERIALIZABLE
                    : TransactionIsolationLevel.READ_COMMITTED, handle -> {
                StoreTransaction tx = new StoreTransaction(handle);
                tx.takeWriteTurn();
                R result = work.run(tx);
                if (changes != null) {
                    changes.announce(handle, tx.revision());
                }
                return result;
            });
        } catch (JdbiException e) {
            throw changes == null ? e : outOfReachOr(e, "nothing was written");
        }
    }

    /**
     * Reads in a transaction of its own, from one snapshot: a read of several statements (a calendar page,
     * a backup) sees no write that commits while it runs (H2 keeps snapshots with MVCC; a reader blocks no one).
     */
    public <R> R read(StoreWork<R> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                    handle -> work.run(new StoreTransaction(handle)));
        } catch (JdbiException e) {
            throw changes == null ? e : outOfReachOr(e, "the calendar shows what it last read");
        }
    }

    /**
     * A team server's connection failing (the server stopped, the network dropped) as a {@link TeamServerException}
     * of kind UNREACHABLE, saying {@code consequence}; any other failure as it was. A transaction cut off this way
     * is rolled back by the server: nothing of it is written.
     */
    private RuntimeException outOfReachOr(JdbiException e, String consequence) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean lost = t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.io.IOException
                    || t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"));
            if (lost) {
                return new TeamServerException(TeamServerProblem.UNREACHABLE, "The team calendar at " + description
                        + " is out of reach (" + t.getMessage() + "): " + consequence, e);
            }
        }
        return e;
    }

    /** The media files kept beside the database. */
    public synchronized MediaFiles media() {
        if (mediaDir == null) {
            mediaDir = temporaryMediaDir();
        }
        return new MediaFiles(mediaDir);
    }

    private static Path temporaryMediaDir() {
        try {
            return Files.createTempDirectory("slotwise-media-");
        } catch (IOException e) {
            throw new StoreException("Cannot create a temporary media folder: " + e.getMessage(), e);
        }
    }

    /** Where the store lives, for messages. */
    public String description() {
        return description;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the database cleanly; everything committed is on disk. */
    @Override
    public void close() {
        synchronized (this) {
            if (temporaryMedia && mediaDir != null) {
                deleteQuietly(mediaDir);
            }
        }
        shutdown.run();
    }

    /** Instants go to the database as UTC offset date-times: no JVM time zone is ever involved. */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }


    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary folder: the system cleans it up eventually
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
