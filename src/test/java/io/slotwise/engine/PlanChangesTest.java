package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a plan tells of its changes: the posts and slots another app sharing the store must read again. */
class PlanChangesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private static Slot monday(String id) {
        return Slot.builder(id).recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY)).at(LocalTime.of(9, 0))
                .anchorDate(java.time.LocalDate.of(2026, 1, 1))
                .targets(Target.allAccounts(Platform.TWITTER)).build();
    }

    private static PlannedPost post(String id) {
        return new PlannedPost(id, "me", PostStatus.SCHEDULED, Platform.TWITTER, Destination.of("a", null), Set.of(),
                Instant.parse("2026-03-02T09:00:00Z"), "s1");
    }

    @Test
    void aPlanReadAsItIsHasNothingToTellAndThenTellsEachChangeOnce() {
        Plan plan = Plan.of(List.of(monday("s1")), List.of(post("p1")), CLOCK, new SplittableRandom(1));
        assertThat(plan.takeChanges().isEmpty()).isTrue();

        plan.put(post("p2"));
        plan.remove("p1");
        plan.remove("never-there"); // nothing removed: nothing to tell
        plan.putSlot(monday("s2"));
        plan.removeSlot("s1");
        PlanChanges changes = plan.takeChanges();
        assertThat(changes.postIds()).containsExactlyInAnyOrder("p1", "p2");
        assertThat(changes.slotIds()).containsExactlyInAnyOrder("s1", "s2");
        assertThat(plan.takeChanges().isEmpty()).as("told once").isTrue();

        plan.put(post("p3"));
        plan.forgetChanges();
        assertThat(plan.takeChanges().isEmpty()).isTrue();
    }
}
