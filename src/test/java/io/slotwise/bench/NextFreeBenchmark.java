package io.slotwise.bench;

import io.slotwise.bench.PlanFixture.Data;
import io.slotwise.bench.PlanFixture.Scale;
import io.slotwise.engine.NaivePlan;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.SlotQuery;
import io.slotwise.engine.SlotTimes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * SPEC §10: next free slot with 1,000 slots and 100,000 scheduled posts, p50 under 50 µs in memory.
 *
 * <p>Every call asks the next question of a fixed rotation of 512 (mostly per account, some with a
 * label, a group, or only a platform) against the same filled plan, under a fixed clock.
 * <ul>
 *   <li>{@code engine}: the steady state: the plan is unchanged between questions, so each lane's
 *       remembered first-free occurrence is still right.</li>
 *   <li>{@code engineAfterPostEdit}: before each question a scheduled post is unscheduled and put back
 *       (drag away and back): the engine updates the touched lane incrementally.</li>
 *   <li>{@code engineAfterHandPlacedEdit}: before each question a post placed by hand (no slot link)
 *       is removed or put back. Such a post may take any point slot's lane at its instant, so the
 *       engine offers the change to every lane it remembers.</li>
 *   <li>{@code engineCold}: the first question on a freshly loaded plan (built before each call, not
 *       timed): nothing is remembered, every eligible lane is walked from now to its first free
 *       occurrence. This is what each account's first question after start-up costs.</li>
 *   <li>{@code naive}: the brute-force baseline on the same data, one question per single shot.</li>
 * </ul>
 * The edits in the two "after" variants are included in the measured time.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NextFreeBenchmark {

    /** The engine over the full data set. */
    @State(Scope.Thread)
    public static class EngineState {
        /** The data set; {@code bench/run smoke} passes {@code -p scale=SMALL}. */
        @Param({"FULL"})
        public Scale scale;
        Plan plan;
        List<SlotQuery> queries;
        List<PlannedPost> linked;
        PlannedPost handPlaced;
        boolean handPlacedIn = true;
        int next;
        SplittableRandom rnd = new SplittableRandom(PlanFixture.SEED);

        @Setup(Level.Trial)
        public void setUp() {
            Data data = PlanFixture.get(scale);
            plan = data.newPlan(false);
            queries = data.queries();
            linked = new ArrayList<>();
            List<PlannedPost> byHand = new ArrayList<>();
            for (PlannedPost p : data.scheduled()) {
                (p.slotId() != null ? linked : byHand).add(p);
            }
            // The third hand-placed post sits at an arbitrary quarter hour, not on a slot's start.
            handPlaced = byHand.get(2);
            System.out.println();
            System.out.println("[fixture] " + PlanFixture.summary(data));
        }

        SlotQuery nextQuery() {
            SlotQuery q = queries.get(next);
            next = (next + 1) % queries.size();
            return q;
        }
    }

    /** A freshly loaded engine plan for every call. */
    @State(Scope.Thread)
    public static class ColdState {
        @Param({"FULL"})
        public Scale scale;
        Data data;
        Plan plan;
        List<SlotQuery> queries;
        int next;

        @Setup(Level.Trial)
        public void data() {
            data = PlanFixture.get(scale);
            queries = data.queries();
        }

        /**
         * Loads the plan, then collects the previous plan's garbage, so that the timed question is not
         * charged with a collection of what the harness threw away.
         */
        @Setup(Level.Invocation)
        public void freshPlan() {
            plan = null;
            plan = data.newPlan(false);
            System.gc();
        }

        SlotQuery nextQuery() {
            SlotQuery q = queries.get(next);
            next = (next + 1) % queries.size();
            return q;
        }
    }

    /** The naive baseline over the full data set. */
    @State(Scope.Thread)
    public static class NaiveState {
        @Param({"FULL"})
        public Scale scale;
        NaivePlan naive;
        List<SlotQuery> queries;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            Data data = PlanFixture.get(scale);
            naive = data.newNaive(false);
            queries = data.queries();
        }

        SlotQuery nextQuery() {
            SlotQuery q = queries.get(next);
            next = (next + 1) % queries.size();
            return q;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public NextFree engine(EngineState s) {
        return s.plan.nextFree(s.nextQuery(), SlotTimes.EXACT);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public NextFree engineAfterPostEdit(EngineState s) {
        PlannedPost p = s.linked.get(s.rnd.nextInt(s.linked.size()));
        s.plan.remove(p.id());
        s.plan.put(p);
        return s.plan.nextFree(s.nextQuery(), SlotTimes.EXACT);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public NextFree engineAfterHandPlacedEdit(EngineState s) {
        if (s.handPlacedIn) {
            s.plan.remove(s.handPlaced.id());
        } else {
            s.plan.put(s.handPlaced);
        }
        s.handPlacedIn = !s.handPlacedIn;
        return s.plan.nextFree(s.nextQuery(), SlotTimes.EXACT);
    }

    /** A few milliseconds per question, after some 200 ms of (untimed) plan loading and collection. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 15, time = 2)
    public NextFree engineCold(ColdState s) {
        return s.plan.nextFree(s.nextQuery(), SlotTimes.EXACT);
    }

    /** About one second per question: one question per shot, 20 measured. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 20)
    public NextFree naive(NaiveState s) {
        return s.naive.nextFree(s.nextQuery());
    }
}
