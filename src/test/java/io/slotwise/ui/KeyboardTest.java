package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window without the mouse (headless Monocle), checked against the store: a card selected by the keys
 * (or a click) moves to its next free slot, to the next day, back to the queue, each one Ctrl+Z; the queue's
 * actions have keys; Help → Keyboard shortcuts lists every shortcut the window answers, and F1 opens it.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    /** Monday 2 March 2026, 06:00 UTC: the whole week is ahead. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private static final Instant MONDAY_TEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant TUESDAY_TEN = Instant.parse("2026-03-03T10:00:00Z");
    private Services s;
    private MainWindow window;
    private CalendarSlot monday;
    private CalendarSlot tuesday;

    @Start
    void start(Stage stage) {
        s = Services.over(Store.inMemory("keys-" + System.nanoTime()), clock, new SplittableRandom(1));
        s.settings().save(s.settings().get().withDisplayTimezone(ZoneId.of("UTC")));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        monday = slot(DayOfWeek.MONDAY);
        tuesday = slot(DayOfWeek.TUESDAY);
        window = MainStage.show(stage, s, clock);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CalendarSlot slot(DayOfWeek day) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, day), LocalTime.of(10, 0),
                LocalTime.of(11, 0), ZoneId.of("UTC"), List.of(Target.account(Platform.TWITTER, "tw")), Set.of(), true,
                null, Set.of()));
    }

    private Post draft(String text) {
        Post d = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text(text), null,
                Set.of()));
        refresh();
        return d;
    }

    private void refresh() {
        WaitForAsyncUtils.asyncFx(() -> window.refresh());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Post stored(Post p) {
        return s.posts().find(ME, p.id()).orElseThrow();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#message").queryAs(Labeled.class).getText();
    }

    private Post selected() {
        return window.calendar().getSelectedPost();
    }

    /** The canvas a post's card is drawn on. */
    private PostCards cardsOf(FxRobot robot, Post post) {
        return robot.lookup(n -> n instanceof PostCards c && c.isVisible()
                && c.posts().stream().anyMatch(p -> p.id().equals(post.id()))).query();
    }

    private PointQuery card(FxRobot robot, Post post) {
        PostCards cards = cardsOf(robot, post);
        Bounds b = cards.cardBounds(post.id()).orElseThrow();
        return robot.point(cards).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(b.getCenterX(), b.getCenterY()));
    }

    private Node draftCell(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof QueuePanel.DraftCell c && c.getItem() != null
                && c.getItem().content().text().equals(text)).query();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void aCardSelectedByTheKeysMovesToItsNextFreeSlotInOneUndoStep(FxRobot robot) {
        Post p = draft("Earlier, please");
        s.posts().moveToOccurrence(ME, p.id(), tuesday.slot().id(), TUESDAY_TEN);
        refresh();

        robot.type(KeyCode.DOWN);
        assertThat(selected().id()).isEqualTo(p.id());
        assertThat(cardsOf(robot, p).selectedIndex()).as("the selected card's ring").isZero();

        robot.type(KeyCode.N);
        assertThat(stored(p).scheduledAt()).isEqualTo(MONDAY_TEN);
        assertThat(stored(p).slotId()).isEqualTo(monday.slot().id());
        assertThat(message(robot)).startsWith("Moved to its next free slot");
        assertThat(selected().id()).as("still selected where it went").isEqualTo(p.id());
        assertThat(cardsOf(robot, p).getParent()).isInstanceOfSatisfying(BandView.class,
                b -> assertThat(b.band().occurrence().slot().id()).isEqualTo(monday.slot().id()));

        // Already there: nothing changes, and it says so.
        robot.type(KeyCode.N);
        assertThat(stored(p).scheduledAt()).isEqualTo(MONDAY_TEN);
        assertThat(message(robot)).contains("already");

        undo(robot);
        assertThat(stored(p).scheduledAt()).isEqualTo(TUESDAY_TEN);
        assertThat(stored(p).slotId()).isEqualTo(tuesday.slot().id());
    }

    @Test
    void aClickedCardMovesToTheNextDayAndBackToTheQueueEachOneUndoStep(FxRobot robot) {
        Post p = draft("Day by day");
        s.queue().addToQueue(ME, p.id());
        refresh();

        robot.clickOn(card(robot, stored(p)));
        assertThat(robot.lookup("#compose-text").tryQuery()).as("a click selects, it does not edit").isEmpty();
        assertThat(selected().id()).isEqualTo(p.id());

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(stored(p).scheduledAt()).isEqualTo(TUESDAY_TEN);
        assertThat(stored(p).slotId()).as("on Tuesday's slot, which takes it").isEqualTo(tuesday.slot().id());
        assertThat(window.calendar().getDate()).as("the week did not move").isEqualTo(java.time.LocalDate.of(2026, 3, 3));

        // Monday's lane is taken by another post now: moving back is refused with the reason, as a drop is.
        Post other = draft("Took Monday");
        s.queue().addToQueue(ME, other.id());
        refresh();
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(stored(p).scheduledAt()).isEqualTo(TUESDAY_TEN);
        assertThat(message(robot)).contains("already taken");

        robot.type(KeyCode.Q);
        assertThat(stored(p).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(stored(p).scheduledAt()).isNull();
        assertThat(selected()).as("gone from the calendar, so no longer selected").isNull();

        undo(robot);
        assertThat(stored(p).status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(stored(p).scheduledAt()).isEqualTo(TUESDAY_TEN);
        s.posts().delete(ME, other.id());
        refresh();
        undo(robot);
        assertThat(stored(p).scheduledAt()).as("the day move undone on its own").isEqualTo(MONDAY_TEN);
        assertThat(stored(p).slotId()).isEqualTo(monday.slot().id());

        robot.doubleClickOn(card(robot, stored(p)));
        assertThat(robot.lookup("#compose-text").tryQuery()).as("a double-click edits").isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theArrowsGoThroughTheCardsInTimeOrderAndEscapeLetsGo(FxRobot robot) {
        Post first = draft("First");
        Post second = draft("Second");
        s.queue().assign(ME, List.of(first.id(), second.id()));
        refresh();
        robot.type(KeyCode.DOWN);
        assertThat(selected().id()).isEqualTo(first.id());
        robot.type(KeyCode.DOWN);
        assertThat(selected().id()).isEqualTo(second.id());
        robot.type(KeyCode.DOWN);
        assertThat(selected().id()).as("the last stays selected").isEqualTo(second.id());
        robot.type(KeyCode.UP);
        assertThat(selected().id()).isEqualTo(first.id());
        robot.type(KeyCode.ESCAPE);
        assertThat(selected()).isNull();
        robot.type(KeyCode.UP);
        assertThat(selected().id()).as("from none, ↑ takes the last").isEqualTo(second.id());

        // Plain ← and → still turn the page (and a card off the page is let go).
        robot.type(KeyCode.RIGHT);
        assertThat(window.calendar().getDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
        assertThat(selected()).isNull();
        robot.type(KeyCode.LEFT);

        // Delete takes the selected card (Ctrl+Z brings it back).
        robot.type(KeyCode.DOWN).type(KeyCode.DELETE);
        assertThat(s.posts().find(ME, first.id())).isEmpty();
        undo(robot);
        assertThat(stored(first).scheduledAt()).isEqualTo(MONDAY_TEN);
    }

    @Test
    void theQueueWorksFromTheKeys(FxRobot robot) {
        Post keyed = draft("Keyed");
        robot.clickOn(draftCell(robot, "Keyed"));

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(stored(keyed).scheduledAt()).as("Ctrl+Enter: add to queue").isEqualTo(MONDAY_TEN);

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#compose-text").tryQuery()).as("Ctrl+N: compose").isPresent();
        // Each field's name is shown whole, not cut to "…" by the fields beside it.
        assertThat(robot.lookup(".field-label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).containsExactly("Text", "Media", "Account", "Labels");
        robot.lookup(".field-label").queryAllAs(javafx.scene.control.Label.class).forEach(l ->
                assertThat(l.getWidth()).as(l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5));
        // Letters typed in a dialog are the dialog's: no N or Q moves anything.
        robot.clickOn("#compose-text").write("Typed with N and Q in it");
        robot.clickOn("#compose-ok");
        assertThat(s.posts().drafts(ME)).extracting(p -> p.content().text()).containsExactly("Typed with N and Q in it");
        assertThat(stored(keyed).scheduledAt()).isEqualTo(MONDAY_TEN);

        Post another = draft("Another");
        robot.clickOn(draftCell(robot, "Another"));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#compose-text").tryQuery()).as("Enter in the list: edit").isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#compose-text").tryQuery()).isEmpty();

        robot.type(KeyCode.DELETE);
        assertThat(s.posts().find(ME, another.id())).as("Delete in the list").isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#queue-summary").tryQuery()).as("Ctrl+Shift+Enter: queue all").isPresent();
        robot.clickOn("OK");
        assertThat(s.posts().drafts(ME)).isEmpty();
        assertThat(s.posts().between(ME, MONDAY_TEN, MONDAY_TEN.plusSeconds(86_400 * 2)))
                .extracting(p -> p.content().text()).contains("Typed with N and Q in it");
    }

    @Test
    void helpListsEveryShortcutTheWindowAnswersAndF1OpensIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#shortcuts-dialog").tryQuery()).isPresent();
        List<Shortcut> all = window.shortcuts().all();
        List<String> descriptions = texts(robot, ".shortcut-description");
        List<String> keys = texts(robot, ".shortcut-keys");
        assertThat(descriptions).containsExactlyElementsOf(all.stream()
                .sorted(java.util.Comparator.comparing(Shortcut::group)).map(Shortcut::description).toList());
        assertThat(keys).containsExactlyElementsOf(all.stream()
                .sorted(java.util.Comparator.comparing(Shortcut::group)).map(Shortcut::keysText).toList());
        assertThat(texts(robot, ".shortcut-group")).containsExactly("Calendar", "Selected card", "Queue", "General");
        robot.clickOn("Close");
        assertThat(robot.lookup("#shortcuts-dialog").tryQuery()).isEmpty();

        robot.clickOn("#help-menu").clickOn("Keyboard shortcuts (F1)");
        assertThat(robot.lookup("#shortcuts-dialog").tryQuery()).isPresent();
        robot.clickOn("Close");
    }

    @Test
    void noTwoShortcutsShareKeysExceptACardsAndTheQueuesWhichTheFocusSeparates() {
        List<Shortcut> all = window.shortcuts().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                List<KeyCombination> shared = new ArrayList<>(all.get(i).keys());
                shared.retainAll(all.get(j).keys());
                if (!shared.isEmpty()) {
                    assertThat(Set.of(all.get(i).group(), all.get(j).group()))
                            .as(all.get(i).description() + " and " + all.get(j).description() + " share " + shared)
                            .containsExactlyInAnyOrder(Shortcut.Group.CARD, Shortcut.Group.QUEUE);
                }
            }
        }
        // Every shortcut the help shows with its keys.
        assertThat(all).allSatisfy(x -> assertThat(x.keysText()).isNotBlank());
    }

    private static List<String> texts(FxRobot robot, String style) {
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        return pane.lookupAll(style).stream().map(n -> ((Label) n).getText()).toList();
    }
}
