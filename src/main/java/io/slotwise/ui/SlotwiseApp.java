package io.slotwise.ui;

import atlantafx.base.theme.PrimerLight;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.view.CalendarView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Placeholder desktop window: an empty CalendarFX calendar view with the AtlantaFX Primer Light theme. */
public class SlotwiseApp extends Application {

    public static final String TITLE = "Slotwise";

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        Calendar slots = new Calendar("Posting slots");
        slots.setStyle(Calendar.Style.STYLE1);
        CalendarSource source = new CalendarSource("Slotwise");
        source.getCalendars().add(slots);

        CalendarView calendarView = new CalendarView();
        calendarView.setId("calendar-view");
        calendarView.getCalendarSources().setAll(source);
        calendarView.setRequestedTime(java.time.LocalTime.now());
        calendarView.showWeekPage();

        Scene scene = new Scene(calendarView, 1280, 800);
        scene.getStylesheets().add(SlotwiseApp.class.getResource("slotwise.css").toExternalForm());

        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }
}
