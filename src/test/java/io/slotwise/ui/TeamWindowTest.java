package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.service.CalendarLocation;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.TeamCalendarChoice;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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
 * Two members on one team calendar (two {@link Services} on one database of the throwaway PostgreSQL server), the
 * window on Anna's (headless Monocle): Ben's changes show in it within two seconds, an action on what Anna saw
 * before Ben moved the post is refused with what he did; the server going away shows the banner and keeps the view
 * read-only until it is back; Settings → Team calendar tests an address and switches to it in the same window.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant TUESDAY_TEN = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant WEDNESDAY_TWO = Instant.parse("2026-03-04T14:00:00Z");
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    @TempDir
    Path dir;
    private Stage stage;
    private TeamServer server;
    private Services anna;
    private Services ben;
    private MainWindow window;
    /** What Settings switched the window to, closed when it switches again (as the desktop does). */
    private Services shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = ThrowawayPostgres.shared().newTeamServer();
        anna = Services.over(Store.openTeam(server, dir.resolve("anna")), clock, new SplittableRandom(1));
        ben = Services.over(Store.openTeam(server, dir.resolve("ben")), clock, new SplittableRandom(2));
        anna.settings().save(anna.settings().get().withDisplayTimezone(UTC));
        anna.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        window = MainStage.show(stage, anna, clock);
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
        if (shown != null) {
            shown.close();
        }
    }

    private CalendarSlot tuesdaySlot(Services s) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.TUESDAY), LocalTime.of(10, 0),
                LocalTime.of(11, 0), UTC, List.of(), Set.of(), true, null, Set.of()));
    }

    /** The post as Anna's window draws it now, if it does. */
    private static Optional<Post> drawn(FxRobot robot, String postId) {
        return robot.lookup(n -> n instanceof PostCards c && c.posts().stream().anyMatch(p -> p.id().equals(postId)))
                .tryQuery().flatMap(n -> ((PostCards) n).posts().stream().filter(p -> p.id().equals(postId)).findFirst());
    }

    private static void within(long seconds, String what, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
        assertThat(condition.get()).as(what).isTrue();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#message").queryAs(Labeled.class).getText();
    }

    @Test
    void bensChangesShowInAnnasWindowAndHerStaleActionIsRefused(FxRobot robot) throws Exception {
        tuesdaySlot(ben);
        Post bens = ben.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Ben's launch post"), null, Set.of()), TUESDAY_TEN, false));
        within(2, "Ben's new post is drawn in Anna's window", () -> drawn(robot, bens.id()).isPresent());
        Post annaSaw = drawn(robot, bens.id()).orElseThrow();
        assertThat(annaSaw.scheduledAt()).isEqualTo(TUESDAY_TEN);
        assertThat(robot.lookup("#calendar-name").queryAs(Labeled.class).getText())
                .isEqualTo("Team calendar " + server.address().substring("postgresql://".length()));
        assertThat(stage.getTitle()).isEqualTo("Slotwise — Team calendar "
                + server.address().substring("postgresql://".length()));

        robot.interact(() -> window.cards().select(annaSaw));

        // Ben moves it; Anna, acting on the card as she saw it before her window caught up, is refused.
        ben.posts().moveToTime(ME, bens.id(), WEDNESDAY_TWO);
        robot.interact(() -> window.actions().unschedule(annaSaw));
        assertThat(message(robot)).isEqualTo("Someone else moved this post to Wed 4 Mar 14:00 since you saw it");
        assertThat(ben.posts().find(ME, bens.id()).orElseThrow().scheduledAt()).isEqualTo(WEDNESDAY_TWO);
        within(2, "the card shows where Ben put it", () -> drawn(robot, bens.id())
                .map(p -> p.scheduledAt().equals(WEDNESDAY_TWO)).orElse(false));
        assertThat(window.cards().selected()).as("still selected, as it now is").isNotNull()
                .extracting(Post::scheduledAt).isEqualTo(WEDNESDAY_TWO);

        // Ben deletes it: the card goes from Anna's window.
        ben.posts().delete(ME, bens.id());
        within(2, "the card Ben deleted is gone", () -> drawn(robot, bens.id()).isEmpty());
    }

    @Test
    void annasUndoNeverRevertsBensLaterChange(FxRobot robot) throws Exception {
        tuesdaySlot(anna);
        Post draft = anna.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Anna's post"), null, Set.of()));
        robot.interact(window::refresh);
        robot.interact(() -> window.actions().addToQueue(draft));
        Post annas = anna.posts().find(ME, draft.id()).orElseThrow();
        assertThat(annas.scheduledAt()).isEqualTo(TUESDAY_TEN);
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).isFalse();

        ben.posts().moveToTime(ME, annas.id(), WEDNESDAY_TWO);
        robot.interact(() -> window.actions().undo());
        assertThat(message(robot)).isEqualTo("Can't undo Add to queue: someone else moved this post to Wed 4 Mar 14:00"
                + " since your change");
        assertThat(ben.posts().find(ME, annas.id()).orElseThrow().scheduledAt()).as("Ben's change stays")
                .isEqualTo(WEDNESDAY_TWO);
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).as("the refused undo is dropped").isTrue();
        within(2, "the card shows where Ben put it", () -> drawn(robot, annas.id())
                .map(p -> p.scheduledAt().equals(WEDNESDAY_TWO)).orElse(false));
    }

    @Test
    void theServerGoingAwayShowsTheBannerKeepsTheViewReadOnlyAndResumes(FxRobot robot) throws Exception {
        tuesdaySlot(anna);
        Post mine = anna.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Stays while the server is away"), null, Set.of()), TUESDAY_TEN, false));
        robot.interact(window::refresh);
        assertThat(drawn(robot, mine.id())).isPresent();
        assertThat(window.teamBanner().isVisible()).isFalse();

        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        pg.kill();
        try {
            within(10, "the banner shows", () -> window.teamBanner().isVisible());
            assertThat(robot.lookup("#team-banner-title").queryAs(Labeled.class).getText())
                    .isEqualTo("Team calendar unreachable, retrying");
            assertThat(robot.lookup("#team-banner-title").queryAs(Labeled.class).getTooltip().getText()).isNotBlank();
            assertThat(drawn(robot, mine.id())).as("the last view stays").isPresent();
            assertThat(robot.lookup("#compose").queryAs(Button.class).isDisabled()).isTrue();
            robot.interact(() -> window.actions().unschedule(mine));
            assertThat(message(robot)).isEqualTo("Team calendar unreachable, retrying: nothing can be changed until it"
                    + " is back");
            assertThat(drawn(robot, mine.id())).as("the last view stays").isPresent();
        } finally {
            pg.start();
        }
        within(10, "the banner goes once the server is back", () -> !window.teamBanner().isVisible());
        assertThat(message(robot)).isEqualTo("Team calendar reachable again");
        assertThat(robot.lookup("#compose").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(anna.posts().find(ME, mine.id()).orElseThrow().scheduledAt()).as("nothing changed")
                .isEqualTo(TUESDAY_TEN);
        ben.posts().delete(ME, mine.id());
        within(2, "changes show again", () -> drawn(robot, mine.id()).isEmpty());
    }

    @Test
    void settingsTestsTheAddressThenSwitchesToTheTeamCalendarInTheSameWindow(FxRobot robot) throws Exception {
        Path dataDir = dir.resolve("this-computer");
        Services local = Services.over(Store.open(dataDir), clock, new SplittableRandom(3));
        shown = local;
        List<CalendarLocation> switched = new ArrayList<>();
        robot.interact(() -> {
            window = MainStage.reopen(stage, window, local, clock);
            window.setCalendarSwitcher(new CalendarSwitcher() {
                @Override
                public Path dataDir() {
                    return dataDir;
                }

                @Override
                public void open(CalendarLocation location) {
                    switched.add(location);
                    Services fresh = Services.open(location);
                    window = MainStage.reopen(stage, window, fresh, clock);
                    shown.close();
                    shown = fresh;
                }
            });
        });
        assertThat(stage.getTitle()).isEqualTo("Slotwise");

        robot.clickOn("#settings");
        assertThat(robot.lookup("#team-current").queryAs(Labeled.class).getText())
                .isEqualTo("Open now: This computer's calendar");
        TextField address = robot.lookup("#team-address").queryAs(TextField.class);
        TextField password = robot.lookup("#team-password").queryAs(TextField.class);
        robot.interact(() -> {
            address.setText(server.address());
            password.setText("not-the-password");
        });
        robot.clickOn("#team-test");
        within(10, "the test answers", () -> !result(robot).startsWith("Testing"));
        assertThat(result(robot)).startsWith("✗ Wrong password: ");
        assertThat(robot.lookup("#team-use").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> password.setText(ThrowawayPostgres.PASSWORD));
        robot.clickOn("#team-test");
        within(10, "the test answers", () -> result(robot).startsWith("✓"));
        assertThat(robot.lookup("#team-use").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#team-use");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switched).containsExactly(CalendarLocation.teamServer(server.address(), dataDir));
        assertThat(CalendarLocation.chosenIn(dataDir)).as("remembered for the next start")
                .isEqualTo(CalendarLocation.teamServer(server.address(), dataDir));
        assertThat(Files.readString(dataDir.resolve(TeamCalendarChoice.FILE))).doesNotContain(ThrowawayPostgres.PASSWORD);
        assertThat(stage.getTitle()).endsWith("Team calendar " + server.address().substring("postgresql://".length()));
        assertThat(robot.lookup("#calendar-name").queryAs(Labeled.class).isVisible()).isTrue();

        // And back to this computer's calendar.
        robot.clickOn("#settings");
        robot.clickOn("#team-leave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switched).last().isEqualTo(CalendarLocation.embedded(dataDir));
        assertThat(CalendarLocation.chosenIn(dataDir)).isEqualTo(CalendarLocation.embedded(dataDir));
        assertThat(stage.getTitle()).isEqualTo("Slotwise");
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#team-result").queryAs(Labeled.class).getText();
    }
}
