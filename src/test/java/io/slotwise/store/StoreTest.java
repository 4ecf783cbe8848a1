package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Account;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Subaccount;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everythingWrittenIsThereAfterReopening() {
        Slot slot = Slot.builder("slot_1").recurrence(Recurrence.monthly(2, DayOfWeek.TUESDAY))
                .window(LocalTime.of(13, 30), LocalTime.of(14, 30)).zone("Europe/Copenhagen")
                .targets(Target.allAccounts(Platform.TWITTER), new Target(Platform.FACEBOOK, "fb", "page_1"))
                .labels("lbl_1").excludeDates(LocalDate.of(2026, 4, 14)).startDate(LocalDate.of(2026, 3, 10))
                .anchorDate(LocalDate.of(2026, 3, 10)).build();
        Post post = new Post("post_1", "me", PostStatus.SCHEDULED, Platform.TWITTER, "tw", null,
                new PostContent("Hello 👋\nsecond line", List.of("https://x/y.jpg"),
                        List.of(new ThreadPost("two", List.of()))),
                "{\"targetType\":\"twitter\"}", Set.of("lbl_1"), Instant.parse("2026-03-10T12:30:00Z"), "slot_1",
                Instant.parse("2026-03-10T12:30:00Z"), T0, T0);

        try (Store store = Store.open(dir)) {
            store.inTransaction(tx -> {
                tx.accounts().insert(new Account("tw", "me", Platform.TWITTER, "Tweets", "tw_user", false, List.of()), T0);
                tx.accounts().insert(new Account("fb", "me", Platform.FACEBOOK, "FB", null, true,
                        List.of(new Subaccount("page_1", "Page One"))), T0);
                tx.labels().insert("lbl_1", "me", "Promo", T0);
                tx.slots().insert(new CalendarSlot("me", slot, T0), T0);
                tx.posts().insert(post);
                tx.settings().put("exactSlotTimes", "false");
                return null;
            });
        }
        try (Store store = Store.open(dir)) {
            store.read(tx -> {
                assertThat(tx.slots().find("slot_1").orElseThrow().slot()).isEqualTo(slot);
                assertThat(tx.posts().find("post_1").orElseThrow()).isEqualTo(post);
                assertThat(tx.accounts().all()).extracting(Account::id).containsExactly("fb", "tw");
                assertThat(tx.accounts().find("fb").orElseThrow().subaccounts())
                        .containsExactly(new Subaccount("page_1", "Page One"));
                assertThat(tx.labels().all()).extracting(l -> l.name()).containsExactly("Promo");
                assertThat(tx.settings().get("exactSlotTimes")).contains("false");
                assertThat(tx.plannedPosts().laneHolders(T0)).hasSize(1);
                return null;
            });
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (Store store = Store.open(dir)) {
            try {
                store.inTransaction(tx -> {
                    tx.labels().insert("lbl_1", "me", "Promo", T0);
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the label must not be there
            }
            List<io.slotwise.engine.Label> labels = store.read(tx -> tx.labels().all());
            assertThat(labels).isEmpty();
        }
    }

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() throws Exception {
        Path migrations = Path.of(Store.class.getResource("/db/migration").toURI());
        int newest;
        try (var files = java.nio.file.Files.walk(migrations)) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Store.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void aStoreWhoseLastMigrationFailedIsHandedToFlywayWhichRefusesIt() throws Exception {
        try (Store store = Store.open(dir)) {
            store.jdbi().useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE"));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(dir))
                .hasMessageContaining("failed migration");
    }

    @Test
    void aStoreMadeByAnEarlierVersionIsUpgradedWhenOpened() throws Exception {
        // A store as version 1 of the schema left it, with a post in it.
        var ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve(Store.FILE_NAME));
        ds.setUser("slotwise");
        ds.setPassword("");
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").target("1").load()
                .migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO post (id, owner_id, status, content_json, created_at, updated_at) "
                    + "VALUES ('p1', 'me', 'draft', '{\"text\":\"kept\"}', TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')");
            st.execute("SHUTDOWN");
        }
        try (Store store = Store.open(dir)) {
            String version = store.jdbi().withHandle(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")
                    .mapTo(String.class).one());
            assertThat(version).isEqualTo(Store.SCHEMA_VERSION);
            assertThat(store.read(tx -> tx.posts().find("p1")).orElseThrow().content().text()).isEqualTo("kept");
        }
    }

    @Test
    void aNewStoreStartsFromTheTemplateWhichMatchesWhatTheMigrationsMake(@TempDir Path other) {
        assertThat(Store.class.getResource(Store.TEMPLATE_RESOURCE)).as("the build made the template").isNotNull();
        try (Store fromTemplate = Store.open(dir); Store fromMigrations = Store.openFromMigrations(other)) {
            assertThat(schemaOf(fromTemplate)).isEqualTo(schemaOf(fromMigrations)).isNotEmpty();
            assertThat(historyOf(fromTemplate)).isEqualTo(historyOf(fromMigrations))
                    .last().asString().startsWith(Store.SCHEMA_VERSION + " ");
            // Usable like any store: written, then read back after reopening.
            fromTemplate.inTransaction(tx -> {
                tx.accounts().insert(new Account("li_1", "local", Platform.LINKEDIN, "Work", null, false, List.of()), T0);
                return null;
            });
        }
        try (Store reopened = Store.open(dir)) {
            List<Account> accounts = reopened.read(tx -> tx.accounts().all());
            assertThat(accounts).extracting(Account::id).containsExactly("li_1");
        }
    }

    @Test
    void anExistingStoreIsNeverReplacedByTheTemplate() {
        try (Store store = Store.open(dir)) {
            store.inTransaction(tx -> {
                tx.accounts().insert(new Account("li_1", "local", Platform.LINKEDIN, "Work", null, false, List.of()), T0);
                return null;
            });
        }
        try (Store store = Store.open(dir)) {
            List<Account> accounts = store.read(tx -> tx.accounts().all());
            assertThat(accounts).hasSize(1);
        }
    }

    /** Tables, columns with their types, and indexes with their columns, in a stable order. */
    private static List<String> schemaOf(Store store) {
        return store.jdbi().withHandle(h -> {
            List<String> out = new java.util.ArrayList<>(h.createQuery("SELECT TABLE_NAME || '.' || COLUMN_NAME || ' '"
                    + " || DATA_TYPE || ' ' || IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " ORDER BY TABLE_NAME, ORDINAL_POSITION").mapTo(String.class).list());
            out.addAll(h.createQuery("SELECT INDEX_NAME || ' ' || TABLE_NAME || '.' || COLUMN_NAME FROM "
                    + "INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME NOT LIKE 'PRIMARY_KEY%'"
                    + " AND INDEX_NAME NOT LIKE 'CONSTRAINT%' ORDER BY INDEX_NAME, ORDINAL_POSITION").mapTo(String.class).list());
            return out;
        });
    }

    private static List<String> historyOf(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT \"version\" || ' ' || \"script\" || ' ' || \"checksum\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"").mapTo(String.class).list());
    }

}
