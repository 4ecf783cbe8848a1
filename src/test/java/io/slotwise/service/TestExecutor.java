package io.slotwise.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor on a {@link TestClock}: nothing runs by itself. The test runs what is due
 * ({@link #runDue()}) or moves the clock forward ({@link #advance}), which sets the clock to each task's
 * due instant in turn and runs it there, on the test's thread. Minutes of retries take milliseconds.
 */
public final class TestExecutor extends AbstractExecutorService implements ScheduledExecutorService {

    private final TestClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long sequence;
    private boolean shutdown;

    public TestExecutor(TestClock clock) {
        this.clock = clock;
    }

    /** Runs every task due by now (and those they queue for now), in due order. Returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (Task t = nextDueBy(clock.instant()); t != null; t = nextDueBy(clock.instant())) {
            t.run();
            ran++;
        }
        return ran;
    }

    /** Moves the clock forward by {@code d}, stopping at each task's due instant to run it there. */
    public void advance(Duration d) {
        advanceTo(clock.instant().plus(d));
    }

    public void advanceTo(Instant until) {
        runDue();
        for (Task t = nextDueBy(until); t != null; t = nextDueBy(until)) {
            if (t.due.isAfter(clock.instant())) {
                clock.set(t.due);
            }
            t.run();
            runDue();
        }
        if (until.isAfter(clock.instant())) {
            clock.set(until);
        }
        runDue();
    }

    /** When the earliest waiting task is due. */
    public synchronized Optional<Instant> nextTaskAt() {
        return Optional.ofNullable(queue.peek()).map(t -> t.due);
    }

    public synchronized int waiting() {
        return queue.size();
    }

    private synchronized Task nextDueBy(Instant t) {
        Task first = queue.peek();
        return first != null && !first.due.isAfter(t) ? queue.poll() : null;
    }

    private synchronized Task add(Callable<?> work, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task t = new Task(work, clock.instant().plus(Duration.ofNanos(unit.toNanos(Math.max(0, delay)))), sequence++);
        queue.add(t);
        return t;
    }

    private synchronized void remove(Task t) {
        queue.remove(t);
    }

    @Override
    public void execute(Runnable command) {
        add(Executors.callable(command), 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        @SuppressWarnings("unchecked")
        ScheduledFuture<V> f = (ScheduledFuture<V>) add(callable, delay, unit);
        return f;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by Slotwise");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by Slotwise");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object>, Runnable, Comparable<Delayed> {
        private final Callable<?> work;
        private final Instant due;
        private final long seq;
        private volatile boolean cancelled;
        private volatile boolean done;
        private Object result;
        private Throwable failure;

        Task(Callable<?> work, Instant due, long seq) {
            this.work = work;
            this.due = due;
            this.seq = seq;
        }

        @Override
        public void run() {
            if (cancelled || done) {
                return;
            }
            try {
                result = work.call();
            } catch (Throwable e) {
                failure = e;
            } finally {
                done = true;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed o) {
            Task t = (Task) o;
            int c = due.compareTo(t.due);
            return c != 0 ? c : Long.compare(seq, t.seq);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            remove(this);
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() throws ExecutionException {
            if (!done) {
                throw new IllegalStateException("not run yet: advance the test clock");
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return result;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) throws ExecutionException {
            return get();
        }
    }
}
