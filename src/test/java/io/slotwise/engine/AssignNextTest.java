package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AssignNextTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private final Plan plan = new Plan(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(3));

    private static Slot.Builder window(String id, DayOfWeek day, int hour) {
        return Slot.builder(id).recurrence(Recurrence.weekly(1, day))
                .window(LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0)).zone("Europe/Copenhagen")
                .anchorDate(LocalDate.of(2026, 1, 1));
    }

    private void draft(String id, String owner, String account, String... labels) {
        plan.put(PlannedPost.draft(id, owner, Platform.LINKEDIN, account == null ? null : Destination.of(account, null),
                Set.of(labels)));
    }

    @Test
    void postsAreProcessedInRequestOrderAndEarlierSuccessesTakeTheirOccurrences() {
        plan.putSlot(window("mon", DayOfWeek.MONDAY, 13).build());
        draft("post_1", "me", "acc");
        draft("post_2", "me", "acc");
        draft("post_3", "me", "acc");
        List<Assignment> results = plan.assignNext(List.of("post_3", "post_1", "post_2"), "me", SlotTimes.EXACT);
        assertThat(results).extracting(Assignment::postId).containsExactly("post_3", "post_1", "post_2");
        assertThat(results).allMatch(Assignment::success);
        assertThat(results).extracting(a -> a.placement().scheduledAt()).containsExactly(
                Instant.parse("2026-03-02T12:00:00Z"), Instant.parse("2026-03-09T12:00:00Z"),
                Instant.parse("2026-03-16T12:00:00Z"));
        assertThat(plan.post("post_3").orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(plan.post("post_3").orElseThrow().slotId()).isEqualTo("mon");
    }

    @Test
    void eachFailureCarriesFeedHivesMessageAndChangesNothing() {
        plan.putSlot(window("mon", DayOfWeek.MONDAY, 13).build());
        draft("theirs", "someone-else", "acc");
        draft("no_account", "me", null);
        plan.put(new PlannedPost("sched", "me", PostStatus.SCHEDULED, Platform.LINKEDIN, Destination.of("acc", null),
                Set.of(), Instant.parse("2026-05-01T10:00:00Z"), null));
        plan.put(new PlannedPost("pub", "me", PostStatus.PUBLISHED, Platform.LINKEDIN, Destination.of("acc", null),
                Set.of(), Instant.parse("2026-02-01T10:00:00Z"), null));
        draft("labelled", "me", "acc", "lbl_x");
        draft("ok", "me", "acc");

        List<Assignment> results = plan.assignNext(
                List.of("missing", "theirs", "sched", "pub", "no_account", "labelled", "ok"), "me", SlotTimes.EXACT);

        assertThat(results).extracting(Assignment::message).containsExactly(
                "Post not found", "Access denied", "Post is already scheduled", "Only draft posts can be assigned",
                "Post must have at least one social account", "No available slot", null);
        // The failures left the plan alone: the one success took the first occurrence.
        assertThat(results.get(6).placement().scheduledAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(plan.post("theirs").orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(plan.post("labelled").orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(plan.post("sched").orElseThrow().scheduledAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    }

    @Test
    void aPostAlreadyPlacedEarlierInTheBatchIsAlreadyScheduled() {
        plan.putSlot(window("mon", DayOfWeek.MONDAY, 13).build());
        draft("p", "me", "acc");
        List<Assignment> results = plan.assignNext(List.of("p", "p"), "me", SlotTimes.EXACT);
        assertThat(results).extracting(Assignment::message).containsExactly(null, "Post is already scheduled");
    }

    @Test
    void labelledPostsGoToSlotsSharingALabel() {
        plan.putSlot(window("plain", DayOfWeek.MONDAY, 9).build());
        plan.putSlot(window("promo", DayOfWeek.TUESDAY, 9).labels("lbl_promo").build());
        draft("a", "me", "acc", "lbl_promo");
        draft("b", "me", "acc");
        List<Assignment> results = plan.assignNext(List.of("a", "b"), "me", SlotTimes.EXACT);
        assertThat(results).extracting(r -> r.placement().slotId()).containsExactly("promo", "plain");
    }

    @Test
    void randomTimesFallInsideTheOccurrence() {
        plan.putSlot(window("mon", DayOfWeek.MONDAY, 13).build());
        for (int i = 0; i < 50; i++) {
            draft("p" + i, "me", "acc");
        }
        List<String> ids = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "p" + i).toList();
        for (Assignment a : plan.assignNext(ids, "me", SlotTimes.RANDOM)) {
            Occurrence o = a.placement().occurrence();
            assertThat(a.placement().scheduledAt()).isAfterOrEqualTo(o.start()).isBefore(o.end());
        }
    }
}
