package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on common laptop screens (1280×720, which is also 1920×1080 at 150 %, and 1366×768), light and
 * dark, with the sample plan loaded: every control of the toolbar and of the queue is in the window (none moved
 * into the toolbar's overflow menu), shown, and wholly inside the scene and inside every region around it.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopScreenTest {

    private Stage stage;
    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        services = Services.over(Store.inMemory("laptop-" + System.nanoTime()), clock, new SplittableRandom(1));
        SamplePlan.load(services, Workspace.LOCAL_OWNER, ZoneId.of("UTC"));
        window = MainStage.show(stage, services, clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}×{1}, dark: {2}")
    @CsvSource({"1280, 720, false", "1280, 720, true", "1366, 768, false", "1366, 768, true"})
    void everyToolbarAndQueueControlIsWhollyInTheWindow(int width, int height, boolean dark) throws Exception {
        onFx(() -> {
            window.setDark(dark);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Scene scene = stage.getScene();
        // The headless window takes its new size a pulse or two later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.getWidth() == width && scene.getHeight() == height
                && window.toolbar().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getWidth()).isLessThanOrEqualTo(width);
        assertThat(scene.getHeight()).isLessThanOrEqualTo(height);
        WhollyInside.assertToolbarAndQueue(window);
    }

    @Test
    void aMessageInTheStatusBarIsShownWholeBesideTheNextFreeSlots() throws Exception {
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        String text = "Drop on a highlighted day: the post takes that day's next free slot for its account";
        onFx(() -> window.notice().info(text));
        Label message = (Label) stage.getScene().lookup("#message");
        Node nextFree = stage.getScene().lookup("#next-free");
        assertThat(message.getText()).isEqualTo(text);
        // Not cut to "Drop on a highlighted …": the label has the room its whole text needs.
        assertThat(message.getWidth()).isGreaterThanOrEqualTo(message.prefWidth(-1) - 0.5);
        // The next-free list gave way and ends inside the window.
        assertThat(nextFree.localToScene(nextFree.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(
                stage.getScene().getWidth() + 0.5);
    }
}
