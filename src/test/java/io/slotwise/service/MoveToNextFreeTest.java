package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.store.Store;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desktop's "move a card to its next free slot" (N on a selected card): {@link QueueService#moveToNextFree}. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MoveToNextFreeTest {

    @Parameter
    StoreKind kind;
    @TempDir
    Path storesDir;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, storesDir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant THIS_MONDAY = Instant.parse("2026-03-02T12:30:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-03-09T12:30:00Z");
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;
    private CalendarSlot monday;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
        monday = s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(13, 30),
                LocalTime.of(14, 30), ZoneId.of("Europe/Copenhagen"), List.of(), Set.of(), true, null, Set.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Post draft(String account) {
        return s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, account, null, PostContent.text("hi"),
                null, Set.of()));
    }

    private Post stored(Post p) {
        return s.posts().find(ME, p.id()).orElseThrow();
    }

    @Test
    void aPostLaterThanItsNextFreeSlotMovesThereAndOneAlreadyThereStays() {
        Post a = draft("li_1");
        Post b = draft("li_1");
        s.queue().assign(ME, List.of(a.id(), b.id()));
        assertThat(stored(b).scheduledAt()).isEqualTo(NEXT_MONDAY);

        // This Monday is a's: b's next free slot is where it is.
        Post before = stored(b);
        Assignment stays = s.queue().moveToNextFree(ME, b.id());
        assertThat(stays.success()).isTrue();
        assertThat(stays.placement().scheduledAt()).isEqualTo(NEXT_MONDAY);
        assertThat(stored(b)).as("nothing written").isEqualTo(before);

        s.posts().unschedule(ME, a.id());
        Assignment moved = s.queue().moveToNextFree(ME, b.id());
        assertThat(moved.placement().scheduledAt()).isEqualTo(THIS_MONDAY);
        assertThat(stored(b).scheduledAt()).isEqualTo(THIS_MONDAY);
        assertThat(stored(b).slotId()).isEqualTo(monday.slot().id());
        // Next Monday's lane is free again: the queue takes it.
        assertThat(s.queue().addToQueue(ME, a.id()).placement().scheduledAt()).isEqualTo(NEXT_MONDAY);
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        Post a = draft("li_1");
        s.queue().addToQueue(ME, a.id());
        Post b = draft("li_1");
        s.posts().moveToTime(ME, b.id(), THIS_MONDAY.plusSeconds(600));
        // Every Monday up to the horizon taken would be slow to build: a paused slot has no free lane at all.
        s.slots().update(ME, monday.slot().id(), new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY),
                LocalTime.of(13, 30), LocalTime.of(14, 30), ZoneId.of("Europe/Copenhagen"), List.of(), Set.of(), false,
                null, Set.of()));
        Assignment none = s.queue().moveToNextFree(ME, b.id());
        assertThat(none.success()).isFalse();
        assertThat(none.message()).isEqualTo(Assignment.NO_AVAILABLE_SLOT);
        assertThat(stored(b).scheduledAt()).isEqualTo(THIS_MONDAY.plusSeconds(600));
        assertThat(stored(b).slotId()).isNull();

        Post published = s.posts().restore(ME, stored(a).withStatus(PostStatus.PUBLISHED, clock.instant()));
        assertThat(s.queue().moveToNextFree(ME, published.id()).message()).isNotBlank();
        assertThat(stored(a).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(s.queue().moveToNextFree(ME, "nope").message()).isEqualTo(Assignment.POST_NOT_FOUND);
    }
}
