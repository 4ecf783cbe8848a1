package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.CalendarView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Smoke test: the window opens headlessly (Monocle, see surefire config) and shows the calendar. */
@ExtendWith(ApplicationExtension.class)
class SlotwiseAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new SlotwiseApp().start(stage);
    }

    @Test
    void showsCalendarWindowTitledSlotwise(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Slotwise");
        assertThat(stage.isShowing()).isTrue();

        CalendarView view = robot.lookup("#calendar-view").queryAs(CalendarView.class);
        assertThat(view).isNotNull();
        assertThat(view.isVisible()).isTrue();
        assertThat(view.getScene()).isSameAs(stage.getScene());
        assertThat(view.getWidth()).isPositive();
        assertThat(view.getHeight()).isPositive();
    }
}
