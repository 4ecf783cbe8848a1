package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static Slot.Builder slot() {
        return Slot.builder("s").recurrence(Recurrence.weekly(1, DayOfWeek.MONDAY)).at(LocalTime.of(9, 0))
                .anchorDate(LocalDate.of(2026, 1, 1));
    }

    private static SlotQuery post(Platform platform, String account, String subaccount, String... labels) {
        return new SlotQuery(platform, account == null ? null : Destination.of(account, subaccount), Set.of(labels), null);
    }

    @Test
    void slotForAllAccountsOfAPlatformTakesEveryAccountOfIt() {
        Slot s = slot().targets(Target.allAccounts(Platform.TWITTER)).build();
        assertThat(Eligibility.isEligible(s, post(Platform.TWITTER, "acc_1", null))).isTrue();
        assertThat(Eligibility.isEligible(s, post(Platform.TWITTER, "acc_2", null))).isTrue();
        assertThat(Eligibility.isEligible(s, post(Platform.LINKEDIN, "acc_1", null))).isFalse();
    }

    @Test
    void slotForOneAccountTakesOnlyThatAccount() {
        Slot s = slot().targets(Target.account(Platform.TWITTER, "acc_1")).build();
        assertThat(Eligibility.isEligible(s, post(Platform.TWITTER, "acc_1", null))).isTrue();
        assertThat(Eligibility.isEligible(s, post(Platform.TWITTER, "acc_2", null))).isFalse();
    }

    @Test
    void queryWithoutAccountMatchesOnlySlotsOpenToEveryAccount() {
        Slot forAll = slot().targets(Target.allAccounts(Platform.TWITTER)).build();
        Slot forOne = slot().targets(Target.account(Platform.TWITTER, "acc_1")).build();
        assertThat(Eligibility.isEligible(forAll, post(Platform.TWITTER, null, null))).isTrue();
        assertThat(Eligibility.isEligible(forOne, post(Platform.TWITTER, null, null))).isFalse();
    }

    @Test
    void subaccountTargetTakesOnlyThatPage() {
        Slot s = slot().targets(new Target(Platform.FACEBOOK, "acc_1", "page_9")).build();
        assertThat(Eligibility.isEligible(s, post(Platform.FACEBOOK, "acc_1", "page_9"))).isTrue();
        assertThat(Eligibility.isEligible(s, post(Platform.FACEBOOK, "acc_1", "page_8"))).isFalse();
        assertThat(Eligibility.isEligible(s, post(Platform.FACEBOOK, "acc_1", null))).isFalse();
    }

    @Test
    void slotWithoutTargetsTakesEveryAccount() {
        Slot s = slot().build();
        assertThat(Eligibility.isEligible(s, post(Platform.TIKTOK, "acc_7", null))).isTrue();
    }

    @Test
    void postWithoutLabelsUsesOnlySlotsWithoutLabels() {
        assertThat(Eligibility.isEligible(slot().build(), post(Platform.TWITTER, "a", null))).isTrue();
        assertThat(Eligibility.isEligible(slot().labels("lbl_1").build(), post(Platform.TWITTER, "a", null))).isFalse();
    }

    @Test
    void postWithLabelsNeedsASlotSharingOne() {
        assertThat(Eligibility.isEligible(slot().labels("lbl_1", "lbl_2").build(),
                post(Platform.TWITTER, "a", null, "lbl_2", "lbl_9"))).isTrue();
        assertThat(Eligibility.isEligible(slot().labels("lbl_1").build(),
                post(Platform.TWITTER, "a", null, "lbl_9"))).isFalse();
        assertThat(Eligibility.isEligible(slot().build(), post(Platform.TWITTER, "a", null, "lbl_1"))).isFalse();
    }

    @Test
    void inactiveSlotIsNeverEligible() {
        Slot s = slot().active(false).build();
        assertThat(Eligibility.isEligible(s, post(Platform.TWITTER, "a", null))).isFalse();
        assertThat(Eligibility.isConfiguredFor(s, post(Platform.TWITTER, "a", null))).isTrue();
    }

    @Test
    void namedGroupMustMatchAndNoGroupMatchesAny() {
        Slot instagram = slot().group("Instagram Schedule").build();
        SlotQuery q = post(Platform.INSTAGRAM, "a", null);
        assertThat(Eligibility.isEligible(instagram, q)).isTrue();
        assertThat(Eligibility.isEligible(instagram, q.inGroup("Instagram Schedule"))).isTrue();
        assertThat(Eligibility.isEligible(instagram, q.inGroup(Slot.DEFAULT_GROUP))).isFalse();
    }
}
