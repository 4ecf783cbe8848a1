package io.slotwise.publishing;

import java.time.Duration;
import java.util.List;

/**
 * When a webhook attempt that did not deliver is made again: exponential backoff, by default 30 s,
 * 1, 2, 4 and 8 minutes after the first five failures; a sixth failure fails the hand-off.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)));

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay");
        }
    }

    /** Attempts in all: the first and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * How long after attempt {@code attempt} (1-based) the next one is due. Past the last retry it is
     * the last delay: an attempt that never reported back (Slotwise stopped) is made once more.
     */
    public Duration after(int attempt) {
        return delays.get(Math.max(1, Math.min(attempt, delays.size())) - 1);
    }
}
