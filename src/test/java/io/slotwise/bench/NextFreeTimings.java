package io.slotwise.bench;

import io.slotwise.engine.SlotQuery;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import java.util.Arrays;
import java.util.List;

/**
 * "Next free slot" through the service as the API asks it, each call reading the settings (and, on a team
 * server, the plan revision) from the store: the store benchmarks time it the same way on every store.
 */
final class NextFreeTimings {

    private NextFreeTimings() {
    }

    /** The nanoseconds of {@code calls} questions, sorted, after two fifths as many unmeasured ones to warm up. */
    static long[] sorted(Services s, List<SlotQuery> queries, int calls) {
        long[] nanos = new long[calls];
        int warm = calls * 2 / 5;
        for (int i = 0; i < warm + calls; i++) {
            SlotQuery q = queries.get(i % queries.size());
            long a = System.nanoTime();
            try {
                s.queue().nextAvailable(PlanFixture.OWNER, q.platform(),
                        q.destination() == null ? null : q.destination().accountId(),
                        q.destination() == null ? null : q.destination().subaccountId());
            } catch (ServiceException full) {
                // "No available slot" for a full account is an answer too.
            }
            long b = System.nanoTime();
            if (i >= warm) {
                nanos[i - warm] = b - a;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
