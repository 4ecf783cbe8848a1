package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.EntryViewBase;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag and drop on the month page, with the real mouse on the real window (headless Monocle), checked against
 * the store: a draft dropped on a day takes that day's next free slot, or is refused with the reason; a card
 * dropped on another day keeps its time of day; the days a post may go to light up while it is dragged.
 */
@ExtendWith(ApplicationExtension.class)
class MonthDragTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Monday 2 March 2026, 06:00 UTC. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private Services s;
    private MainWindow window;
    private CalendarSlot mondayMorning;
    private CalendarSlot mondayAfternoon;
    private CalendarSlot tuesday;

    @Start
    void start(Stage stage) {
        s = Services.over(Store.inMemory("month-" + System.nanoTime()), clock, new SplittableRandom(1));
        s.settings().save(s.settings().get().withDisplayTimezone(UTC));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        s.accounts().create(ME, "li", Platform.LINKEDIN, "LinkedIn page", null, List.of());
        Target tw = Target.account(Platform.TWITTER, "tw");
        mondayMorning = slot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), tw);
        mondayAfternoon = slot(DayOfWeek.MONDAY, LocalTime.of(15, 0), null, tw);
        tuesday = slot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), tw);
        window = MainStage.show(stage, s, clock);
    }

    private CalendarSlot slot(DayOfWeek day, LocalTime start, LocalTime end, Target... targets) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, day), start, end, UTC, List.of(targets),
                Set.of(), true, null, Set.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Post draft(String text, Platform p, String account) {
        return s.posts().createDraft(ME, new DraftInput(p, account, null, PostContent.text(text), null, Set.of()));
    }

    private void month(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> window.refresh());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#view-month");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The month page's cell of a day. */
    private Node day(LocalDate date) {
        Map<LocalDate, Node> cells = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> window.calendar().monthDays().cells());
        assertThat(cells).containsKey(date);
        return cells.get(date);
    }

    private Node draftCell(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof QueuePanel.DraftCell c && c.getItem() != null
                && c.getItem().content().text().equals(text)).query();
    }

    /** A post's line in the month. */
    private Node entry(FxRobot robot, Post post) {
        return robot.lookup(n -> n instanceof EntryViewBase<?> v && v.isVisible()
                && v.getEntry() instanceof PostEntry e && e.post().id().equals(post.id())).query();
    }

    private Post stored(Post p) {
        return s.posts().find(ME, p.id()).orElseThrow();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#message").queryAs(Labeled.class).getText();
    }

    private static boolean lit(Node cell) {
        return cell.getPseudoClassStates().contains(MonthDays.DROP_OK);
    }

    @Test
    void aDraftDroppedOnADayTakesThatDaysNextFreeSlotInOneUndoStep(FxRobot robot) {
        Post first = draft("Morning", Platform.TWITTER, "tw");
        s.queue().addToQueue(ME, first.id()); // Monday 10:00 is taken
        Post d = draft("Later that Monday", Platform.TWITTER, "tw");
        month(robot);
        robot.drag(draftCell(robot, "Later that Monday")).dropTo(day(MONDAY));
        Post after = stored(d);
        assertThat(after.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(after.slotId()).isEqualTo(mondayAfternoon.slot().id());
        assertThat(after.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(message(robot)).startsWith("Scheduled for");
        assertThat(entry(robot, after)).isNotNull();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(stored(d).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(stored(d).scheduledAt()).isNull();
        assertThat(stored(first).scheduledAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void aDayWithoutAFreeSlotForThePostIsRefusedWithTheReasonAndNothingIsWritten(FxRobot robot) {
        Post li = draft("For LinkedIn", Platform.LINKEDIN, "li");
        Post tw = draft("For Wednesday", Platform.TWITTER, "tw");
        month(robot);
        robot.drag(draftCell(robot, "For LinkedIn")).dropTo(day(MONDAY.plusDays(1)));
        assertThat(stored(li)).isEqualTo(li);
        assertThat(message(robot)).startsWith("Can't place it on").contains("No slot that day is for linkedin");

        robot.drag(draftCell(robot, "For Wednesday")).dropTo(day(MONDAY.plusDays(2)));
        assertThat(stored(tw)).isEqualTo(tw);
        assertThat(message(robot)).contains("There is no slot that day");

        // Last week's Monday has gone by.
        robot.drag(draftCell(robot, "For Wednesday")).dropTo(day(MONDAY.minusDays(7)));
        assertThat(stored(tw)).isEqualTo(tw);
        assertThat(message(robot)).contains("That day is in the past");
    }

    @Test
    void aCardDroppedOnAnotherDayKeepsItsTimeOfDay(FxRobot robot) {
        // Placed by hand at 14:25: it stays placed by hand, at 14:25 on Thursday.
        Post byHand = s.posts().moveToTime(ME, draft("By hand", Platform.TWITTER, "tw").id(),
                Instant.parse("2026-03-02T14:25:00Z"));
        // In Monday's 10:00 slot: on Tuesday 10:00 Tuesday's slot takes it; on Wednesday no slot does.
        Post inSlot = draft("In a slot", Platform.TWITTER, "tw");
        s.queue().addToQueue(ME, inSlot.id());
        month(robot);

        robot.drag(entry(robot, byHand)).dropTo(day(MONDAY.plusDays(3)));
        assertThat(stored(byHand).scheduledAt()).isEqualTo(Instant.parse("2026-03-05T14:25:00Z"));
        assertThat(stored(byHand).slotId()).isNull();

        robot.drag(entry(robot, stored(inSlot))).dropTo(day(MONDAY.plusDays(1)));
        assertThat(stored(inSlot).scheduledAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
        assertThat(stored(inSlot).slotId()).isEqualTo(tuesday.slot().id());

        robot.drag(entry(robot, stored(inSlot))).dropTo(day(MONDAY.plusDays(2)));
        assertThat(stored(inSlot).scheduledAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
        assertThat(stored(inSlot).slotId()).isNull();
        assertThat(message(robot)).startsWith("Scheduled for").endsWith("(not in a slot)");
    }

    @Test
    void theDaysADraggedPostMayGoToLightUpUntilItIsDropped(FxRobot robot) {
        draft("Where can I go", Platform.TWITTER, "tw");
        month(robot);
        Node tuesdayCell = day(MONDAY.plusDays(1));
        robot.drag(draftCell(robot, "Where can I go"), MouseButton.PRIMARY).moveTo(tuesdayCell);
        WaitForAsyncUtils.waitForFxEvents();
        Map<LocalDate, Node> cells = WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.calendar().monthDays().cells());
        for (Map.Entry<LocalDate, Node> c : cells.entrySet()) {
            LocalDate date = c.getKey();
            boolean mayGo = !date.isBefore(MONDAY)
                    && (date.getDayOfWeek() == DayOfWeek.MONDAY || date.getDayOfWeek() == DayOfWeek.TUESDAY);
            assertThat(lit(c.getValue())).as("%s lit", date).isEqualTo(mayGo);
        }
        assertThat(tuesdayCell.getPseudoClassStates()).contains(MonthDays.DROP_HOVER);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        for (Node c : cells.values()) {
            assertThat(lit(c)).isFalse();
            assertThat(c.getPseudoClassStates()).doesNotContain(MonthDays.DROP_HOVER);
        }
    }
}
