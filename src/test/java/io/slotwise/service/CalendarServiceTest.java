package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a calendar page shows: occurrences with their taken lanes, the posts, and which are off-slot. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CalendarServiceTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private Services s;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(1));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CalendarSlot dailyWindow(String start, String end) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.daily(1), LocalTime.parse(start), LocalTime.parse(end),
                ZoneId.of("UTC"), List.of(), Set.of(), true, null, Set.of()));
    }

    private Post queued() {
        Post draft = s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li_1", null, PostContent.text("hi"),
                null, Set.of()));
        assertThat(s.queue().addToQueue(ME, draft.id()).success()).isTrue();
        return s.posts().find(ME, draft.id()).orElseThrow();
    }

    @Test
    void anOccurrenceStartingAtTheEndOfAPageCountsThePostInsideItAfterThePage() {
        dailyWindow("09:00", "11:00");
        s.settings().save(s.settings().get().withExactSlotTimes(false)); // a random time inside the window
        Post p = queued();
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        assertThat(p.scheduledAt()).isAfter(start.plusSeconds(1)).isBefore(Instant.parse("2026-03-02T11:00:00Z"));

        // The page ends a second after the occurrence starts: the post is past its end, the occurrence still taken.
        CalendarRange range = s.calendar().range(ME, start.minusSeconds(3600), start.plusSeconds(1));
        assertThat(range.posts()).isEmpty();
        assertThat(range.occurrences()).singleElement().satisfies(o -> {
            assertThat(o.occurrence().start()).isEqualTo(start);
            assertThat(o.taken()).isEqualTo(1);
            assertThat(o.isFull()).isTrue();
        });
    }

    @Test
    void aWeekShowsItsOccurrencesTakenAndFreeAndOnlyItsPosts() {
        dailyWindow("09:00", "10:00");
        Post monday = queued();
        Post tuesday = queued();
        Instant from = Instant.parse("2026-03-03T00:00:00Z");
        CalendarRange range = s.calendar().range(ME, from, from.plusSeconds(7 * 86400));

        assertThat(range.posts()).extracting(Post::id).containsExactly(tuesday.id());
        assertThat(range.occurrences()).hasSize(7);
        assertThat(range.occurrences()).extracting(SlotOccurrence::taken).containsExactly(1, 0, 0, 0, 0, 0, 0);
        assertThat(range.offSlot()).isEmpty();
        assertThat(monday.scheduledAt()).isBefore(from);
    }

    @Test
    void aPostLeftBehindWhenItsSlotMovesIsOffSlotAndItsOldOccurrenceIsFree() {
        CalendarSlot slot = dailyWindow("09:00", "10:00");
        Post p = queued();
        SlotSpec was = SlotSpec.of(slot.slot());
        s.slots().update(ME, slot.slot().id(), new SlotSpec(was.group(), was.recurrence(), LocalTime.of(15, 0),
                LocalTime.of(16, 0), was.zone(), was.targets(), was.labelIds(), was.active(), was.startDate(),
                was.excludeDates()));

        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        CalendarRange range = s.calendar().range(ME, from, from.plusSeconds(86400));
        assertThat(range.offSlot()).containsExactly(p.id());
        assertThat(range.occurrences()).singleElement().satisfies(o -> {
            assertThat(o.occurrence().start()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
            assertThat(o.taken()).isZero();
        });
        // The plan the engine answers from agrees with the page.
        assertThat(s.posts().isOffSlot(ME, p.id())).isTrue();
    }

    @Test
    void aPageReadRightAfterOpeningAgreesWithThePlanOnceLoaded() {
        dailyWindow("09:00", "10:00");
        List<Post> posts = List.of(queued(), queued(), queued());
        s.close();
        s = Services.over(stores().open(), clock, new SplittableRandom(1));

        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        CalendarRange range = s.calendar().range(ME, from, from.plusSeconds(7 * 86400));
        assertThat(range.occurrences()).extracting(SlotOccurrence::taken).containsExactly(1, 1, 1, 0, 0, 0, 0);
        // Asking the plan waits for it: the next free occurrence is the fourth day's.
        Post fourth = queued();
        assertThat(fourth.scheduledAt()).isAfter(posts.get(2).scheduledAt().plusSeconds(12 * 3600));
        assertThat(s.workspace().isLoaded()).isTrue();
    }

    @Test
    void whatTheWindowReadsFirstDoesNotWaitForThePlan() {
        dailyWindow("09:00", "10:00");
        queued();
        s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li_1", null, PostContent.text("a draft"), null,
                Set.of()));
        s.close();
        s = Services.over(stores().open(), clock, new SplittableRandom(1));

        // The first paint reads these; on a large store the plan takes a second or more to load.
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        assertThat(s.settings().get().apiKey()).isNotBlank();
        assertThat(s.accounts().list(ME)).isNotEmpty();
        assertThat(s.labels().list(ME)).isNotNull();
        assertThat(s.posts().drafts(ME)).singleElement().satisfies(d -> assertThat(d.content().text()).isEqualTo("a draft"));
        assertThat(s.posts().between(ME, from, from.plusSeconds(7 * 86400))).hasSize(1);
        assertThat(s.calendar().range(ME, from, from.plusSeconds(7 * 86400)).occurrences()).hasSize(7);
        assertThat(s.workspace().isLoaded()).as("the plan was not needed").isFalse();
    }

    @Test
    void whyNotForManyOccurrencesAnswersAsOneAtATimeInTheirOrder() {
        dailyWindow("09:00", "10:00");
        queued(); // takes Monday 2 March, 09:00
        Post draft = s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li_1", null, PostContent.text("next"),
                null, Set.of()));
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        List<SlotOccurrence> week = s.calendar().range(ME, from, from.plusSeconds(7 * 86400)).occurrences();
        assertThat(week).hasSize(7);

        List<Optional<String>> all = s.calendar().whyNot(ME, draft, week);
        assertThat(all).hasSize(7);
        assertThat(all.get(0)).hasValueSatisfying(why -> assertThat(why).contains("already taken"));
        assertThat(all.subList(1, 7)).allMatch(Optional::isEmpty);

        clock.set(Instant.parse("2026-03-03T12:00:00Z")); // Tuesday's has passed
        all = s.calendar().whyNot(ME, draft, week);
        for (int i = 0; i < week.size(); i++) {
            assertThat(all.get(i)).isEqualTo(s.calendar().whyNot(ME, draft, week.get(i).slot(), week.get(i).occurrence()));
        }
        assertThat(all.get(1)).contains("That time is in the past");
        assertThat(all.subList(2, 7)).allMatch(Optional::isEmpty);
    }
}
