package io.slotwise.publishing;

import io.slotwise.service.PublisherKind;
import io.slotwise.service.Services;
import io.slotwise.service.TeamCalendar;
import io.slotwise.service.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands posts to their publisher when their time comes (SPEC §11). It sleeps until the next due
 * instant (a scheduled post's time, or a planned webhook retry) and looks again after every write to
 * the store, so a post added or moved re-arms it; it never polls. On {@link #start()} it first catches
 * up on what fell due while Slotwise was closed and reports it.
 *
 * <p>Time comes from the services' clock; the executor and the webhook sender are given, so tests run
 * it deterministically. Delivery is at least once, with the post id as idempotency key (see
 * {@link HandOffs}); a post is never attempted twice at once, in this process or through the store.
 */
public final class HandOffScheduler implements AutoCloseable {

    /** How long a webhook may take to connect and to answer, in the app and in {@code serve}. */
    public static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long a hosted scheduler may take (it may fetch the post's media before answering). Shorter than the first
     * retry delay, so a request still waiting for its answer is never taken for one that was lost.
     */
    public static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(20);
    /** The longest it sleeps: timers count elapsed time, which drifts from the clock across a laptop's sleep. */
    static final Duration MAX_SLEEP = Duration.ofHours(1);
    /** After a round that failed (the store, say), the pause before the next: no busy loop. */
    static final Duration AFTER_ERROR = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(HandOffScheduler.class);

    private final Workspace ws;
    private final HandOffs handOffs;
    private final WebhookSender sender;
    private final Forwarder forwarder;
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Consumer<HandOffReport>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean lookQueued = new AtomicBoolean();
    private final Object armLock = new Object();
    private ScheduledFuture<?> armed;
    private Instant armedFor;
    private Runnable stopListening = () -> { };
    /** On a team calendar, other members' apps schedule posts too: their writes wake this scheduler as ours do. */
    private final TeamCalendar team;
    private volatile boolean started;
    private volatile boolean closed;

    /** For tests and special setups: a given executor (not shut down by {@link #close()}) and sender. */
    public HandOffScheduler(Services services, ScheduledExecutorService executor, WebhookSender sender,
                            RetrySchedule retries) {
        this(services, executor, false, sender, Forwarder.http(FORWARD_TIMEOUT), retries);
    }

    /** For tests: a given executor (not shut down by {@link #close()}), webhook sender and forwarder. */
    public HandOffScheduler(Services services, ScheduledExecutorService executor, WebhookSender sender,
                            Forwarder forwarder, RetrySchedule retries) {
        this(services, executor, false, sender, forwarder, retries);
    }

    private HandOffScheduler(Services services, ScheduledExecutorService executor, boolean ownsExecutor,
                             WebhookSender sender, Forwarder forwarder, RetrySchedule retries) {
        this.ws = services.workspace();
        this.team = services.team();
        this.handOffs = new HandOffs(ws, Objects.requireNonNull(retries, "retries"));
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownsExecutor = ownsExecutor;
        this.sender = Objects.requireNonNull(sender, "sender");
        this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
    }

    /** The app's and {@code serve}'s scheduler: one background thread, webhooks over HTTP, standard retries. */
    public static HandOffScheduler create(Services services) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "slotwise-hand-off");
            t.setDaemon(true);
            return t;
        });
        // Re-arming cancels the previous timer; drop cancelled timers at once instead of keeping them queued.
        executor.setRemoveOnCancelPolicy(true);
        return new HandOffScheduler(services, executor, true, WebhookSender.http(WEBHOOK_TIMEOUT),
                Forwarder.http(FORWARD_TIMEOUT), RetrySchedule.STANDARD);
    }

    /** Hears of every later round that did something (not the catch-up, which {@link #start()} returns). */
    public void onRound(Consumer<HandOffReport> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Starts: catches up on posts that fell due while Slotwise was closed (and on webhook retries whose
     * time passed), on the executor, then keeps going. The future completes with what the catch-up did.
     */
    public CompletableFuture<HandOffReport> start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        Runnable ours = ws.afterWrite(this::storeChanged);
        Runnable theirs = team.whenChangedElsewhere(this::storeChanged);
        stopListening = () -> {
            ours.run();
            theirs.run();
        };
        CompletableFuture<HandOffReport> catchUp = new CompletableFuture<>();
        executor.execute(() -> {
            boolean ok = false;
            try {
                catchUp.complete(round(false));
                ok = true;
            } catch (RuntimeException e) {
                LOG.error("Catching up on due posts failed", e);
                catchUp.completeExceptionally(e);
            } finally {
                arm(ok);
            }
        });
        return catchUp;
    }

    /**
     * One round now: due posts go to their publishers and due webhook attempts are made. Safe to call
     * from several threads at once; each attempt is made by exactly one of them.
     */
    public HandOffReport runDue() {
        return round(true);
    }

    /** The due instant the scheduler is waiting for (it may look earlier), if any. */
    public Optional<Instant> waitingFor() {
        synchronized (armLock) {
            return Optional.ofNullable(armedFor);
        }
    }

    /** Stops; an attempt under way is abandoned unrecorded and made again after the next start. */
    @Override
    public void close() {
        closed = true;
        stopListening.run();
        synchronized (armLock) {
            if (armed != null) {
                armed.cancel(false);
            }
            armed = null;
            armedFor = null;
        }
        if (ownsExecutor) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- rounds ----

    private HandOffReport round(boolean notify) {
        Instant now = ws.now();
        HandOffReport report = handOffs.takeFallenDue(now);
        for (String postId : handOffs.attemptsDue(now)) {
            if (closed) {
                break;
            }
            // One attempt per post at a time in this process; the store's claim guards the rest.
            if (!inFlight.add(postId)) {
                continue;
            }
            try {
                report = report.plus(attempt(postId));
            } finally {
                inFlight.remove(postId);
            }
        }
        if (notify && !report.isEmpty()) {
            for (Consumer<HandOffReport> l : listeners) {
                try {
                    l.accept(report);
                } catch (RuntimeException e) {
                    LOG.warn("A hand-off listener failed", e);
                }
            }
        }
        return report;
    }

    private HandOffReport attempt(String postId) {
        HandOffs.Claim claim = handOffs.claim(postId, ws.now());
        if (claim.turnedDue()) {
            return HandOffReport.turnedDue(1);
        }
        if (claim.settled() != null) {
            return claim.settled();
        }
        if (claim.forward() != null) {
            return forward(claim);
        }
        if (claim.call() == null) {
            return HandOffReport.NOTHING;
        }
        Delivery delivery;
        try {
            delivery = sender.send(claim.call());
        } catch (InterruptedException e) {
            // Stopping: the attempt stays counted and planned, so it is made again after a restart.
            Thread.currentThread().interrupt();
            return HandOffReport.NOTHING;
        } catch (RuntimeException e) {
            LOG.warn("Sending post {} to its webhook failed", postId, e);
            delivery = Delivery.retry("Slotwise could not send it: " + e);
        }
        return handOffs.record(claim, delivery, ws.now());
    }

    private HandOffReport forward(HandOffs.Claim claim) {
        ForwardCall call = claim.forward();
        ForwardAnswer answer;
        try {
            answer = forwarder.send(call);
        } catch (InterruptedException e) {
            // Stopping: the request stays written down as waiting for its answer; the next start settles it.
            Thread.currentThread().interrupt();
            return HandOffReport.NOTHING;
        } catch (RuntimeException e) {
            // Never the call itself in the log: its settings hold the API key (masked in their toString, but the
            // exception's own message is not ours to trust).
            LOG.warn("Forwarding post {} to {} failed: {}", call.post().id(), call.vendor().displayName(),
                    e.getClass().getSimpleName());
            String why = "Slotwise failed while sending it (" + e.getClass().getSimpleName() + ")";
            answer = call.isCheck() ? ForwardAnswer.pending(call.remoteId(), why)
                    : call.vendor() == PublisherKind.BLOTATO ? ForwardAnswer.unknown(BlotatoForwarder.unknown(why))
                    : ForwardAnswer.retry(why);
        }
        return handOffs.recordForward(claim, answer, ws.now());
    }

    // ---- arming ----

    /** After any write: look at the next due time again, once, on the executor (never on the writer's thread). */
    private void storeChanged() {
        if (closed || !lookQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                lookQueued.set(false);
                arm(true);
            });
        } catch (RejectedExecutionException e) {
            lookQueued.set(false);
        }
    }

    private void tick() {
        synchronized (armLock) {
            // The timer firing now is spent; forget it, so arm() sets the next one (a capped sleep ends here too).
            if (armed != null && armed.getDelay(TimeUnit.MILLISECONDS) <= 0) {
                armed = null;
                armedFor = null;
            }
        }
        boolean ok = false;
        try {
            round(true);
            ok = true;
        } catch (RuntimeException e) {
            LOG.error("A hand-off round failed; trying again in {}", AFTER_ERROR, e);
        } finally {
            arm(ok);
        }
    }

    /** Sets the timer for the next due instant (now if it has passed); none when nothing is planned. */
    private void arm(boolean lastRoundOk) {
        if (closed) {
            return;
        }
        Optional<Instant> next;
        try {
            next = handOffs.nextDue();
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            LOG.error("Cannot read when the next post falls due", e);
            next = Optional.of(ws.now().plus(AFTER_ERROR));
        }
        Instant now = ws.now();
        if (!lastRoundOk && next.isPresent() && next.get().isBefore(now.plus(AFTER_ERROR))) {
            next = Optional.of(now.plus(AFTER_ERROR));
        }
        synchronized (armLock) {
            if (closed) {
                return;
            }
            if (armed != null && !armed.isDone() && armed.getDelay(TimeUnit.MILLISECONDS) > 0 && next.isPresent()
                    && next.get().equals(armedFor)) {
                return;
            }
            if (armed != null) {
                armed.cancel(false);
            }
            armed = null;
            armedFor = null;
            if (next.isEmpty()) {
                return;
            }
            long delay = Math.max(0, Duration.between(now, next.get()).toMillis());
            armedFor = next.get();
            try {
                armed = executor.schedule(this::tick, Math.min(delay, MAX_SLEEP.toMillis()), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                armedFor = null;
            }
        }
    }
}
