package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Account;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team calendar written by several apps at once (issue 13): two processes with four writers each assign 10,000
 * drafts to the same lanes at the same time, and the server is killed in the middle of a batch. The store's write
 * turn (every write first locks the plan_revision row) and the workspace's plan revision are what is proven here.
 */
class TeamCalendarConcurrencyTest {

    static final String OWNER = Workspace.LOCAL_OWNER;
    static final int ACCOUNTS = 10;
    static final int DRAFTS = 10_000;

    @TempDir
    Path dir;

    static String draftId(int i) {
        return String.format("draft_%05d", i);
    }

    static String account(int a) {
        return String.format("li_%02d", a);
    }

    /**
     * Ten LinkedIn accounts, fourteen weekly slots (two a day) each with a lane for every account, and 10,000 drafts
     * spread over the accounts: every writer competes for the same occurrences.
     */
    private static void plant(Store store) {
        Instant now = TeamWriterChild.NOW;
        store.inTransaction(tx -> {
            List<Target> targets = new ArrayList<>();
            for (int a = 0; a < ACCOUNTS; a++) {
                tx.accounts().insert(new Account(account(a), OWNER, Platform.LINKEDIN, "Account " + a, "user" + a,
                        false, List.of()), now);
                targets.add(Target.account(Platform.LINKEDIN, account(a)));
            }
            for (int s = 0; s < 14; s++) {
                Slot slot = Slot.builder("slot_" + s)
                        .recurrence(Recurrence.weekly(1, DayOfWeek.of(1 + s % 7)))
                        .at(LocalTime.of(s < 7 ? 9 : 17, 0))
                        .zone("UTC")
                        .targets(targets.toArray(new Target[0]))
                        .startDate(LocalDate.of(2026, 3, 2))
                        .build();
                tx.slots().insert(new CalendarSlot(OWNER, slot, now), now);
            }
            for (int i = 0; i < DRAFTS; i++) {
                Instant created = now.minusSeconds(DRAFTS - i);
                tx.posts().insert(new Post(draftId(i), OWNER, PostStatus.DRAFT, Platform.LINKEDIN, account(i % ACCOUNTS),
                        null, PostContent.text("draft " + i), null, Set.of(), null, null, null, created, created));
            }
            return null;
        });
    }

    @Test
    void eightWritersInTwoAppsNeverBookOneLaneTwiceAndKeepEveryAcknowledgedPlacement() throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        TeamServer server = pg.newTeamServer();
        try (Store store = Store.openTeam(server, dir.resolve("setup"))) {
            plant(store);
        }
        Map<String, String> env = Map.of("PGPASSWORD", ThrowawayPostgres.PASSWORD);
        String address = server.address();
        long t0 = System.nanoTime();
        try (ChildJvm a = ChildJvm.start(TeamWriterChild.class, env, address, dir.resolve("a").toString(),
                "0", "4", "8", Integer.toString(DRAFTS), "25");
             ChildJvm b = ChildJvm.start(TeamWriterChild.class, env, address, dir.resolve("b").toString(),
                "4", "4", "8", Integer.toString(DRAFTS), "25")) {
            a.awaitLine("ALL-DONE", Duration.ofMinutes(5));
            b.awaitLine("ALL-DONE", Duration.ofMinutes(5));
            assertThat(a.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(b.awaitExit(Duration.ofSeconds(30))).isZero();
            long ms = (System.nanoTime() - t0) / 1_000_000;

            Map<String, String> acknowledged = new HashMap<>();
            List<String> refused = new ArrayList<>();
            for (ChildJvm child : List.of(a, b)) {
                for (String line : child.output()) {
                    String[] f = line.split(" ");
                    if (f[0].equals("ACK")) {
                        assertThat(acknowledged.put(f[1], f[2] + " " + f[3])).as("placed once: " + f[1]).isNull();
                    } else if (f[0].equals("REFUSED")) {
                        refused.add(line);
                    }
                }
            }
            System.out.printf("TeamCalendarConcurrencyTest: %d placements by 8 writers in 2 apps in %d ms%n",
                    acknowledged.size(), ms);
            assertThat(refused).isEmpty();
            assertThat(acknowledged).hasSize(DRAFTS);

            try (Store store = Store.openTeam(server, dir.resolve("check"))) {
                // No lane of any occurrence holds two posts.
                List<String> doubleBooked = store.jdbi().withHandle(h -> h.createQuery(
                        "SELECT slot_id || ' ' || occurrence_start || ' ' || account_id FROM post "
                                + "WHERE status = 'scheduled' AND slot_id IS NOT NULL "
                                + "GROUP BY slot_id, occurrence_start, account_id, subaccount_id HAVING COUNT(*) > 1")
                        .mapTo(String.class).list());
                assertThat(doubleBooked).isEmpty();
                // Every placement an app was told of is in the store, as it was told.
                Map<String, String> stored = new HashMap<>();
                store.read(tx -> {
                    for (Post p : tx.posts().findAll(acknowledged.keySet())) {
                        stored.put(p.id(), p.scheduledAt() + " " + p.slotId());
                    }
                    return null;
                });
                assertThat(stored).isEqualTo(acknowledged);
            }
        }
    }

    /**
     * The server dies in the middle of one app's assign-next of 10,000 drafts: after it is back, either every draft
     * is placed (the app was told so) or none is, and the app works on without a restart.
     */
    @Test
    void aServerKilledInTheMiddleOfABatchLeavesAllOrNothing() throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        Clock clock = Clock.fixed(TeamWriterChild.NOW, ZoneOffset.UTC);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            all.add(draftId(i));
        }
        // How long the batch takes when nothing goes wrong, to kill the server at fractions of it.
        TeamServer timing = pg.newTeamServer();
        long batchMillis;
        try (Store store = Store.openTeam(timing, dir.resolve("timing"))) {
            plant(store);
            try (Services app = Services.over(store, clock, new SplittableRandom(1))) {
                app.workspace().preload();
                app.queue().nextAvailable(OWNER, Platform.LINKEDIN, account(0), null); // plans loaded
                long t0 = System.nanoTime();
                assertThat(app.queue().assign(OWNER, all)).allMatch(Assignment::success);
                batchMillis = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (double fraction : new double[] {0.05, 0.3, 0.6, 0.9, 1.5}) {
            TeamServer server = pg.newTeamServer();
            try (Store setup = Store.openTeam(server, dir.resolve("setup-" + fraction))) {
                plant(setup);
            }
            Services app = Services.over(Store.openTeam(server, dir.resolve("app-" + fraction)), clock,
                    new SplittableRandom(1));
            try {
                app.queue().nextAvailable(OWNER, Platform.LINKEDIN, account(0), null); // plans loaded
                CompletableFuture<List<Assignment>> batch = CompletableFuture.supplyAsync(() -> app.queue().assign(OWNER, all));
                Thread.sleep((long) (batchMillis * fraction));
                pg.kill();
                boolean told;
                try {
                    told = batch.join().stream().allMatch(Assignment::success);
                } catch (RuntimeException e) {
                    told = false;
                }
                pg.start();
                long placed;
                try (Store check = Store.openTeam(server, dir.resolve("check-" + fraction))) {
                    placed = check.read(tx -> tx.posts().findAll(all).stream()
                            .filter(p -> p.status() == PostStatus.SCHEDULED).count());
                }
                outcomes.add(fraction + " of " + batchMillis + " ms: " + (told ? "committed" : "failed") + ", "
                        + placed + " placed");
                assertThat(placed).as("all or nothing").isIn(0L, (long) DRAFTS);
                if (told) {
                    assertThat(placed).as("what the app was told is kept").isEqualTo(DRAFTS);
                }
                // The same app, without a restart, works on from what the store holds.
                List<Assignment> again = app.queue().assign(OWNER, all.subList(0, 10));
                assertThat(again).allMatch(r -> r.success() || r.message() != null);
                if (placed == 0) {
                    assertThat(again).allMatch(Assignment::success);
                }
            } finally {
                if (!isUp(pg)) {
                    pg.start();
                }
                app.close();
            }
        }
        System.out.println("TeamCalendarConcurrencyTest kills: " + String.join("; ", outcomes));
    }

    private static boolean isUp(ThrowawayPostgres pg) {
        try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD)) {
            return true;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
