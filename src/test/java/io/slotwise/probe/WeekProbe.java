package io.slotwise.probe;

import io.slotwise.bench.PlanFixture;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

public final class WeekProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Services s = Services.over(Store.open(dir), PlanFixture.CLOCK, new SplittableRandom(1));
        Instant weekStart = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            long t1 = System.nanoTime();
            var week = s.calendar().range(PlanFixture.OWNER, weekStart, weekStart.plus(7, ChronoUnit.DAYS));
            long t2 = System.nanoTime();
            if (round % 10 == 0) System.out.printf("week %.0f ms%n", (t2 - t1) / 1e6);
        }
        s.close();
    }
}
