package io.slotwise.service;

import io.slotwise.engine.Plan;
import io.slotwise.engine.PlanChanges;
import io.slotwise.engine.PlannedPost;
import io.slotwise.store.PlanChangeLog;
import io.slotwise.store.Store;
import io.slotwise.store.StoreTransaction;
import io.slotwise.store.StoreWork;
import io.slotwise.store.TeamServerException;
import io.slotwise.store.TeamServerProblem;
import io.slotwise.engine.CalendarSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * One open calendar: the store, the clock, and the in-memory plans the engine answers from (one per
 * owner). Writes are serialised and each runs in one store transaction; when a write fails, the
 * plans are rebuilt from the store, so memory never keeps what the store does not have.
 *
 * <p>The plans load on a background thread (a second or so for 100,000 posts), started by
 * {@link #preload} or by the first question that needs them, which waits. A calendar page needs only
 * the store, so opening a store and showing a week never waits for the plans.
 */
public final class Workspace implements AutoCloseable {

    /** The owner of everything made on the desktop and through the local API key. */
    public static final String LOCAL_OWNER = "local";

    private final Store store;
    private final Clock clock;
    private final RandomGenerator random;
    private final IdGenerator ids = new IdGenerator();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Map<String, Plan> plans;
    /**
     * The store's plan revision the plans hold (every write, by any app, adds one): a write or read that finds
     * another one reads the plans afresh first, so an app sharing a team server never plans from a stale view.
     */
    private volatile long plansRevision = -1;
    /** How many times the whole plan was read: the team calendar's tests tell a full read from a partial one. */
    private final java.util.concurrent.atomic.AtomicLong planReads = new java.util.concurrent.atomic.AtomicLong();
    private final CompletableFuture<LoadedPlans> loading = new CompletableFuture<>();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
    private final List<Runnable> writeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Workspace(Store store, Clock clock, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Starts loading the plans in the background, if that has not started yet; returns at once. */
    public void preload() {
        if (!loadStarted.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                loading.complete(load());
            } catch (Throwable t) {
                loading.completeExceptionally(t);
            }
        }, "slotwise-plan-load");
        loader.setDaemon(true);
        loader.start();
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The random source for times inside a window (injected, so tests are deterministic). */
    public RandomGenerator random() {
        return random;
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
        // The work may have changed the plan before the transaction failed: rebuild it, still locked.
        return serialised(tx -> {
            Plan plan = currentPlan(tx, ownerId);
            R result = work.run(tx, plan);
            PlanChanges changed = plan.takeChanges();
            if (!changed.isEmpty()) {
                tx.markPlanChanged(changed.postIds(), changed.slotIds());
            }
            return result;
        }, this::forgetPlans);
    }

    /**
     * A write that replaces rows wholesale (a restore), behind the plan's back: every app, this one included,
     * reads its plans afresh after it.
     */
    public <R> R rewrite(WriteWork<R> work) {
        R result = serialised(tx -> {
            R r = work.run(tx, currentPlan(tx, LOCAL_OWNER));
            tx.markPlanRewritten();
            plansRevision = -1;
            return r;
        }, () -> { });
        reload();
        return result;
    }

    /** The owner's plan as of the last write before {@code tx}: read afresh in {@code tx} if another app wrote. */
    private Plan currentPlan(StoreTransaction tx, String ownerId) {
        plan(ownerId); // waits for the first load
        long found = tx.planRevision();
        if (plansRevision != found) {
            PlanChangeLog changed = plansRevision < 0 || plansRevision > found ? null : tx.planChangesAfter(plansRevision);
            if (changed == null || changed.everything()) {
                LoadedPlans fresh = load(tx);
                plans = fresh.plans();
            } else {
                readAgain(tx, changed);
            }
            plansRevision = found;
        }
        return plan(ownerId);
    }

    /**
     * Brings the plans up to date with what other apps changed: those slots and posts are read again, each post
     * kept if it holds a lane from a day ago on (as {@link #load} keeps them), dropped otherwise.
     */
    private void readAgain(StoreTransaction tx, PlanChangeLog changed) {
        for (String slotId : changed.slotIds()) {
            Optional<CalendarSlot> slot = tx.slots().find(slotId);
            for (Plan p : plans.values()) {
                if (slot.isEmpty() || p != plans.get(slot.get().ownerId())) {
                    p.removeSlot(slotId);
                }
            }
            slot.ifPresent(s -> plans.computeIfAbsent(s.ownerId(), k -> new Plan(clock, random)).putSlot(s.slot()));
        }
        Instant since = planHorizon();
        Map<String, PlannedPost> posts = new HashMap<>();
        for (PlannedPost p : tx.plannedPosts().planned(List.copyOf(changed.postIds()))) {
            posts.put(p.id(), p);
        }
        for (String postId : changed.postIds()) {
            plans.values().forEach(p -> p.remove(postId));
            PlannedPost post = posts.get(postId);
            if (post != null && post.holdsLane() && post.scheduledAt().isAfter(since)) {
                plans.computeIfAbsent(post.ownerId(), k -> new Plan(clock, random)).put(post);
            }
        }
        plans.values().forEach(Plan::forgetChanges); // another app's changes, not this one's to announce
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
            // Only a team server has other writers; this app's own writes keep its plans current (and a read
            // of the plan revision would double the cost of a next-free question on the embedded store).
            return reaching(() -> store.read(tx -> work.run(tx, store.isTeamServer() ? currentPlan(tx, ownerId)
                    : plan(ownerId))));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Work that writes only what no plan holds (settings): serialised with the other writes, one
     * transaction, and it does not wait for the plans to load.
     */
    public <R> R writeStore(StoreWork<R> work) {
        return serialised(work, () -> { });
    }

    /** One write transaction under the lock; {@code onFailure} runs still locked; listeners hear of success. */
    private <R> R serialised(StoreWork<R> work, Runnable onFailure) {
        R result;
        lock.lock();
        try {
            long[] committed = {-1};
            result = reaching(() -> store.inTransaction(tx -> {
                long found = tx.planRevision();
                R r = work.run(tx);
                // Plans that were current (or that the work read afresh) hold what this write leaves.
                committed[0] = plans != null && plansRevision == found ? tx.planRevision() : -1;
                return r;
            }));
            if (committed[0] >= 0) {
                plansRevision = committed[0];
            }
        } catch (RuntimeException e) {
            onFailure.run();
            throw e;
        } finally {
            lock.unlock();
        }
        writeListeners.forEach(Runnable::run);
        return result;
    }

    /** Work that reads only the store, not the plans: it runs while the plans are still loading. */
    public <R> R readStore(StoreWork<R> work) {
        return reaching(() -> store.read(work));
    }

    /**
     * Store work whose team server went out of reach, refused as {@link Problem#UNAVAILABLE} in the user's words
     * (the store rolled the transaction back: nothing of it was written).
     */
    private static <R> R reaching(java.util.function.Supplier<R> work) {
        try {
            return work.get();
        } catch (TeamServerException e) {
            if (e.problem() != TeamServerProblem.UNREACHABLE) {
                throw e;
            }
            throw ServiceException.unavailable(e.getMessage());
        }
    }

    /** How many times every owner's whole plan has been read from the store (a load, or read afresh). */
    public long planReads() {
        return planReads.get();
    }

    /** Whether the plans have loaded (or failed to): from then on no question waits for them. */
    public boolean isLoaded() {
        return plans != null || loading.isDone();
    }

    private Plan plan(String ownerId) {
        if (plans == null) {
            LoadedPlans loaded = awaitLoad();
            plans = loaded.plans();
            plansRevision = loaded.revision();
        }
        return plans.computeIfAbsent(ownerId, k -> new Plan(clock, random));
    }

    private LoadedPlans awaitLoad() {
        preload();
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * After a failed write: the plans may hold what was never committed. They are read afresh now or, if the
     * store is out of reach (a team server gone), at the next question: never used as they are.
     */
    private void forgetPlans() {
        plansRevision = -1;
        try {
            reload();
        } catch (RuntimeException unreachable) {
            // Read afresh at the next question; the write's own failure is what the caller hears of.
        }
    }

    /** Rebuilds every owner's plan from the store: slots, and posts holding lanes from a day ago on. */
    public void reload() {
        lock.lock();
        try {
            LoadedPlans fresh = load();
            plans = fresh.plans();
            plansRevision = fresh.revision();
        } finally {
            lock.unlock();
        }
    }

    private LoadedPlans load() {
        return store.read(this::load);
    }

    /** Every owner's plan as {@code tx} sees the store, with the revision it reads. */
    private LoadedPlans load(StoreTransaction tx) {
        planReads.incrementAndGet();
        Instant since = planHorizon();
        Map<String, Plan> fresh = new HashMap<>();
        for (CalendarSlot s : tx.slots().all()) {
            fresh.computeIfAbsent(s.ownerId(), k -> new Plan(clock, random)).putSlot(s.slot());
        }
        List<PlannedPost> holders = tx.plannedPosts().laneHolders(since);
        for (PlannedPost p : holders) {
            fresh.computeIfAbsent(p.ownerId(), k -> new Plan(clock, random)).put(p);
        }
        fresh.values().forEach(Plan::forgetChanges); // as the store has it: nothing to announce
        return new LoadedPlans(fresh, tx.planRevision());
    }

    /** The plans hold posts that take lanes from a day ago on: the engine never places before now. */
    private Instant planHorizon() {
        return clock.instant().minus(Duration.ofDays(1));
    }

    /** The plans as read at one revision of the store. */
    private record LoadedPlans(Map<String, Plan> plans, long revision) {
    }

    @Override
    public void close() {
        lock.lock();
        try {
            // The loader reads through the store: let it finish (or fail) before the store goes.
            try {
                if (loadStarted.get()) {
                    loading.join();
                }
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // A plan that failed to load is of no use once the store is closed.
            }
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
