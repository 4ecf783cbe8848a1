package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.interop.JsonBackup;
import io.slotwise.service.DraftImportRow;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.StoreSnapshot;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu on the real window (headless): the CSV preview (rows, problems by line and column,
 * Import disabled on errors, drafts or next free slots), the calendar and queue after an import and
 * after undoing it, the .ics export, and backing up and restoring (refused over a calendar with data
 * unless the user confirms). File choosers are bypassed: the actions that take a path are called.
 */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    /** Monday 2 March 2026, 06:00 UTC: the whole week is ahead. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private Services s;
    private MainWindow window;
    private CalendarSlot monday;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        s = Services.over(Store.inMemory("file-menu-" + System.nanoTime()), clock, new SplittableRandom(1));
        s.settings().save(s.settings().get().withDisplayTimezone(ZoneId.of("UTC")));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        monday = s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(10, 0),
                LocalTime.of(11, 0), ZoneId.of("UTC"), List.of(Target.account(Platform.TWITTER, "tw")), Set.of(), true,
                null, Set.of()));
        window = MainStage.show(stage, s, clock);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#message").queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<DraftImportRow> table(FxRobot robot) {
        return robot.lookup("#csv-import-table").queryAs(TableView.class);
    }

    @Test
    void theFileMenuOffersTheFourActions(FxRobot robot) {
        MenuButton menu = robot.lookup("#file-menu").queryAs(MenuButton.class);
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Import CSV…",
                "Export calendar (.ics)…", null, "Back up…", "Restore from backup…");
        robot.clickOn(menu);
        assertThat(robot.lookup("Import CSV…").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aCsvWithABadRowCannotBeImportedAndSaysWhereItIsWrong(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("drafts.csv"), "text,account\n\"hello,\nworld\",tw\nhi,nobody\n",
                StandardCharsets.UTF_8);
        StoreSnapshot before = StoreSnapshot.of(s);
        onFx(() -> window.files().openCsvPreview(csv));
        assertThat(table(robot).getItems()).extracting(DraftImportRow::line).containsExactly(2, 4);
        assertThat(robot.lookup("#csv-import").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#csv-import-problems").queryAs(ListView.class).getItems())
                .containsExactly("line 4, account: Account \"nobody\" not found (use its id, name or username as"
                        + " Accounts & labels shows it)");
        assertThat(robot.lookup("#csv-import-summary").queryAs(Labeled.class).getText()).contains("1 with errors");
        robot.clickOn("Cancel");
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
    }

    @Test
    void importingIntoTheNextFreeSlotsShowsThePostsOnTheCalendarAndUndoTakesThemAway(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("week.csv"), "Text,Account\nfirst 🎉,tw\nsecond,@tw\n",
                StandardCharsets.UTF_8);
        onFx(() -> window.files().openCsvPreview(csv));
        assertThat(table(robot).getItems()).extracting(r -> r.outcome().describe(ZoneId.of("UTC")))
                .containsExactly("draft", "draft");
        robot.clickOn("#csv-fill-slots");
        assertThat(table(robot).getItems()).extracting(r -> r.outcome().describe(ZoneId.of("UTC"))).containsExactly(
                "scheduled at Mon 2026-03-02 10:00 in slot " + monday.slot().id(),
                "scheduled at Mon 2026-03-09 10:00 in slot " + monday.slot().id());
        assertThat(robot.lookup("#csv-import").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#csv-import");

        List<Post> placed = s.posts().between(ME, Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(placed).extracting(p -> p.content().text(), Post::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first 🎉", PostStatus.SCHEDULED),
                org.assertj.core.groups.Tuple.tuple("second", PostStatus.SCHEDULED));
        assertThat(message(robot)).startsWith("Imported 2 posts: 0 drafts, 2 scheduled");
        // The week on screen shows the first one as a card.
        assertThat(robot.lookup(n -> n instanceof PostCards c && c.posts().stream()
                .anyMatch(p -> p.id().equals(placed.get(0).id()))).tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(s.posts().between(ME, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z")))
                .isEmpty();
        assertThat(robot.lookup(n -> n instanceof PostCards c && !c.posts().isEmpty()).tryQuery()).isEmpty();
    }

    @Test
    void keptAsDraftsTheImportedRowsJoinTheQueueInFileOrder(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("q.csv"), "text,account\nb first,tw\na second,tw\n",
                StandardCharsets.UTF_8);
        onFx(() -> window.files().openCsvPreview(csv));
        robot.clickOn("#csv-import");
        assertThat(robot.lookup("#draft-list").queryAs(ListView.class).getItems()).extracting(p -> ((Post) p).content().text())
                .containsExactly("b first", "a second");
    }

    @Test
    void theCalendarExportHoldsTheChosenAccountsPosts(FxRobot robot) throws Exception {
        Post p = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("on the map"),
                null, Set.of()));
        s.queue().addToQueue(ME, p.id());
        Path ics = dir.resolve("tw.ics");
        onFx(() -> window.files().exportCalendarTo(ics, new IcalExportDialog.Choice("tw", true)));
        String text = Files.readString(ics);
        assertThat(text).contains("UID:" + p.id() + "@slotwise").contains("DTSTART:20260302T100000Z")
                .contains("UID:" + monday.slot().id() + "@slotwise").contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO");
        assertThat(message(robot)).isEqualTo("Exported 1 scheduled posts and the slots to tw.ics");
    }

    @Test
    void aBackupIsTheExportFormatAndRestoringOverDataNeedsTheUsersYes(FxRobot robot) throws Exception {
        Post p = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("keep me"),
                null, Set.of()));
        Path backup = dir.resolve("backup.json");
        onFx(() -> window.files().backUpTo(backup));
        assertThat(JsonBackup.fromJson(Files.readString(backup)).posts()).extracting(Post::id).containsExactly(p.id());
        assertThat(message(robot)).startsWith("Backed up 1 accounts, 1 slots, 1 posts");
        StoreSnapshot backedUp = StoreSnapshot.of(s);

        // Things change after the backup: a post goes, a slot is added.
        s.posts().delete(ME, p.id());
        s.slots().create(ME, new SlotSpec(null, Recurrence.daily(1), LocalTime.of(8, 0), null, ZoneId.of("UTC"),
                List.of(), Set.of(), true, null, Set.of()));
        onFx(() -> window.refresh());
        StoreSnapshot changed = StoreSnapshot.of(s);

        // Declined: nothing changes.
        onFx(() -> window.files().restoreFrom(backup));
        assertThat(robot.lookup("#restore-confirm").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(StoreSnapshot.of(s)).isEqualTo(changed);
        assertThat(message(robot)).startsWith("Nothing restored: This store already holds data");

        // Confirmed: the store is the backup again and the queue shows the post.
        onFx(() -> window.files().restoreFrom(backup));
        robot.clickOn("#restore-replace");
        assertThat(StoreSnapshot.of(s)).isEqualTo(backedUp);
        assertThat(robot.lookup("#draft-list").queryAs(ListView.class).getItems()).extracting(x -> ((Post) x).id())
                .containsExactly(p.id());
        assertThat(message(robot)).startsWith("Restored 1 accounts, 1 slots, 1 posts");
        // What was done before the restore cannot be undone into the restored calendar.
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithTheReason(FxRobot robot) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"hello\": 1}");
        StoreSnapshot before = StoreSnapshot.of(s);
        onFx(() -> window.files().restoreFrom(junk));
        assertThat(message(robot)).startsWith("Cannot restore junk.json: Not a Slotwise backup");
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
    }
}
