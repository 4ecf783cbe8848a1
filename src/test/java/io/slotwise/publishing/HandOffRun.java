package io.slotwise.publishing;

import io.slotwise.service.Services;
import io.slotwise.service.TestClock;
import io.slotwise.service.TestExecutor;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slotwise running its hand-off as the app does, for the publishing tests: the real store on disk (closed and
 * reopened for a restart), the scheduler on a test clock and a deterministic executor, and the rounds it reported.
 */
abstract class HandOffRun {

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    final List<HandOffReport> heard = new CopyOnWriteArrayList<>();
    Services s;
    TestExecutor executor;
    HandOffScheduler scheduler;

    void reopen() {
        s = Services.over(Store.open(dir), clock, new SplittableRandom(1));
    }

    /** Slotwise quits: the scheduler stops, the store closes. */
    void stop() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        if (s != null) {
            s.close();
            s = null;
        }
    }

    /** Starts the scheduler as the app does, with these senders; returns what its catch-up did. */
    HandOffReport start(WebhookSender sender, Forwarder forwarder) {
        executor = new TestExecutor(clock);
        scheduler = new HandOffScheduler(s, executor, sender, forwarder, RetrySchedule.STANDARD);
        scheduler.onRound(heard::add);
        var catchUp = scheduler.start();
        executor.runDue();
        return catchUp.join();
    }
}
