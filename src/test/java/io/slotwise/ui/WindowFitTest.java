package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the window opens ({@link WindowFit}), as plain numbers: on common laptop screens, where it was left,
 * on a screen that has gone; and what {@link WindowMemory} keeps between runs.
 */
class WindowFitTest {

    /** A 1920×1080 screen with a 32-pixel panel at the top, and a 1280×720 laptop screen left of it. */
    private static final Rectangle2D BIG = new Rectangle2D(0, 32, 1920, 1048);
    private static final Rectangle2D LAPTOP = new Rectangle2D(-1280, 0, 1280, 720);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}×{1} screen, {2} px of task bar")
    @CsvSource({"1280, 720, 0", "1280, 720, 40", "1366, 768, 0", "1366, 768, 48", "1400, 900, 40",
            "1920, 1080, 40", "1024, 600, 0"})
    void theFirstTimeTheWindowOpensCentredAndWhollyOnTheScreen(double width, double height, double taskBar) {
        Rectangle2D screen = new Rectangle2D(0, 0, width, height - taskBar);
        WindowPlace at = WindowFit.fit(null, List.of(screen));
        assertInside(at, screen);
        assertThat(at.width()).isEqualTo(Math.min(1600, width));
        assertThat(at.height()).isEqualTo(Math.min(960, height - taskBar));
        assertThat(at.x() + at.width() / 2).isEqualTo(width / 2);
        assertThat(at.y() + at.height() / 2).isEqualTo((height - taskBar) / 2);
        assertThat(at.maximized()).isFalse();
        assertThat(WindowFit.smallest(screen).getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(WindowFit.smallest(screen).getHeight()).isLessThanOrEqualTo(screen.getHeight());
    }

    @Test
    void aWindowLeftWhollyOnAScreenOpensWhereItWasLeft() {
        WindowPlace left = new WindowPlace(100, 80, 1200, 800, false);
        assertThat(WindowFit.fit(left, List.of(BIG, LAPTOP))).isEqualTo(left);
        WindowPlace onLaptop = new WindowPlace(-1200, 10, 1100, 650, true);
        assertThat(WindowFit.fit(onLaptop, List.of(BIG, LAPTOP))).isEqualTo(onLaptop);
    }

    @Test
    void aWindowPartlyOffItsScreenIsMovedOnAndShrunkToIt() {
        // Left on a bigger screen: now wider and taller than the screen it is (mostly) on, and hanging off it.
        WindowPlace at = WindowFit.fit(new WindowPlace(-1400, -50, 1600, 1000, false), List.of(BIG, LAPTOP));
        assertThat(at).isEqualTo(new WindowPlace(-1280, 0, 1280, 720, false));
        // Hanging off the right edge of the big screen.
        at = WindowFit.fit(new WindowPlace(1500, 600, 1000, 700, false), List.of(BIG, LAPTOP));
        assertThat(at).isEqualTo(new WindowPlace(920, 380, 1000, 700, false));
        assertInside(at, BIG);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensCentredOnThePrimaryScreen() {
        // It was on the laptop's screen; now only the big one is there.
        WindowPlace at = WindowFit.fit(new WindowPlace(-1200, 10, 1100, 650, true), List.of(BIG));
        assertThat(at).isEqualTo(new WindowPlace(160, 76, 1600, 960, false));
        // And the other way round: left on a big screen, opened on a 1280×720 laptop alone.
        at = WindowFit.fit(new WindowPlace(2000, 100, 1800, 1000, false), List.of(new Rectangle2D(0, 0, 1280, 720)));
        assertThat(at).isEqualTo(new WindowPlace(0, 0, 1280, 720, false));
    }

    @Test
    void aWindowSmallerThanItMayBeIsMadeAsBigAsItMayBe() {
        WindowPlace at = WindowFit.fit(new WindowPlace(10, 40, 200, 100, false), List.of(BIG));
        assertThat(at).isEqualTo(new WindowPlace(10, 40, 960, 600, false));
    }

    @Test
    void numbersNoWindowCanHaveAreIgnored() {
        WindowPlace at = WindowFit.fit(new WindowPlace(Double.NaN, 0, 1000, 700, false), List.of(BIG));
        assertThat(at).isEqualTo(new WindowPlace(160, 76, 1600, 960, false));
        at = WindowFit.fit(new WindowPlace(0, 40, 0, 700, false), List.of(BIG));
        assertThat(at).isEqualTo(new WindowPlace(160, 76, 1600, 960, false));
    }

    @Test
    void theWindowFileRemembersThePlaceAndTheQueue() throws Exception {
        Path file = dir.resolve(MainStage.WINDOW_FILE);
        WindowMemory none = WindowMemory.in(file);
        assertThat(none.place()).isNull();
        assertThat(none.queueShown()).isTrue();
        assertThat(none.queueWidth()).isEqualTo(QueuePanel.USUAL_WIDTH);

        Files.writeString(file, "x=-1200.0\ny=10\nwidth=1100\nheight=650\nmaximized=true\nqueueShown=false\nqueueWidth=280\n",
                StandardCharsets.UTF_8);
        WindowMemory read = WindowMemory.in(file);
        assertThat(read.place()).isEqualTo(new WindowPlace(-1200, 10, 1100, 650, true));
        assertThat(read.queueShown()).isFalse();
        assertThat(read.queueWidth()).isEqualTo(280);
        read.save();
        WindowMemory again = WindowMemory.in(file);
        assertThat(again.place()).isEqualTo(read.place());
        assertThat(again.queueShown()).isFalse();
        assertThat(again.queueWidth()).isEqualTo(280);
    }

    @Test
    void aWindowFileThatIsNotOursIsAsGoodAsNone() throws Exception {
        Path file = dir.resolve(MainStage.WINDOW_FILE);
        Files.writeString(file, "width=wide\nheight=\\u12\nqueueWidth=-3\n", StandardCharsets.UTF_8);
        WindowMemory read = WindowMemory.in(file);
        assertThat(read.place()).isNull();
        assertThat(read.queueShown()).isTrue();
        assertThat(read.queueWidth()).isEqualTo(QueuePanel.USUAL_WIDTH);
        Files.writeString(file, "width=wide\nqueueWidth=-3\n", StandardCharsets.UTF_8);
        assertThat(WindowMemory.in(file).place()).isNull();
        assertThat(WindowMemory.in(file).queueWidth()).isEqualTo(QueuePanel.USUAL_WIDTH);
    }

    private static void assertInside(WindowPlace at, Rectangle2D screen) {
        assertThat(at.x()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(at.y()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(at.x() + at.width()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(at.y() + at.height()).isLessThanOrEqualTo(screen.getMaxY());
    }
}
