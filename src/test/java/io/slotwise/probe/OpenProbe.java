package io.slotwise.probe;

import io.slotwise.bench.PlanFixture;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

public final class OpenProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (int round = 0; round < 6; round++) {
            long t0 = System.nanoTime();
            Services s = Services.over(Store.open(dir), PlanFixture.CLOCK, new SplittableRandom(1));
            long t1 = System.nanoTime();
            Instant weekStart = PlanFixture.NOW.truncatedTo(ChronoUnit.DAYS);
            var week = s.calendar().range(PlanFixture.OWNER, weekStart, weekStart.plus(7, ChronoUnit.DAYS));
            long t2 = System.nanoTime();
            s.queue().nextAvailable(PlanFixture.OWNER, io.slotwise.engine.Platform.TWITTER, null, null);
            long t3 = System.nanoTime();
            var week2 = s.calendar().range(PlanFixture.OWNER, weekStart, weekStart.plus(7, ChronoUnit.DAYS));
            long t4 = System.nanoTime();
            s.close();
            System.out.printf("open %.0f week %.0f (%d posts) | plan ready after %.0f | week again %.0f ms%n", (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, week.posts().size(), (t3 - t0) / 1e6, (t4 - t3) / 1e6);
        }
    }
}
