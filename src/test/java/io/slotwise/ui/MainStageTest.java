package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import javafx.stage.Stage;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens headlessly (Monocle, see surefire config) on an empty store and shows a first step. */
@ExtendWith(ApplicationExtension.class)
class MainStageTest {

    private Stage stage;
    private Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        services = Services.over(Store.inMemory("app-test-" + System.nanoTime()), clock, new SplittableRandom(1));
        MainStage.show(stage, services, clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void firstStartShowsTheCalendarAndAClearFirstStep(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Slotwise");
        assertThat(stage.isShowing()).isTrue();
        Region view = robot.lookup("#calendar-view").queryAs(Region.class);
        assertThat(view.isVisible()).isTrue();
        assertThat(view.getWidth()).isPositive();
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("Welcome to Slotwise").tryQuery()).isPresent();

        robot.clickOn("#load-sample");
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(services.slots().list(io.slotwise.service.Workspace.LOCAL_OWNER)).hasSize(6);
    }
}
