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

class NextFreeTest {

    /** Monday 2026-03-02, 08:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);

    private final Plan plan = new Plan(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(7));

    private static Slot.Builder monday9(String id) {
        return Slot.builder(id).recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY)).at(LocalTime.of(9, 0))
                .anchorDate(ANCHOR);
    }

    private static SlotQuery twitter(String account) {
        return SlotQuery.forAccount(Platform.TWITTER, account);
    }

    private Placement found(NextFree result) {
        assertThat(result).isInstanceOf(NextFree.Found.class);
        return ((NextFree.Found) result).placement();
    }

    private PlannedPost scheduled(String id, String account, Placement at) {
        return new PlannedPost(id, "me", PostStatus.SCHEDULED, Platform.TWITTER, Destination.of(account, null),
                Set.of(), at.scheduledAt(), at.slotId());
    }

    @Test
    void findsTheEarliestOccurrenceStrictlyAfterNow() {
        plan.putSlot(monday9("s1").targets(Target.allAccounts(Platform.TWITTER)).build());
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void anOccurrenceStartingExactlyNowIsNotACandidate() {
        Plan atNine = new Plan(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC), new SplittableRandom(1));
        atNine.putSlot(monday9("s1").build());
        assertThat(found(atNine.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void nextCallSkipsOccupiedSlots() {
        plan.putSlot(monday9("s1").targets(Target.allAccounts(Platform.TWITTER)).build());
        Placement first = found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT));
        plan.put(scheduled("p1", "acc_1", first));
        Placement second = found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT));
        assertThat(second.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void deletingAPostFreesItsLaneAtOnce() {
        plan.putSlot(monday9("s1").targets(Target.allAccounts(Platform.TWITTER)).build());
        plan.put(scheduled("p1", "acc_1", found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT))));
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        plan.remove("p1");
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void slotWithTargetsHasOneLanePerAccount() {
        // "Mon 09:00 Twitter + LinkedIn" takes one tweet and one LinkedIn post.
        plan.putSlot(monday9("s1").targets(Target.account(Platform.TWITTER, "tw"), Target.account(Platform.LINKEDIN, "li"))
                .build());
        Placement tweet = found(plan.nextFree(twitter("tw"), SlotTimes.EXACT));
        plan.put(scheduled("p1", "tw", tweet));
        Placement linkedIn = found(plan.nextFree(SlotQuery.forAccount(Platform.LINKEDIN, "li"), SlotTimes.EXACT));
        assertThat(linkedIn.scheduledAt()).isEqualTo(tweet.scheduledAt());
        assertThat(found(plan.nextFree(twitter("tw"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void slotForAllTwitterAccountsGivesEachAccountItsOwnLane() {
        plan.putSlot(monday9("s1").targets(Target.allAccounts(Platform.TWITTER)).build());
        plan.put(scheduled("p1", "acc_1", found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT))));
        assertThat(found(plan.nextFree(twitter("acc_2"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void slotForOneAccountIsNotOfferedToAnother() {
        plan.putSlot(monday9("mine").targets(Target.account(Platform.TWITTER, "acc_1")).build());
        plan.putSlot(monday9("all").at(LocalTime.of(18, 0)).targets(Target.allAccounts(Platform.TWITTER)).build());
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).slotId()).isEqualTo("mine");
        assertThat(found(plan.nextFree(twitter("acc_2"), SlotTimes.EXACT)).slotId()).isEqualTo("all");
    }

    @Test
    void slotWithoutTargetsHasASingleLane() {
        plan.putSlot(monday9("s1").build());
        plan.put(scheduled("p1", "acc_1", found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT))));
        assertThat(found(plan.nextFree(SlotQuery.forAccount(Platform.LINKEDIN, "acc_9"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void postsWithoutLabelsSkipLabelledSlotsAndLabelledPostsNeedASharedLabel() {
        plan.putSlot(monday9("labelled").labels("lbl_1").build());
        plan.putSlot(monday9("plain").at(LocalTime.of(12, 0)).build());
        SlotQuery noLabels = twitter("acc_1");
        SlotQuery withLabel = new SlotQuery(Platform.TWITTER, Destination.of("acc_1", null), Set.of("lbl_1"), null);
        SlotQuery otherLabel = new SlotQuery(Platform.TWITTER, Destination.of("acc_1", null), Set.of("lbl_2"), null);
        assertThat(found(plan.nextFree(noLabels, SlotTimes.EXACT)).slotId()).isEqualTo("plain");
        assertThat(found(plan.nextFree(withLabel, SlotTimes.EXACT)).slotId()).isEqualTo("labelled");
        assertThat(plan.nextFree(otherLabel, SlotTimes.EXACT)).isInstanceOf(NextFree.NoSlotsConfigured.class);
    }

    @Test
    void inactiveSlotIsSkipped() {
        plan.putSlot(monday9("off").active(false).build());
        plan.putSlot(monday9("on").at(LocalTime.of(15, 0)).build());
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).slotId()).isEqualTo("on");
    }

    @Test
    void onlyInactiveSlotsMeansNoAvailableSlot() {
        plan.putSlot(monday9("off").active(false).build());
        assertThat(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).isInstanceOf(NextFree.NoAvailableSlot.class);
    }

    @Test
    void noMatchingSlotMeansNoSlotsConfigured() {
        plan.putSlot(monday9("li").targets(Target.allAccounts(Platform.LINKEDIN)).build());
        assertThat(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).isInstanceOf(NextFree.NoSlotsConfigured.class);
        assertThat(NextFree.NO_SLOTS_CONFIGURED).isEqualTo("no slots are configured for this platform/account");
    }

    @Test
    void searchStopsAtTheTwoYearHorizon() {
        // Yearly in effect: 2026-03-02, 2027-03-01, then 2028-03-06, four days past the horizon.
        plan.putSlot(Slot.builder("m").recurrence(Recurrence.monthly(12, DayOfWeek.MONDAY)).at(LocalTime.of(9, 0))
                .anchorDate(LocalDate.of(2026, 3, 2)).build());
        plan.put(scheduled("p1", "a", found(plan.nextFree(twitter("a"), SlotTimes.EXACT))));
        plan.put(scheduled("p2", "a", found(plan.nextFree(twitter("a"), SlotTimes.EXACT))));
        assertThat(plan.post("p2").orElseThrow().scheduledAt()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
        NextFree result = plan.nextFree(twitter("a"), SlotTimes.EXACT);
        assertThat(result).isInstanceOf(NextFree.NoAvailableSlot.class);
        assertThat(NextFree.NO_AVAILABLE_SLOT).isEqualTo("No available slot");
    }

    @Test
    void tiesOnStartTimeBreakBySlotId() {
        plan.putSlot(monday9("slot_b").build());
        plan.putSlot(monday9("slot_a").build());
        assertThat(found(plan.nextFree(twitter("x"), SlotTimes.EXACT)).slotId()).isEqualTo("slot_a");
    }

    @Test
    void postPlacedByHandAtAPointSlotsTimeOccupiesIt() {
        plan.putSlot(monday9("s1").targets(Target.allAccounts(Platform.TWITTER)).build());
        plan.nextFree(twitter("acc_1"), SlotTimes.EXACT); // warm the lane's memory first
        plan.put(new PlannedPost("byHand", "me", PostStatus.SCHEDULED, Platform.TWITTER, Destination.of("acc_1", null),
                Set.of(), Instant.parse("2026-03-02T09:00:00Z"), null));
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        // Another account's lane is untouched, and a minute off the slot's time takes nothing.
        assertThat(found(plan.nextFree(twitter("acc_2"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        plan.put(plan.post("byHand").orElseThrow().scheduledAt(Instant.parse("2026-03-02T09:01:00Z")));
        assertThat(found(plan.nextFree(twitter("acc_1"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void scheduledPendingAndHandedOffPostsHoldTheirLaneDraftsPublishedAndFailedOnesDoNot() {
        plan.putSlot(monday9("s1").build());
        Instant nine = Instant.parse("2026-03-02T09:00:00Z");
        Instant nextWeek = Instant.parse("2026-03-09T09:00:00Z");
        plan.put(PlannedPost.draft("d", "me", Platform.TWITTER, Destination.of("a", null), Set.of()));
        assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt()).isEqualTo(nine);
        // SPEC §4: scheduled and pending approval occupy; due and sending are that scheduled post being handed off.
        for (PostStatus status : List.of(PostStatus.SCHEDULED, PostStatus.PENDING_APPROVAL, PostStatus.DUE,
                PostStatus.SENDING)) {
            plan.put(new PlannedPost("p", "me", status, Platform.TWITTER, Destination.of("a", null), Set.of(),
                    nine, "s1"));
            assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt()).as(status.id())
                    .isEqualTo(nextWeek);
            assertThat(plan.postsOn(plan.occurrenceOf("p").orElseThrow())).extracting(PlannedPost::status)
                    .containsExactly(status);
        }
        // Published and failed posts occupy nothing: the lane is free at once.
        for (PostStatus status : List.of(PostStatus.PUBLISHED, PostStatus.FAILED)) {
            plan.put(new PlannedPost("p", "me", status, Platform.TWITTER, Destination.of("a", null), Set.of(),
                    nine, "s1"));
            assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt()).as(status.id())
                    .isEqualTo(nine);
        }
        plan.remove("p");
        assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt()).isEqualTo(nine);
    }

    @Test
    void postAnywhereInsideTheWindowOccupiesTheOccurrence() {
        plan.putSlot(monday9("w").window(LocalTime.of(9, 0), LocalTime.of(11, 0)).build());
        plan.put(new PlannedPost("p", "me", PostStatus.SCHEDULED, Platform.TWITTER, Destination.of("a", null), Set.of(),
                Instant.parse("2026-03-02T10:42:00Z"), "w"));
        assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void editingASlotLeavesPostsInPlaceAndOffSlotPostsFreeTheirLane() {
        plan.putSlot(monday9("s1").build());
        plan.put(scheduled("p1", "a", found(plan.nextFree(twitter("a"), SlotTimes.EXACT))));
        assertThat(plan.isOffSlot("p1")).isFalse();
        plan.putSlot(monday9("s1").at(LocalTime.of(10, 0)).build());
        assertThat(plan.post("p1").orElseThrow().scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(plan.isOffSlot("p1")).isTrue();
        assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void randomTimeStaysInsideTheWindowAndPointSlotsKeepTheirStart() {
        plan.putSlot(monday9("w").window(LocalTime.of(9, 0), LocalTime.of(10, 0)).build());
        Placement p = found(plan.nextFree(twitter("a"), SlotTimes.RANDOM));
        assertThat(p.scheduledAt()).isBetween(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:59:59.999Z"));

        Plan points = new Plan(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(7));
        points.putSlot(monday9("pt").build());
        assertThat(found(points.nextFree(twitter("a"), SlotTimes.RANDOM)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void slotTimezoneDecidesTheInstant() {
        // 09:00 Berlin today is 08:00Z, which is now and so not a candidate: next Monday it is.
        plan.putSlot(monday9("berlin").zone("Europe/Berlin").build());
        assertThat(found(plan.nextFree(twitter("a"), SlotTimes.EXACT)).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
    }
}
