package io.slotwise.bench;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Slot;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
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
 * {@code bench/run store [scale=FULL] [rounds=6] [calls=50000]}, see BENCHMARKS.md; {@code bench/run smoke}
 * runs it on {@link PlanFixture.Scale#SMALL} with two rounds, to check that it runs.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    /** Rounds of each timed step; the first is reported apart (code not yet compiled), then the median of the rest. */
    private static int ROUNDS = 6;
    /** Timed next-available calls, after {@code CALLS * 2 / 5} untimed ones. */
    private static int CALLS = 50_000;

    public static void main(String[] args) throws Exception {
        StoreBenchArguments arguments = StoreBenchArguments.parse(args, ROUNDS, CALLS);
        PlanFixture.Scale scale = arguments.scale();
        ROUNDS = arguments.rounds();
        CALLS = arguments.calls();
        PlanFixture.Data data = PlanFixture.get(scale);
        Path template = Files.createTempDirectory("slotwise-store-bench");
        Path dir = Files.createTempDirectory("slotwise-store-bench-work");
        try {
            run(data, template, dir);
        } finally {
            deleteTree(template);
            deleteTree(dir);
        }
    }

    private static void run(PlanFixture.Data data, Path template, Path dir) throws Exception {
        long t = System.nanoTime();
        fill(template, data);
        System.out.printf("fill: %d slots, %d scheduled posts, %d drafts written in %.1f s%n", data.slots().size(),
                data.scheduled().size(), data.batch().size(), (System.nanoTime() - t) / 1e9);
        Instant weekStart = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
        Instant weekEnd = weekStart.plus(7, ChronoUnit.DAYS);

        // 1. Open the store and read one week, as the desktop's first paint does (the plan loads later).
        double[] openMs = new double[ROUNDS];
        double[] weekMs = new double[ROUNDS];
        double[] planMs = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            t = System.nanoTime();
            try (Services s = Services.over(Store.open(template), PlanFixture.CLOCK, new SplittableRandom(1))) {
                long opened = System.nanoTime();
                var week = s.calendar().range(PlanFixture.OWNER, weekStart, weekEnd);
                long read = System.nanoTime();
                s.queue().nextAvailable(PlanFixture.OWNER, Platform.TWITTER, null, null); // waits for the plan
                long planned = System.nanoTime();
                openMs[r] = (opened - t) / 1e6;
                weekMs[r] = (read - opened) / 1e6;
                planMs[r] = (planned - read) / 1e6;
                if (r == 0) {
                    System.out.printf("one week: %d occurrences, %d posts%n", week.occurrences().size(), week.posts().size());
                }
            }
        }
        System.out.printf("open store + read one week: first %.0f ms (open %.0f + week %.0f), then median %.0f ms "
                        + "(open %.0f + week %.0f); rounds %s%n",
                openMs[0] + weekMs[0], openMs[0], weekMs[0], medianOfRest(sum(openMs, weekMs)), medianOfRest(openMs),
                medianOfRest(weekMs), rounds(sum(openMs, weekMs)));
        double[] coldMs = new double[3];
        for (int r = 0; r < coldMs.length; r++) {
            coldMs[r] = coldOpen(template);
        }
        System.out.printf("the same in a fresh JVM (classes not yet loaded): %s ms%n", rounds(coldMs));
        System.out.printf("the plan (%,d posts) then loads in the background: first %.0f ms, then median %.0f ms%n",
                data.scheduled().size(), planMs[0], medianOfRest(planMs));

        // 2. Heap with the plan in memory.
        try (Services s = Services.over(Store.open(template), PlanFixture.CLOCK, new SplittableRandom(PlanFixture.SEED))) {
            s.queue().nextAvailable(PlanFixture.OWNER, Platform.TWITTER, null, null);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after loading: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);

            // 3. next-available through the service (reads the settings in its own transaction, as the API does).
            int runs = CALLS;
            long[] nanos = NextFreeTimings.sorted(s, data.queries(), runs);
            System.out.printf("next-available via service: p50 %.1f us, p99 %.1f us (%d calls)%n",
                    nanos[runs / 2] / 1e3, nanos[runs * 99 / 100] / 1e3, runs);
        }

        // 4. assign-next of the 10,000 drafts, one transaction, committed; each round on a fresh copy of the store.
        double[] assignMs = new double[ROUNDS];
        long ok = 0;
        for (int r = 0; r < ROUNDS; r++) {
            deleteTree(dir);
            copyTree(template, dir);
            try (Services s = Services.over(Store.open(dir), PlanFixture.CLOCK, new SplittableRandom(PlanFixture.SEED))) {
                s.queue().nextAvailable(PlanFixture.OWNER, Platform.TWITTER, null, null); // the plan is loaded
                t = System.nanoTime();
                List<Assignment> results = s.queue().assign(PlanFixture.OWNER, data.batchIds());
                assignMs[r] = (System.nanoTime() - t) / 1e6;
                ok = results.stream().filter(Assignment::success).count();
            }
        }
        System.out.printf("assign-next of %d drafts (%d placed) including the commit: first %.0f ms, then median %.0f ms; "
                + "rounds %s%n", data.batchIds().size(), ok, assignMs[0], medianOfRest(assignMs), rounds(assignMs));

        // And again on reopening: the placements are durable.
        t = System.nanoTime();
        try (Services again = Services.over(Store.open(dir), PlanFixture.CLOCK, new SplittableRandom(1))) {
            var week = again.calendar().range(PlanFixture.OWNER, weekStart, weekEnd);
            System.out.printf("reopen with %d more scheduled posts and read the week (%d posts): %.0f ms%n", ok,
                    week.posts().size(), (System.nanoTime() - t) / 1e6);
        }
    }

    /** {@link ColdOpen} in a child JVM on this classpath: open and first week, in ms. */
    private static double coldOpen(Path store) throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), ColdOpen.class.getName(),
                store.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ColdOpen failed:\n" + out);
        }
        var m = java.util.regex.Pattern.compile("COLD_OPEN_MS=(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("ColdOpen printed no figure:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    static double medianOfRest(double[] values) {
        double[] rest = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(rest);
        return rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
    }

    static String rounds(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (double v : values) {
            b.append(b.length() > 1 ? ", " : "").append(Math.round(v));
        }
        return b.append("]").toString();
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Writes the fixture into a fresh store, in one transaction. */
    static void fill(Path dir, PlanFixture.Data data) {
        try (Store store = Store.open(dir)) {
            fill(store, data);
        }
    }

    /** Writes the fixture into an empty store, in one transaction. */
    static void fill(Store store, PlanFixture.Data data) {
        {
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
                    tx.slots().insert(new CalendarSlot(PlanFixture.OWNER, slot, now), now);
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
