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
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
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
    static final String SCHEMA_VERSION = "6";

    private static final String CURRENT_VERSION_SQL = "SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1";
    private static final String FAILED_MIGRATIONS_SQL = "SELECT COUNT(*) FROM \"flyway_schema_history\" "
            + "WHERE NOT \"success\"";

    /**
     * Held open for the store's life: the database (and the file lock that keeps a second instance
     * out) lives as long as one connection does; SHUTDOWN goes through it on close.
     */
    private final Connection holder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final String description;
    /** The data directory's media folder; for an in-memory store, a temporary folder made on first use. */
    private Path mediaDir;
    private final boolean temporaryMedia;

    private Store(JdbcDataSource dataSource, Connection holder, String description, Path mediaDir) {
        this.holder = holder;
        this.temporaryMedia = mediaDir == null;
        this.mediaDir = mediaDir;
        this.pool = JdbcConnectionPool.create(dataSource);
        this.description = description;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArrayType(Instant.class, "TIMESTAMP WITH TIME ZONE", t -> t == null ? null : t.atOffset(ZoneOffset.UTC));
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        });
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
        Store store = new Store(ds, holder, dataDir.toString(), dataDir.resolve(MEDIA_FOLDER));
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
            return migrate(new Store(ds, ds.getConnection(), "memory:" + name, null));
        } catch (SQLException e) {
            throw new StoreException("Cannot open the in-memory store " + name + ": " + e.getMessage(), e);
        }
    }

    private static Store migrate(Store store) {
        Flyway.configure()
                .dataSource(store.pool)
                .locations("classpath:db/migration")
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
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE,
                handle -> work.run(new StoreTransaction(handle)));
    }

    /**
     * Reads in a transaction of its own, from one snapshot: a read of several statements (a calendar page,
     * a backup) sees no write that commits while it runs (H2 keeps snapshots with MVCC; a reader blocks no one).
     */
    public <R> R read(StoreWork<R> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> work.run(new StoreTransaction(handle)));
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
        pool.dispose();
        try {
            // SHUTDOWN closes the database and this connection with it; closing it again would fail.
            holder.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("The store did not close cleanly: " + e.getMessage(), e);
        }
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
