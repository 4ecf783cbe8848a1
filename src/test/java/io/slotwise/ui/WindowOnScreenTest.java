package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window placed on a desktop of given screens (as {@link MainStage} sees them: visual bounds, the primary
 * first), headless: inside a laptop's screen with nothing cut; where it was left, with its queue, on the next
 * run; centred when its screen is gone; and the queue narrowed, hidden and shown again (button, F9, dragging
 * its edge).
 */
@ExtendWith(ApplicationExtension.class)
class WindowOnScreenTest {

    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 1600, 1200);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private Stage stage;
    private Services services;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.over(Store.inMemory("window-" + System.nanoTime()), clock, new SplittableRandom(1));
        SamplePlan.load(services, Workspace.LOCAL_OWNER, ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private MainWindow show(WindowMemory memory, Rectangle2D... screens) throws Exception {
        MainWindow w = WaitForAsyncUtils.asyncFx(() -> MainStage.show(stage, services, clock, memory, List.of(screens))).get();
        // The headless window takes its size a pulse or two later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == stage.getWidth()
                && w.getWidth() == stage.getWidth() && w.toolbar().getWidth() == stage.getWidth());
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertStageIn(Rectangle2D screen) {
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0}×{1} screen, {2} px of task bar")
    @CsvSource({"1280, 720, 0", "1280, 720, 40", "1366, 768, 0", "1366, 768, 40"})
    void onALaptopScreenTheWindowOpensInsideItWithNothingCut(int width, int height, int taskBar) throws Exception {
        Rectangle2D screen = new Rectangle2D(0, taskBar, width, height - taskBar);
        MainWindow window = show(WindowMemory.none(), screen);
        assertStageIn(screen);
        assertThat(stage.getWidth()).isEqualTo(width);
        assertThat(stage.getMinHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(window.toolbar().isCompact()).as("toolbar compact at " + width).isTrue();
        WhollyInside.assertToolbarAndQueue(window);
    }

    @Test
    void onABigScreenTheToolbarShowsItsLabels() throws Exception {
        MainWindow window = show(WindowMemory.none(), BIG);
        assertThat(stage.getWidth()).isEqualTo(1600);
        assertThat(window.toolbar().isCompact()).isFalse();
        assertThat(window.queue().isCompact()).isFalse();
        WhollyInside.assertToolbarAndQueue(window);
    }

    @Test
    void theQueueNarrowsToIconsAndHidesAndShowsAgain(FxRobot robot) throws Exception {
        MainWindow window = show(WindowMemory.none(), new Rectangle2D(0, 0, 1280, 720));
        ToggleButton toggle = robot.lookup("#queue-toggle").queryAs(ToggleButton.class);
        assertThat(toggle.isSelected()).isTrue();
        robot.moveTo(toggle); // its tooltip is made when the pointer first comes over it
        assertThat(toggle.getTooltip().getText()).isEqualTo("Hide queue (F9)");

        onFx(() -> window.setQueueWidth(QueuePanel.NARROWEST));
        assertThat(window.queue().getWidth()).isEqualTo(QueuePanel.NARROWEST);
        assertThat(window.queue().isCompact()).isTrue();
        WhollyInside.assertToolbarAndQueue(window);

        // Dragging its edge to the left widens it again.
        robot.drag("#queue-divider").moveBy(-100, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getQueueWidth()).isCloseTo(QueuePanel.NARROWEST + 100, org.assertj.core.data.Offset.offset(1.0));
        assertThat(window.queue().isCompact()).isFalse();

        robot.clickOn("#queue-toggle");
        assertThat(window.isQueueShown()).isFalse();
        assertThat(shown(window.queue())).isFalse();
        assertThat(window.calendar().getWidth()).isGreaterThan(1200);
        assertThat(toggle.getTooltip().getText()).isEqualTo("Show queue (F9)");
        WhollyInside.assertToolbarAndQueue(window);

        robot.type(KeyCode.F9);
        assertThat(window.isQueueShown()).isTrue();
        assertThat(toggle.isSelected()).isTrue();
        assertThat(window.queue().getWidth()).isCloseTo(QueuePanel.NARROWEST + 100, org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.F9);
        assertThat(window.isQueueShown()).isFalse();
    }

    @Test
    void theWindowOpensWhereItWasLeftWithItsQueue() throws Exception {
        Path file = dir.resolve(MainStage.WINDOW_FILE);
        MainWindow first = show(WindowMemory.in(file), BIG);
        onFx(() -> {
            stage.setX(100);
            stage.setY(80);
            stage.setWidth(1200);
            stage.setHeight(800);
            first.setQueueWidth(280);
            first.setQueueShown(false);
            first.setDark(true);
        });
        // What closing the window does, without closing the test's stage.
        onFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_HIDDEN)));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("width=1200.0", "queueShown=false", "dark=true");

        WindowMemory read = WindowMemory.in(file);
        assertThat(read.place()).isEqualTo(new WindowPlace(100, 80, 1200, 800, false));
        MainWindow second = show(read, BIG);
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .containsExactly(100.0, 80.0, 1200.0, 800.0);
        assertThat(second.isQueueShown()).isFalse();
        assertThat(second.getQueueWidth()).isEqualTo(280);
        assertThat(second.isDark()).as("the dark theme, as it was left").isTrue();
        assertThat(second.getStyleClass()).contains("theme-dark");
        onFx(() -> second.setDark(false)); // the next test's window starts light
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsIgnored() throws Exception {
        Path file = dir.resolve(MainStage.WINDOW_FILE);
        Files.writeString(file, "x=1700\ny=100\nwidth=1500\nheight=1000\nmaximized=false\n", StandardCharsets.UTF_8);
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 768);
        MainWindow window = show(WindowMemory.in(file), laptop);
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .containsExactly(0.0, 0.0, 1366.0, 768.0);
        WhollyInside.assertToolbarAndQueue(window);
    }
}
