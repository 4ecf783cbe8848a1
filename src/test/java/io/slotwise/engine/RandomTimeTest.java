package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/** SPEC §5: with exactSlotTimes off, the time is uniformly random in [start, end), from an injected source. */
class RandomTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Instant START = Instant.parse("2026-03-20T12:00:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(60));
    private static final int PLACEMENTS = 2_000;

    @Test
    void randomTimesStayInsideTheWindowAndSpreadOverIt() {
        List<Instant> times = place(new SplittableRandom(20260320L));

        Instant min = times.stream().min(Instant::compareTo).orElseThrow();
        Instant max = times.stream().max(Instant::compareTo).orElseThrow();
        Instant middle = START.plus(Duration.ofMinutes(30));
        int[] tenMinuteBuckets = new int[6];
        for (Instant t : times) {
            assertThat(t).isAfterOrEqualTo(START).isBefore(END);
            tenMinuteBuckets[(int) (Duration.between(START, t).toMinutes() / 10)]++;
        }
        assertThat(times.stream().filter(t -> t.isBefore(middle)).count()).isBetween(850L, 1150L);
        assertThat(min).isBefore(START.plus(Duration.ofMinutes(5)));
        assertThat(max).isAfter(END.minus(Duration.ofMinutes(5)));
        for (int n : tenMinuteBuckets) {
            assertThat(n).as("placements per ten minutes").isBetween(250, 420); // expected 333
        }
        assertThat(new HashSet<>(times)).as("distinct times").hasSizeGreaterThan(1_900);

        // the injected source makes the times reproducible
        assertThat(place(new SplittableRandom(20260320L))).isEqualTo(times);
    }

    /** Places one draft 2,000 times into the 12:00-13:00 UTC window, putting it back in the queue each time. */
    private static List<Instant> place(RandomGenerator random) {
        Slot slot = Slot.builder("s1").recurrence(Recurrence.daily(1))
                .window(LocalTime.of(12, 0), LocalTime.of(13, 0))
                .zone("UTC").anchorDate(LocalDate.of(2026, 3, 1)).build();
        PlannedPost draft = PlannedPost.draft("d1", "o1", Platform.TWITTER, Destination.of("acc1", null), Set.of());
        Plan plan = Plan.of(List.of(slot), List.of(draft), Clock.fixed(NOW, ZoneOffset.UTC), random);

        List<Instant> times = new ArrayList<>(PLACEMENTS);
        for (int i = 0; i < PLACEMENTS; i++) {
            List<Assignment> results = plan.assignNext(List.of("d1"), "o1", SlotTimes.RANDOM);
            assertThat(results).hasSize(1);
            Assignment a = results.get(0);
            assertThat(a.success()).as(a.message()).isTrue();
            assertThat(a.placement().occurrence().start()).isEqualTo(START);
            assertThat(a.placement().occurrence().end()).isEqualTo(END);
            assertThat(a.post().scheduledAt()).isEqualTo(a.placement().scheduledAt());
            times.add(a.placement().scheduledAt());
            plan.put(a.post().unscheduled());
        }
        return times;
    }
}
