package io.slotwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
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

/**
 * Two members' apps on one team calendar (PostgreSQL): each plans from what the other wrote, whatever its own plan
 * held a moment before. Each app keeps its plan in memory; these are the cases where that memory would be stale.
 */
class TeamCalendarTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final PostSubmission NEXT_FREE = new PostSubmission(new DraftInput(Platform.TWITTER, "acc_1", null,
            PostContent.text("hello"), "{\"targetType\":\"twitter\"}", Set.of()), null, true);

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services a;
    private Services b;

    @BeforeEach
    void open() {
        TeamServer server = ThrowawayPostgres.shared().newTeamServer();
        a = Services.over(Store.openTeam(server, dir.resolve("a")), clock, new SplittableRandom(1));
        b = Services.over(Store.openTeam(server, dir.resolve("b")), clock, new SplittableRandom(2));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private CalendarSlot mondayNine(Services app) {
        return app.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(9, 0),
                null, ZoneId.of("UTC"), List.of(new Target(Platform.TWITTER, null, null)), Set.of(), true, null,
                Set.of()));
    }

    @Test
    void aLaneTheOtherAppTookIsNotOfferedOrTakenAgainAndOneItFreedIs() {
        mondayNine(a);
        // Both have read their plans; both would answer Monday 2 March.
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        Post first = a.schedules().submit(ME, NEXT_FREE);
        assertThat(first.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));

        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        Post second = b.schedules().submit(ME, NEXT_FREE);
        assertThat(second.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(a.schedules().submit(ME, NEXT_FREE).scheduledAt()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));

        b.schedules().deleteScheduled(ME, first.id());
        assertThat(a.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void aSlotTheOtherAppAddedOrDeletedIsSeen() {
        CalendarSlot monday = mondayNine(a);
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        a.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(8, 30), null,
                ZoneId.of("UTC"), List.of(new Target(Platform.TWITTER, null, null)), Set.of(), true, null, Set.of()));
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
        a.slots().delete(ME, monday.slot().id());
        Post p = b.schedules().submit(ME, NEXT_FREE);
        assertThat(p.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
        assertThat(b.schedules().submit(ME, NEXT_FREE).scheduledAt()).isEqualTo(Instant.parse("2026-03-09T08:30:00Z"));
    }

    @Test
    void aRestoreInOneAppIsWhatTheOtherPlansFrom() {
        mondayNine(a);
        StoreContent withOnePost;
        a.schedules().submit(ME, NEXT_FREE);
        withOnePost = a.backup().snapshot();
        a.schedules().submit(ME, NEXT_FREE);
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        a.backup().restore(withOnePost, true);
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void draftsAndSettingsWrittenElsewhereDoNotMakeTheOtherAppReadItsWholePlanAgain() {
        mondayNine(a);
        b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null);
        long before = b.workspace().planReads();
        a.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "acc_1", null, PostContent.text("later"), null,
                Set.of()));
        a.schedules().submit(ME, NEXT_FREE);
        assertThat(b.queue().nextAvailable(ME, Platform.TWITTER, "acc_1", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(b.workspace().planReads()).as("whole-plan reads").isEqualTo(before);
    }
}
