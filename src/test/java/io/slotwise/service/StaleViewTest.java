package io.slotwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A change based on what the user saw is refused, with what happened and nothing written, when the post changed
 * since (another member, a script); undo and redo put back only what is still as this app left it. The "someone
 * else" here writes through the same services by id, as a script through the local API does.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StaleViewTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Mondays 09:00 and Tuesdays 10:00 Berlin (08:00 and 09:00 UTC in March). */
    private static final Instant MON_9 = Instant.parse("2026-03-09T08:00:00Z");
    private static final Instant TUE_10 = Instant.parse("2026-03-10T09:00:00Z");

    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;
    private CalendarSlot monday;
    private CalendarSlot tuesday;

    @BeforeEach
    void open() {
        s = Services.over(new TestStores(kind, dir).open(), clock, new SplittableRandom(1));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        monday = slot(DayOfWeek.MONDAY, 9);
        tuesday = slot(DayOfWeek.TUESDAY, 10);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CalendarSlot slot(DayOfWeek day, int hour) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, day), LocalTime.of(hour, 0), null, BERLIN,
                List.of(), Set.of(), true, null, Set.of()));
    }

    private Post draft(String text) {
        return s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text(text), null,
                Set.of()));
    }

    private static SeenPost seen(Post p) {
        return new SeenPost(p, BERLIN);
    }

    private Post stored(Post p) {
        return s.posts().find(ME, p.id()).orElse(null);
    }

    @Test
    void draggingAPostSomeoneElseMovedIsRefusedWithWhereItNowIs() {
        Post onMonday = s.posts().moveToOccurrence(ME, draft("Launch").id(), monday.slot().id(), MON_9);
        s.posts().moveToOccurrence(ME, onMonday.id(), tuesday.slot().id(), TUE_10); // someone else

        assertThatThrownBy(() -> s.posts().moveToTime(ME, seen(onMonday), Instant.parse("2026-03-11T12:00:00Z")))
                .isInstanceOf(ServiceException.class)
                .hasMessage("Someone else moved this post to Tue 10 Mar 10:00 since you saw it")
                .extracting(e -> ((ServiceException) e).problem()).isEqualTo(Problem.CONFLICT);
        assertThat(stored(onMonday).scheduledAt()).as("nothing written").isEqualTo(TUE_10);
        assertThatThrownBy(() -> s.posts().unschedule(ME, seen(onMonday)))
                .hasMessage("Someone else moved this post to Tue 10 Mar 10:00 since you saw it");
        assertThatThrownBy(() -> s.posts().moveToDay(ME, seen(onMonday), LocalDate.of(2026, 3, 12)))
                .hasMessageContaining("moved this post to Tue 10 Mar 10:00");
        assertThat(s.queue().moveToNextFree(ME, seen(onMonday)).message())
                .isEqualTo("Someone else moved this post to Tue 10 Mar 10:00 since you saw it");
        assertThat(stored(onMonday).slotId()).isEqualTo(tuesday.slot().id());
    }

    @Test
    void actingOnAPostSomeoneElseDeletedIsRefused() {
        Post onMonday = s.posts().moveToOccurrence(ME, draft("Launch").id(), monday.slot().id(), MON_9);
        s.posts().delete(ME, onMonday.id()); // someone else

        assertThatThrownBy(() -> s.posts().moveToOccurrence(ME, seen(onMonday), tuesday.slot().id(), TUE_10))
                .hasMessage("Someone else deleted this post since you saw it");
        assertThatThrownBy(() -> s.posts().delete(ME, seen(onMonday)))
                .hasMessage("Someone else deleted this post since you saw it");
        assertThat(stored(onMonday)).isNull();
    }

    @Test
    void aDraftSomeoneElseScheduledOrEditedIsNotQueuedOrSavedOverTheirs() {
        Post queued = draft("Queued elsewhere");
        Post edited = draft("Edited elsewhere");
        Post untouched = draft("Untouched");
        s.posts().moveToOccurrence(ME, queued.id(), tuesday.slot().id(), TUE_10); // someone else
        s.posts().updateDraft(ME, edited.id(), new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("Theirs"),
                null, Set.of()));

        assertThat(s.queue().addToQueue(ME, seen(queued)).message())
                .isEqualTo("Someone else scheduled this post for Tue 10 Mar 10:00 since you saw it");
        assertThatThrownBy(() -> s.posts().updateDraft(ME, seen(edited), new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Mine"), null, Set.of()))).hasMessage("Someone else edited this post since you saw it");
        assertThat(stored(edited).content().text()).isEqualTo("Theirs");

        List<Assignment> all = s.queue().assignSeen(ME, List.of(seen(queued), seen(edited), seen(untouched)));
        assertThat(all).extracting(Assignment::message).containsExactly(
                "Someone else scheduled this post for Tue 10 Mar 10:00 since you saw it",
                "Someone else edited this post since you saw it", null);
        assertThat(stored(untouched).scheduledAt()).as("the unchanged draft is queued")
                .isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(stored(edited).status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void aPostAsTheUserSawItMovesAgainAndAgain() {
        // What a change returns is what the user then sees: the database rounding its times must not make it stale.
        Post p = s.posts().moveToOccurrence(ME, seen(draft("Launch")), monday.slot().id(), MON_9);
        p = s.posts().moveToTime(ME, seen(p), Instant.parse("2026-03-11T12:00:00Z"));
        p = s.posts().moveToOccurrence(ME, seen(p), tuesday.slot().id(), TUE_10);
        p = s.posts().unschedule(ME, seen(p));
        p = s.posts().updateDraft(ME, seen(p), new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("v2"), null,
                Set.of()));
        assertThat(s.queue().addToQueue(ME, seen(p)).success()).isTrue();
        Post placed = stored(p);
        s.posts().delete(ME, seen(placed));
        assertThat(stored(p)).isNull();
    }

    @Test
    void undoPutsBackOnlyWhatIsStillAsThisAppLeftIt() {
        Post draft = draft("Launch");
        Post mine = s.posts().moveToOccurrence(ME, seen(draft), monday.slot().id(), MON_9);
        List<PostReversal> undo = List.of(new PostReversal(draft.id(), mine, draft));

        s.posts().moveToOccurrence(ME, mine.id(), tuesday.slot().id(), TUE_10); // someone else, later
        assertThat(s.posts().whyNotPutBack(ME, undo, BERLIN))
                .contains("Someone else moved this post to Tue 10 Mar 10:00 since your change");
        assertThatThrownBy(() -> s.posts().putBack(ME, undo, BERLIN))
                .hasMessage("Someone else moved this post to Tue 10 Mar 10:00 since your change");
        assertThat(stored(draft).scheduledAt()).as("their change stays").isEqualTo(TUE_10);

        // Their change undone by them: the post is as this app left it, and this app's undo works.
        s.posts().moveToOccurrence(ME, mine.id(), monday.slot().id(), MON_9);
        s.posts().putBack(ME, undo, BERLIN);
        assertThat(stored(draft).status()).isEqualTo(PostStatus.DRAFT);

        // Redo: the draft as undo left it; someone deleting it meanwhile makes the redo refused, not a new post.
        List<PostReversal> redo = List.of(new PostReversal(draft.id(), draft, mine));
        s.posts().delete(ME, draft.id());
        assertThatThrownBy(() -> s.posts().putBack(ME, redo, BERLIN))
                .hasMessage("Someone else deleted this post since your change");
        assertThat(stored(draft)).isNull();
    }

    @Test
    void undoOfADeleteIsRefusedWhenSomeoneElseMadeThePostAgain() {
        Post mine = s.posts().moveToOccurrence(ME, draft("Launch").id(), monday.slot().id(), MON_9);
        s.posts().delete(ME, seen(mine));
        List<PostReversal> undoDelete = List.of(new PostReversal(mine.id(), null, mine));
        s.posts().restore(ME, mine.withStatus(PostStatus.SCHEDULED, clock.instant())); // someone else's undo
        assertThatThrownBy(() -> s.posts().putBack(ME, undoDelete, BERLIN))
                .hasMessage("Someone else made this post again since your change");
    }

    private static SlotSpec at(CalendarSlot slot, int hour) {
        SlotSpec was = SlotSpec.of(slot.slot());
        return new SlotSpec(was.group(), was.recurrence(), LocalTime.of(hour, 0), was.endTime(), was.zone(), was.targets(),
                was.labelIds(), was.active(), was.startDate(), was.excludeDates());
    }

    @Test
    void aSlotSomeoneElseChangedIsNotEditedOverAndItsUndoIsRefused() {
        SlotSpec at11 = at(monday, 11);
        CalendarSlot mine = s.slots().update(ME, monday.slot(), at11);
        // This app's own edit, undone and redone: the slot is as it left it each time.
        s.slots().putBack(ME, monday.slot().id(), mine, monday);
        s.slots().putBack(ME, monday.slot().id(), monday, mine);

        s.slots().update(ME, monday.slot().id(), at(mine, 12)); // someone else
        assertThatThrownBy(() -> s.slots().update(ME, mine.slot(), SlotSpec.of(mine.slot())))
                .hasMessage("Someone else changed this slot since you saw it");
        assertThatThrownBy(() -> s.slots().putBack(ME, monday.slot().id(), mine, monday))
                .hasMessage("Someone else changed this slot since your change");
        assertThat(s.slots().get(ME, monday.slot().id()).slot().startTime()).isEqualTo(LocalTime.of(12, 0));

        s.slots().delete(ME, tuesday.slot().id()); // someone else
        assertThatThrownBy(() -> s.slots().delete(ME, tuesday.slot(), true))
                .hasMessage("Someone else deleted this slot since you saw it");
    }
}
