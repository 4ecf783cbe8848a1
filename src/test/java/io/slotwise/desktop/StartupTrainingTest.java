package io.slotwise.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The start-up training (headless Monocle here, the person's display in the installed app) goes through
 * the window's start and first minute on a store of its own, without showing a window.
 */
class StartupTrainingTest {

    @TempDir
    Path dataDir;

    @Test
    void theTrainingDrawsTheWindowThroughItsFirstStepsWithoutShowingIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        long shownBefore = Window.getWindows().stream().filter(Window::isShowing).count();
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        try (Services services = Services.open(dataDir)) {
            int drawn = StartupTraining.exercise(services, clock);

            assertThat(drawn).as("the first drawing and one per step").isEqualTo(6);
            // The steps ran against the store: "Load sample plan" made its slots and accounts.
            assertThat(services.slots().list(Workspace.LOCAL_OWNER)).hasSize(6);
            assertThat(services.accounts().list(Workspace.LOCAL_OWNER)).hasSize(3);
        }
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).as("windows on screen")
                .isEqualTo(shownBefore);
    }
}
