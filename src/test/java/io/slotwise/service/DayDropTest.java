package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A post dropped on a day of the month: where it lands (the day taken in the display zone), or why not. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DayDropTest {

    @Parameter
    StoreKind kind;
    @TempDir
    Path storesDir;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, storesDir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Monday 2 March 2026, 06:00 UTC. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private Services s;
    private CalendarSlot morning;
    private CalendarSlot lateNight;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        s.accounts().create(ME, "li", Platform.LINKEDIN, "Page", null, List.of());
        Target tw = Target.account(Platform.TWITTER, "tw");
        morning = daily(LocalTime.of(9, 0), LocalTime.of(10, 0), tw);
        lateNight = daily(LocalTime.of(23, 30), null, tw);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CalendarSlot daily(LocalTime start, LocalTime end, Target... targets) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.daily(1), start, end, UTC, List.of(targets), Set.of(),
                true, null, Set.of()));
    }

    private Post draft(Platform p, String account) {
        return s.posts().createDraft(ME, new DraftInput(p, account, null, PostContent.text("hi"), null, Set.of()));
    }

    @Test
    void aDraftTakesTheEarliestFreeOccurrenceStartingThatDayInTheDisplayZone() {
        // Tuesday 3 March in Tokyo runs from 15:00 UTC on Monday: Monday's 23:30 UTC slot starts first.
        Post d = s.posts().moveToDay(ME, draft(Platform.TWITTER, "tw").id(), LocalDate.of(2026, 3, 3), TOKYO);
        assertThat(d.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(d.slotId()).isEqualTo(lateNight.slot().id());
        assertThat(d.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T23:30:00Z"));
        // That lane is now taken: the next draft gets the day's other slot.
        Post e = s.posts().moveToDay(ME, draft(Platform.TWITTER, "tw").id(), LocalDate.of(2026, 3, 3), TOKYO);
        assertThat(e.slotId()).isEqualTo(morning.slot().id());
        assertThat(e.scheduledAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        // Then the day is full.
        Post f = draft(Platform.TWITTER, "tw");
        assertThatThrownBy(() -> s.posts().moveToDay(ME, f.id(), LocalDate.of(2026, 3, 3), TOKYO))
                .isInstanceOf(ServiceException.class).hasMessage(DayDrop.SLOTS_TAKEN);
        assertThat(s.posts().find(ME, f.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void eachDaySaysWhyNotInItsOwnWords() {
        Post tw = draft(Platform.TWITTER, "tw");
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(s.calendar().whyNotOn(ME, tw, days, UTC))
                .containsExactly(Optional.of(DayDrop.DAY_IN_PAST), Optional.empty(), Optional.empty());
        assertThat(s.calendar().whyNotOn(ME, draft(Platform.LINKEDIN, "li"), days.subList(1, 2), UTC))
                .containsExactly(Optional.of("No slot that day is for linkedin account \"li\""));
        assertThat(s.calendar().whyNotOn(ME, draft(Platform.TWITTER, null), days.subList(1, 2), UTC))
                .containsExactly(Optional.of("Choose an account for this post first"));

        clock.set(Instant.parse("2026-03-02T23:45:00Z"));
        assertThat(s.calendar().whyNotOn(ME, tw, days.subList(1, 2), UTC))
                .containsExactly(Optional.of(DayDrop.SLOTS_PASSED));
        s.slots().delete(ME, lateNight.slot().id());
        s.slots().delete(ME, morning.slot().id());
        assertThat(s.calendar().whyNotOn(ME, tw, days.subList(2, 3), UTC)).containsExactly(Optional.of(DayDrop.NO_SLOT));
    }

    @Test
    void aScheduledPostKeepsItsTimeOfDayInTheDisplayZone() {
        // 08:30 on Tuesday in Tokyo, in the 23:30 UTC slot; on Thursday (Tokyo) at 08:30 the same slot takes it.
        Post p = s.posts().moveToDay(ME, draft(Platform.TWITTER, "tw").id(), LocalDate.of(2026, 3, 3), TOKYO);
        Post moved = s.posts().moveToDay(ME, p.id(), LocalDate.of(2026, 3, 5), TOKYO);
        assertThat(moved.scheduledAt()).isEqualTo(Instant.parse("2026-03-04T23:30:00Z"));
        assertThat(moved.slotId()).isEqualTo(lateNight.slot().id());
        // The same day again: nothing to do, and said so.
        assertThatThrownBy(() -> s.posts().moveToDay(ME, p.id(), LocalDate.of(2026, 3, 5), TOKYO))
                .hasMessage(DayDrop.ALREADY_THERE);
        // By hand at 14:25 UTC: on another day, by hand at 14:25 again.
        Post byHand = s.posts().moveToTime(ME, draft(Platform.TWITTER, "tw").id(), Instant.parse("2026-03-02T14:25:00Z"));
        Post later = s.posts().moveToDay(ME, byHand.id(), LocalDate.of(2026, 3, 9), UTC);
        assertThat(later.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T14:25:00Z"));
        assertThat(later.slotId()).isNull();
    }
}
