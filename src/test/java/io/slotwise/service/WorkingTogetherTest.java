package io.slotwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two members' apps on one team calendar (two {@link Services} on one database of the throwaway PostgreSQL server):
 * each hears of the other's changes, acts only on what is there, and undoes only its own; the server going away and
 * coming back; testing an address before switching to it.
 */
class WorkingTogetherTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MON_9 = Instant.parse("2026-03-09T09:00:00Z");
    private static final Instant TUE_10 = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private TeamServer server;
    private Services anna;
    private Services ben;

    @BeforeEach
    void open() {
        server = ThrowawayPostgres.shared().newTeamServer();
        anna = Services.over(Store.openTeam(server, dir.resolve("anna")), clock, new SplittableRandom(1));
        ben = Services.over(Store.openTeam(server, dir.resolve("ben")), clock, new SplittableRandom(2));
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
    }

    private CalendarSlot slot(Services s, DayOfWeek day, int hour) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, day), LocalTime.of(hour, 0), null, UTC,
                List.of(), Set.of(), true, null, Set.of()));
    }

    private Post draft(Services s, String text) {
        return s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text(text), null,
                Set.of()));
    }

    @Test
    void eachAppHearsOfTheOthersChangesAndNotOfItsOwn() {
        AtomicInteger annaHeard = new AtomicInteger();
        AtomicInteger benHeard = new AtomicInteger();
        anna.team().whenChangedElsewhere(annaHeard::incrementAndGet);
        ben.team().whenChangedElsewhere(benHeard::incrementAndGet);
        assertThat(anna.team().isTeamServer()).isTrue();
        assertThat(anna.team().describe()).isEqualTo("Team calendar " + server.address().substring("postgresql://".length()));

        Post p = draft(ben, "From Ben");
        WaitUntil.holds("annaHeard.get() >= 1", Duration.ofSeconds(2), () -> annaHeard.get() >= 1);
        assertThat(anna.posts().drafts(ME)).extracting(Post::id).containsExactly(p.id());
        // Anna's own writes are not news to her; Ben hears of them.
        int before = annaHeard.get();
        anna.posts().delete(ME, new SeenPost(p, UTC));
        WaitUntil.holds("benHeard.get() >= 1", Duration.ofSeconds(2), () -> benHeard.get() >= 1);
        assertThat(annaHeard.get()).isEqualTo(before);
    }

    @Test
    void aMoveOnAStaleViewIsRefusedAndUndoLeavesTheOthersLaterChange() {
        CalendarSlot monday = slot(anna, DayOfWeek.MONDAY, 9);
        CalendarSlot tuesday = slot(anna, DayOfWeek.TUESDAY, 10);
        Post draft = draft(anna, "Launch");
        Post annas = anna.posts().moveToOccurrence(ME, new SeenPost(draft, UTC), monday.slot().id(), MON_9);

        Post bensView = ben.posts().find(ME, annas.id()).orElseThrow();
        ben.posts().moveToOccurrence(ME, new SeenPost(bensView, UTC), tuesday.slot().id(), TUE_10);

        assertThatThrownBy(() -> anna.posts().unschedule(ME, new SeenPost(annas, UTC)))
                .hasMessage("Someone else moved this post to Tue 10 Mar 10:00 since you saw it");
        assertThatThrownBy(() -> anna.posts().putBack(ME, List.of(new PostReversal(draft.id(), annas, draft)), UTC))
                .hasMessage("Someone else moved this post to Tue 10 Mar 10:00 since your change");
        assertThat(ben.posts().find(ME, draft.id()).orElseThrow().scheduledAt()).isEqualTo(TUE_10);
        // Anna's app plans from what Ben wrote: Tuesday's lane is his post's.
        assertThat(anna.queue().addToQueue(ME, new SeenPost(draft(anna, "Next"), UTC)).placement().scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void theServerGoingAwayIsHeardWritesAreRefusedWholeAndItResumes() {
        List<TeamReachability> heard = new CopyOnWriteArrayList<>();
        AtomicInteger changes = new AtomicInteger();
        anna.team().whenReachabilityChanges(heard::add);
        anna.team().whenChangedElsewhere(changes::incrementAndGet);
        Post p = draft(anna, "Before the outage");
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        pg.kill();
        try {
            WaitUntil.holds("!heard.isEmpty()", Duration.ofSeconds(10), () -> !heard.isEmpty());
            assertThat(heard.get(0).reachable()).isFalse();
            assertThatThrownBy(() -> anna.posts().delete(ME, new SeenPost(p, UTC)))
                    .isInstanceOf(ServiceException.class)
                    .satisfies(e -> assertThat(((ServiceException) e).problem()).isEqualTo(Problem.UNAVAILABLE))
                    .hasMessageContaining("is out of reach").hasMessageContaining("nothing was written");
        } finally {
            pg.start();
        }
        WaitUntil.holds("heard.size() >= 2", Duration.ofSeconds(10), () -> heard.size() >= 2);
        assertThat(heard.get(1).reachable()).isTrue();
        assertThat(changes.get()).as("what others wrote meanwhile is read again").isPositive();
        assertThat(anna.posts().drafts(ME)).extracting(Post::id).containsExactly(p.id());
        anna.posts().delete(ME, new SeenPost(p, UTC));
        assertThat(ben.posts().drafts(ME)).isEmpty();
    }

    @Test
    void testingAnAddressSaysWhatIsWrongInPlainWords() throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        Map<String, String> noEnv = Map.of();
        Path home = dir.resolve("home");
        String address = server.address();
        assertThat(TeamCalendar.test(address, ThrowawayPostgres.PASSWORD, dir, noEnv, home).outcome())
                .isEqualTo(ConnectionCheck.Outcome.WORKS);
        ConnectionCheck wrong = TeamCalendar.test(address, "not-it", dir, noEnv, home);
        assertThat(wrong.outcome()).isEqualTo(ConnectionCheck.Outcome.WRONG_PASSWORD);
        assertThat(wrong.message()).isEqualTo("the server at 127.0.0.1:" + pg.port() + " refused user \"slotwise\" with the"
                + " password typed");
        assertThat(TeamCalendar.test(address.replace(server.database(), "nosuchdb"), ThrowawayPostgres.PASSWORD, dir,
                noEnv, home).outcome()).isEqualTo(ConnectionCheck.Outcome.DATABASE_MISSING);
        assertThat(TeamCalendar.test("postgresql://slotwise@127.0.0.1:1/x", "pw", dir, noEnv, home).outcome())
                .isEqualTo(ConnectionCheck.Outcome.UNREACHABLE);
        ConnectionCheck bad = TeamCalendar.test("postgresql://slotwise:secret@host/x", "", dir, noEnv, home);
        assertThat(bad.outcome()).isEqualTo(ConnectionCheck.Outcome.BAD_ADDRESS);
        assertThat(bad.message()).startsWith("leave the password out of the address");
        // The password of PGPASSWORD counts when none is typed.
        assertThat(TeamCalendar.test(address, "", dir, Map.of("PGPASSWORD", ThrowawayPostgres.PASSWORD), home).works())
                .isTrue();

        try (var c = DriverManager.getConnection(pg.jdbcUrl(server.database()), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD); var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99.sql', "
                    + "'slotwise', 1, true)");
        }
        ConnectionCheck newer = TeamCalendar.test(address, ThrowawayPostgres.PASSWORD, dir, noEnv, home);
        assertThat(newer.outcome()).isEqualTo(ConnectionCheck.Outcome.NEWER_SCHEMA);
        assertThat(newer.message()).contains("update Slotwise on this computer");
    }
}
