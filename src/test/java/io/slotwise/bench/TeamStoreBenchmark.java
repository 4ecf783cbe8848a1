package io.slotwise.bench;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Platform;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue 13's figures: the same calendar on the embedded H2 file and on a team server (PostgreSQL on this machine,
 * a throwaway cluster over loopback TCP), side by side in one run: open a week, next free slot with the store
 * read, assign-next of the batch of drafts including the commit. A plain main (timed code, not a test):
 * {@code bench/run team [scale=FULL] [rounds=4] [calls=20000]}; {@code bench/run smoke} runs it small.
 */
public final class TeamStoreBenchmark {

    private TeamStoreBenchmark() {
    }

    /** One kind of store, opened afresh for each round (a copy of the filled one for assign-next). */
    private interface Kind {
        String name();

        Store openFilled();

        /** A fresh copy of the filled store, for one round of assign-next. */
        Store openCopy(int round) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        StoreBenchArguments arguments = StoreBenchArguments.parse(args, 4, 20_000);
        PlanFixture.Scale scale = arguments.scale();
        int rounds = arguments.rounds();
        int calls = arguments.calls();
        PlanFixture.Data data = PlanFixture.get(scale);
        Path work = Files.createTempDirectory("slotwise-team-bench");
        try {
            Kind h2 = embedded(data, work);
            Kind pg = teamServer(data, work);
            Result a = measure(h2, data, rounds, calls);
            Result b = measure(pg, data, rounds, calls);
            System.out.printf("%nside by side (%s: %,d slots, %,d scheduled posts, batch of %,d drafts; medians of "
                    + "rounds after the first):%n", scale, data.slots().size(), data.scheduled().size(), data.batch().size());
            System.out.printf("  %-44s %12s %12s %8s%n", "", "H2 file", "PostgreSQL", "PG/H2");
            row("open the calendar, ms", a.openMs, b.openMs);
            row("read one week (" + a.weekPosts + " posts), ms", a.weekMs, b.weekMs);
            row("next free with the store read, p50 us", a.nextP50Us, b.nextP50Us);
            row("next free with the store read, p99 us", a.nextP99Us, b.nextP99Us);
            row("assign-next of " + data.batch().size() + " incl. commit, ms", a.assignMs, b.assignMs);
        } finally {
            StoreBenchmark.deleteTree(work);
        }
    }

    private static void row(String what, double h2, double pg) {
        System.out.printf("  %-44s %12.1f %12.1f %7.2fx%n", what, h2, pg, pg / h2);
    }

    private record Result(int weekPosts, double openMs, double weekMs, double nextP50Us, double nextP99Us, double assignMs) {
    }

    private static Kind embedded(PlanFixture.Data data, Path work) throws Exception {
        Path filled = work.resolve("h2-filled");
        long t = System.nanoTime();
        StoreBenchmark.fill(filled, data);
        System.out.printf("H2: filled in %.1f s%n", (System.nanoTime() - t) / 1e9);
        return new Kind() {
            public String name() {
                return "H2 file";
            }

            public Store openFilled() {
                return Store.open(filled);
            }

            public Store openCopy(int round) throws Exception {
                Path copy = work.resolve("h2-round-" + round);
                StoreBenchmark.copyTree(filled, copy);
                return Store.open(copy);
            }
        };
    }

    private static Kind teamServer(PlanFixture.Data data, Path work) throws Exception {
        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        TeamServer filled = pg.newTeamServer();
        long t = System.nanoTime();
        try (Store store = Store.openTeam(filled, work.resolve("pg-media"))) {
            StoreBenchmark.fill(store, data);
        }
        try (var c = DriverManager.getConnection(pg.jdbcUrl(filled.database()), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD); var st = c.createStatement()) {
            st.execute("VACUUM ANALYZE"); // as autovacuum would have by the time a team works on it
        }
        System.out.printf("PostgreSQL %s: filled in %.1f s%n", filled.address(), (System.nanoTime() - t) / 1e9);
        return new Kind() {
            public String name() {
                return "PostgreSQL";
            }

            public Store openFilled() {
                return Store.openTeam(filled, work.resolve("pg-media"));
            }

            public Store openCopy(int round) throws Exception {
                String copy = filled.database() + "_r" + round;
                try (var c = DriverManager.getConnection(pg.jdbcUrl("postgres"), ThrowawayPostgres.USER,
                        ThrowawayPostgres.PASSWORD); var st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + copy + " TEMPLATE " + filled.database());
                }
                return Store.openTeam(TeamServer.parse(pg.address(copy), ThrowawayPostgres.PASSWORD),
                        work.resolve("pg-media"));
            }
        };
    }

    /** SPEC §10's week: 2,000 visible posts. */
    private static final int VISIBLE_POSTS = 2_000;

    /** The start of the week (from today, a day at a time for half a year) whose post count is nearest {@code posts}. */
    private static Instant weekOfAbout(Kind kind, int posts) {
        Instant today = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
        Instant best = today;
        int bestDistance = Integer.MAX_VALUE;
        try (Services s = Services.over(kind.openFilled(), PlanFixture.CLOCK, new SplittableRandom(1))) {
            for (int d = 0; d < 183; d++) {
                Instant from = today.plus(d, ChronoUnit.DAYS);
                int n = s.calendar().range(PlanFixture.OWNER, from, from.plus(7, ChronoUnit.DAYS)).posts().size();
                if (Math.abs(n - posts) < bestDistance) {
                    bestDistance = Math.abs(n - posts);
                    best = from;
                }
                if (n < posts * 4 / 5) {
                    break; // the plan thins out further ahead
                }
            }
        }
        return best;
    }

    private static Result measure(Kind kind, PlanFixture.Data data, int rounds, int calls) throws Exception {
        Instant weekStart = weekOfAbout(kind, VISIBLE_POSTS);
        Instant weekEnd = weekStart.plus(7, ChronoUnit.DAYS);

        // Open the calendar and read one week, as a desktop's first paint does.
        double[] openMs = new double[rounds];
        double[] weekMs = new double[rounds];
        int weekPosts = 0;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            try (Services s = Services.over(kind.openFilled(), PlanFixture.CLOCK, new SplittableRandom(1))) {
                long opened = System.nanoTime();
                weekPosts = s.calendar().range(PlanFixture.OWNER, weekStart, weekEnd).posts().size();
                weekMs[r] = (System.nanoTime() - opened) / 1e6;
                openMs[r] = (opened - t) / 1e6;
            }
        }
        System.out.printf("%s: open: rounds %s ms; read one week (%d posts): rounds %s ms%n", kind.name(),
                StoreBenchmark.rounds(openMs), weekPosts, StoreBenchmark.rounds(weekMs));

        // Next free slot through the service, each call reading the settings (and the plan revision) from the store.
        long[] nanos;
        try (Services s = Services.over(kind.openFilled(), PlanFixture.CLOCK, new SplittableRandom(PlanFixture.SEED))) {
            nanos = NextFreeTimings.sorted(s, data.queries(), calls);
        }
        double p50 = nanos[calls / 2] / 1e3;
        double p99 = nanos[calls * 99 / 100] / 1e3;
        System.out.printf("%s: next free with the store read: p50 %.1f us, p99 %.1f us (%d calls)%n", kind.name(), p50,
                p99, calls);

        // Assign-next of the batch, one transaction, committed; each round on a fresh copy.
        double[] assignMs = new double[rounds];
        long placed = 0;
        for (int r = 0; r < rounds; r++) {
            try (Services s = Services.over(kind.openCopy(r), PlanFixture.CLOCK, new SplittableRandom(PlanFixture.SEED))) {
                s.queue().nextAvailable(PlanFixture.OWNER, Platform.TWITTER, null, null); // the plan is loaded
                long t = System.nanoTime();
                List<Assignment> results = s.queue().assign(PlanFixture.OWNER, data.batchIds());
                assignMs[r] = (System.nanoTime() - t) / 1e6;
                placed = results.stream().filter(Assignment::success).count();
            }
        }
        System.out.printf("%s: assign-next of %d drafts (%d placed) incl. commit: rounds %s ms%n", kind.name(),
                data.batchIds().size(), placed, StoreBenchmark.rounds(assignMs));
        return new Result(weekPosts, StoreBenchmark.medianOfRest(openMs), StoreBenchmark.medianOfRest(weekMs), p50, p99, StoreBenchmark.medianOfRest(assignMs));
    }
}
