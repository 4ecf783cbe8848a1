package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ServiceFlowTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Post draft(String account) {
        return s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, account, null, PostContent.text("hi"),
                null, Set.of()));
    }

    @Test
    void feedHiveSlotFilledByAssignNextThenListedByBlotato() {
        CalendarSlot slot = s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY),
                LocalTime.of(13, 30), LocalTime.of(14, 30), ZoneId.of("Europe/Copenhagen"), List.of(), Set.of(), true,
                null, Set.of()));
        Post a = draft("li_1");
        Post b = draft("li_1");
        List<Assignment> results = s.queue().assign(ME, List.of(a.id(), b.id(), "nope"));
        assertThat(results).extracting(Assignment::message).containsExactly(null, null, "Post not found");
        assertThat(results.get(0).placement().scheduledAt()).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
        assertThat(results.get(1).placement().scheduledAt()).isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));

        Page<Post> page = s.schedules().listScheduled(ME, 1, null);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(Post::id).containsExactly(a.id());
        Page<Post> next = s.schedules().listScheduled(ME, 1, Cursor.decode(page.nextCursor()).orElseThrow());
        assertThat(next.items()).extracting(Post::id).containsExactly(b.id());
        assertThat(next.nextCursor()).isNull();

        assertThatThrownBy(() -> s.slots().delete(ME, slot.slot().id()))
                .hasMessage("Slot has future scheduled content. Delete the scheduled posts first.");
    }

    @Test
    void blotatoUseNextFreeSlotSkipsOccupiedSlotsAndSurvivesARestart() {
        s.slots().createAll(ME, List.of(new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(9, 0),
                null, ZoneId.of("UTC"), List.of(new Target(Platform.TWITTER, null, null)), Set.of(), true, null,
                Set.of())));
        PostSubmission next = new PostSubmission(new DraftInput(Platform.TWITTER, "acc_1", null,
                PostContent.text("hello"), "{\"targetType\":\"twitter\"}", Set.of()), null, true);
        Post first = s.schedules().submit(ME, next);
        Post second = s.schedules().submit(ME, next);
        assertThat(first.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(second.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(s.accounts().find(ME, "acc_1")).hasValueSatisfying(a -> assertThat(a.addedByApi()).isTrue());

        s.close();
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
        Placement free = s.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null);
        assertThat(free.scheduledAt()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        s.schedules().deleteScheduled(ME, first.id());
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void ayrshareAutoScheduleQueuesEachPlatformAtTheNextTime() {
        s.autoSchedules().set(ME, new AutoScheduleDefinition("Instagram Schedule",
                List.of(LocalTime.of(13, 5), LocalTime.of(20, 14)), Set.of(), Set.of(), null));
        List<Post> posts = s.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Hello"),
                List.of(Platform.INSTAGRAM, Platform.TWITTER), null, "Instagram Schedule"));
        assertThat(posts).extracting(Post::scheduledAt).containsOnly(Instant.parse("2026-03-02T13:05:00Z"));
        assertThat(posts).extracting(Post::status).containsOnly(PostStatus.SCHEDULED);
        AutoSchedule listed = s.autoSchedules().list(ME).get(0);
        assertThat(listed.title()).isEqualTo("Instagram Schedule");
        assertThat(listed.times()).extracting(Object::toString).containsExactly("13:05", "20:14");
    }
}
