package io.slotwise.bench;

import io.slotwise.bench.PlanFixture.Data;
import io.slotwise.bench.PlanFixture.Scale;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.NaivePlan;
import io.slotwise.engine.Plan;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SPEC §10: assign-next of 10,000 drafts into 1,000 slots under 1 s (here in memory, without the
 * store's commit). One batch per single shot, on a fresh plan built before each shot (not timed).
 *
 * <p>Scales ({@link Scale}): {@code FULL} 10,000 drafts on top of 100,000 scheduled posts;
 * {@code EMPTY} 10,000 drafts into the 1,000 empty slots; {@code SMALL} 1,000 drafts on top of 10,000
 * posts and {@code EMPTY_SMALL} 1,000 drafts into empty slots, the sizes the naive baseline can finish
 * (at FULL it would need hours: about a second per draft).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssignNextBenchmark {

    @State(Scope.Thread)
    public static class EngineBatch {
        @Param({"FULL", "EMPTY", "SMALL", "EMPTY_SMALL"})
        public Scale scale;
        Data data;
        Plan plan;
        List<Assignment> last;

        @Setup(Level.Trial)
        public void data() {
            data = PlanFixture.get(scale);
        }

        @Setup(Level.Invocation)
        public void freshPlan() {
            plan = data.newPlan(true);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.println();
            System.out.println("[engine " + scale + "] " + outcome(last));
        }
    }

    @State(Scope.Thread)
    public static class NaiveBatch {
        @Param({"SMALL", "EMPTY_SMALL"})
        public Scale scale;
        Data data;
        NaivePlan naive;
        List<Assignment> last;

        @Setup(Level.Trial)
        public void data() {
            data = PlanFixture.get(scale);
        }

        @Setup(Level.Invocation)
        public void freshPlan() {
            naive = data.newNaive(true);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.println();
            System.out.println("[naive " + scale + "] " + outcome(last));
        }
    }

    /** Ten warm-up batches: the engine's code is still being compiled during the first few. */
    @Benchmark
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public List<Assignment> engine(EngineBatch s) {
        return s.last = s.plan.assignNext(s.data.batchIds(), PlanFixture.OWNER, SlotTimes.EXACT);
    }

    /** About 10 s per shot at SMALL: one warm-up, three measured. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public List<Assignment> naive(NaiveBatch s) {
        return s.last = s.naive.assignNext(s.data.batchIds(), PlanFixture.OWNER);
    }

    static String outcome(List<Assignment> results) {
        if (results == null) {
            return "no batch ran";
        }
        long ok = results.stream().filter(Assignment::success).count();
        return ok + " of " + results.size() + " drafts placed; last placement "
                + results.stream().filter(Assignment::success).reduce((a, b) -> b)
                .map(a -> a.placement().scheduledAt().toString()).orElse("-");
    }
}
