package io.slotwise.service;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another thread does (a change heard from the server), failing with what was awaited. */
public final class WaitUntil {

    private WaitUntil() {
    }

    public static void holds(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + atMost.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
