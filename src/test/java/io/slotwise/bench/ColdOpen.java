package io.slotwise.bench;

import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Opens a store and reads one week in a fresh JVM, nothing loaded before: what a cold start of the app
 * pays for its first page (the desktop does it on a thread of its own while JavaFX starts). Prints
 * {@code COLD_OPEN_MS=…} (the open and the read) and {@code COLD_SINCE_JVM_START_MS=…}. Run by
 * {@link StoreBenchmark}.
 */
public final class ColdOpen {

    private ColdOpen() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (Services s = Services.over(Store.open(Path.of(args[0])), PlanFixture.CLOCK, new SplittableRandom(1))) {
            Instant weekStart = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
            var week = s.calendar().range(PlanFixture.OWNER, weekStart, weekStart.plus(7, ChronoUnit.DAYS));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("COLD_WEEK_POSTS=" + week.posts().size());
            System.out.println("COLD_OPEN_MS=" + ms);
            System.out.println("COLD_SINCE_JVM_START_MS=" + sinceStart);
        }
    }
}
