package io.slotwise.service;

import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.store.Store;
import io.slotwise.store.StoreTransaction;
import io.slotwise.store.StoredSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * One open calendar: the store, the clock, and the in-memory plans the engine answers from (one per
 * owner). Writes are serialised and each runs in one store transaction; when a write fails, the
 * plans are rebuilt from the store, so memory never keeps what the store does not have.
 */
public final class Workspace implements AutoCloseable {

    /** The owner of everything made on the desktop and through the local API key. */
    public static final String LOCAL_OWNER = "local";

    private final Store store;
    private final Clock clock;
    private final RandomGenerator random;
    private final IdGenerator ids = new IdGenerator();
    private final ReentrantLock lock = new ReentrantLock();
    private Map<String, Plan> plans = new HashMap<>();
    private final List<Runnable> writeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Workspace(Store store, Clock clock, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        reload();
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public IdGenerator ids() {
        return ids;
    }

    public Store store() {
        return store;
    }

    /**
     * Work that writes: serialised, one transaction, the owner's plan at hand. After it commits the
     * write listeners hear of it, outside the lock.
     */
    public <R> R write(String ownerId, WriteWork<R> work) {
        R result;
        lock.lock();
        try {
            result = store.inTransaction(tx -> work.run(tx, plan(ownerId)));
        } catch (RuntimeException e) {
            reload();
            throw e;
        } finally {
            lock.unlock();
        }
        writeListeners.forEach(Runnable::run);
        return result;
    }

    /**
     * Calls {@code listener} after every committed write, on the writing thread; it must return at once
     * (the hand-off scheduler only queues a look at its next due time). Returns what removes it.
     */
    public Runnable afterWrite(Runnable listener) {
        writeListeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> writeListeners.remove(listener);
    }

    /** Work that only reads the store and the plan. */
    public <R> R read(String ownerId, WriteWork<R> work) {
        lock.lock();
        try {
            return store.read(tx -> work.run(tx, plan(ownerId)));
        } finally {
            lock.unlock();
        }
    }

    private Plan plan(String ownerId) {
        return plans.computeIfAbsent(ownerId, k -> new Plan(clock, random));
    }

    /** Rebuilds every owner's plan from the store: slots, and posts holding lanes from a day ago on. */
    public void reload() {
        lock.lock();
        try {
            Instant since = clock.instant().minus(Duration.ofDays(1));
            Map<String, Plan> fresh = new HashMap<>();
            store.read(tx -> {
                for (StoredSlot s : tx.slots().all()) {
                    fresh.computeIfAbsent(s.ownerId(), k -> new Plan(clock, random)).putSlot(s.slot());
                }
                List<PlannedPost> holders = tx.posts().laneHolders(since);
                for (PlannedPost p : holders) {
                    fresh.computeIfAbsent(p.ownerId(), k -> new Plan(clock, random)).put(p);
                }
                return null;
            });
            plans = fresh;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            store.close();
        } finally {
            lock.unlock();
        }
    }

    /** Work inside one transaction, with the owner's plan. */
    @FunctionalInterface
    public interface WriteWork<R> {
        R run(StoreTransaction tx, Plan plan);
    }
}
