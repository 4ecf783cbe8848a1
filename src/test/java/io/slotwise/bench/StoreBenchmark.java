package io.slotwise.bench;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Slot;
import io.slotwise.engine.SlotQuery;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import io.slotwise.store.StoredSlot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The store-side targets of SPEC §10 on a file store with {@link PlanFixture.Scale#FULL} (1,000 slots,
 * 100,000 scheduled posts, a batch of 10,000 drafts), through the services as the API and UI call them:
 * opening the store and reading one week, heap after loading, next-available including its reads, and
 * assign-next of 10,000 drafts including the commit. A plain main (timed code, not a test):
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.slotwise.bench.StoreBenchmark -Djmh.args=}, see BENCHMARKS.md.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PlanFixture.Data data = PlanFixture.get(PlanFixture.Scale.FULL);
        Path dir = Files.createTempDirectory("slotwise-store-bench");
        long t = System.nanoTime();
        fill(dir, data);
        System.out.printf("fill: %d slots, %d scheduled posts, %d drafts written in %.1f s%n", data.slots().size(),
                data.scheduled().size(), data.batch().size(), (System.nanoTime() - t) / 1e9);

        // 1. Open the store (Flyway validation, the engine's plan loaded) and read one week.
        t = System.nanoTime();
        Store store = Store.open(dir);
        long storeOpened = System.nanoTime();
        Services s = Services.over(store, PlanFixture.CLOCK, new SplittableRandom(PlanFixture.SEED));
        long opened = System.nanoTime();
        System.out.printf("  of which H2 + Flyway: %.0f ms, loading the engine's plan: %.0f ms%n",
                (storeOpened - t) / 1e6, (opened - storeOpened) / 1e6);
        Instant weekStart = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
        var week = s.calendar().range(PlanFixture.OWNER, weekStart, weekStart.plus(7, ChronoUnit.DAYS));
        long read = System.nanoTime();
        System.out.printf("open store: %.0f ms; read one week (%d occurrences, %d posts): %.0f ms; together %.0f ms%n",
                (opened - t) / 1e6, week.occurrences().size(), week.posts().size(), (read - opened) / 1e6, (read - t) / 1e6);

        // 2. Heap with the plan in memory.
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after loading: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);

        // 3. next-available through the service (reads the settings in its own transaction, as the API does).
        List<SlotQuery> queries = data.queries();
        int warm = 20_000;
        int runs = 50_000;
        long[] nanos = new long[runs];
        for (int i = 0; i < warm + runs; i++) {
            SlotQuery q = queries.get(i % queries.size());
            long a = System.nanoTime();
            try {
                s.queue().nextAvailable(PlanFixture.OWNER, q.platform(),
                        q.destination() == null ? null : q.destination().accountId(),
                        q.destination() == null ? null : q.destination().subaccountId());
            } catch (io.slotwise.service.ServiceException e) {
                // "No available slot" for a full account is an answer too.
            }
            long b = System.nanoTime();
            if (i >= warm) {
                nanos[i - warm] = b - a;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("next-available via service: p50 %.1f us, p99 %.1f us (%d calls)%n",
                nanos[runs / 2] / 1e3, nanos[runs * 99 / 100] / 1e3, runs);

        // 4. assign-next of the 10,000 drafts, one transaction, committed.
        t = System.nanoTime();
        List<Assignment> results = s.queue().assign(PlanFixture.OWNER, data.batchIds());
        long done = System.nanoTime();
        long ok = results.stream().filter(Assignment::success).count();
        System.out.printf("assign-next of %d drafts: %.0f ms including the commit (%d placed)%n", results.size(),
                (done - t) / 1e6, ok);
        s.close();

        // And again on reopening: the placements are durable.
        t = System.nanoTime();
        try (Services again = Services.over(Store.open(dir), PlanFixture.CLOCK, new SplittableRandom(1))) {
            System.out.printf("reopen with %d more scheduled posts: %.0f ms%n", ok, (System.nanoTime() - t) / 1e6);
        }
    }

    /** Writes the fixture into a fresh store, in one transaction. */
    static void fill(Path dir, PlanFixture.Data data) {
        try (Store store = Store.open(dir)) {
            Instant now = PlanFixture.NOW;
            store.inTransaction(tx -> {
                Set<String> labels = new TreeSet<>();
                data.slots().forEach(sl -> labels.addAll(sl.labelIds()));
                data.scheduled().forEach(p -> labels.addAll(p.labelIds()));
                data.batch().forEach(p -> labels.addAll(p.labelIds()));
                for (String l : labels) {
                    tx.labels().insert(l, PlanFixture.OWNER, l, now);
                }
                for (PlanFixture.Account a : data.accounts()) {
                    tx.accounts().insert(new io.slotwise.engine.Account(a.id(), PlanFixture.OWNER, a.platform(), a.id(),
                            null, false, List.of()), now);
                }
                for (Slot slot : data.slots()) {
                    tx.slots().insert(new StoredSlot(PlanFixture.OWNER, slot, now), now);
                }
                int i = 0;
                for (PlannedPost p : data.scheduled()) {
                    tx.posts().insert(post(p, i++, now));
                }
                for (PlannedPost p : data.batch()) {
                    tx.posts().insert(post(p, i++, now));
                }
                return null;
            });
        }
    }

    private static Post post(PlannedPost p, int i, Instant now) {
        return new Post(p.id(), PlanFixture.OWNER, p.status(), p.platform(),
                p.destination() == null ? null : p.destination().accountId(),
                p.destination() == null ? null : p.destination().subaccountId(),
                PostContent.text("Post number " + i + " with a realistic amount of text for a social network"),
                null, p.labelIds(), p.scheduledAt(), p.slotId(), null, now, now);
    }
}
