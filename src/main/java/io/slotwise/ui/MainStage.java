package io.slotwise.ui;

import atlantafx.base.theme.PrimerLight;
import io.slotwise.service.Services;
import io.slotwise.service.Settings;
import io.slotwise.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The app's main stage: the {@link MainWindow} over open services, in a scene with our stylesheet, titled,
 * and placed on the screen ({@link WindowFit}) where the user left it ({@link WindowMemory}). The desktop
 * launcher shows it, and so do the UI tests; the start-up training builds the window and scene without
 * showing them.
 */
public final class MainStage {

    public static final String TITLE = "Slotwise";
    /** The file, in the data directory, that remembers the window between runs. */
    public static final String WINDOW_FILE = "window.properties";

    private MainStage() {
    }

    /** Builds the window over open services and shows it on the stage, at its usual place; remembers nothing. */
    public static MainWindow show(Stage stage, Services services, Clock clock) {
        return show(stage, services, clock, WindowMemory.none(), screens());
    }

    /** Builds the window and shows it where it was left, as {@code windowFile} remembers; keeps it there on close. */
    public static MainWindow show(Stage stage, Services services, Clock clock, Path windowFile) {
        return show(stage, services, clock, WindowMemory.in(windowFile), screens());
    }

    /** As on a desktop of these screens (visual bounds, the primary first). */
    static MainWindow show(Stage stage, Services services, Clock clock, WindowMemory memory, List<Rectangle2D> screens) {
        MainWindow window = window(services, clock);
        window.setQueueWidth(memory.queueWidth());
        window.setQueueShown(memory.queueShown());
        Scene scene = scene(window);
        if (memory.dark()) {
            window.setDark(true);
        }
        stage.setTitle(title(services));
        stage.setScene(scene);
        place(stage, WindowFit.fit(memory.place(), screens), screens);
        stage.show();
        window.install(scene);
        memory.follow(stage, window);
        return window;
    }

    /**
     * Shows the window of another calendar on the stage, in place of {@code old} (Settings switched calendars): the
     * queue, theme and the stage's place and size stay as the user has them.
     */
    public static MainWindow reopen(Stage stage, MainWindow old, Services services, Clock clock) {
        old.replaced();
        MainWindow window = window(services, clock);
        window.setQueueWidth(old.getQueueWidth());
        window.setQueueShown(old.isQueueShown());
        window.setCalendarSwitcher(old.getCalendarSwitcher());
        Scene scene = new Scene(window, stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        stage.setTitle(title(services));
        stage.setScene(scene);
        window.install(scene);
        window.setDark(old.isDark());
        window.notice().success(services.team().isTeamServer()
                ? "Opened the t" + services.team().describe().substring(1) : "Opened this computer's calendar");
        return window;
    }

    /** "Slotwise", and which team calendar is open when it is one (never a password). */
    static String title(Services services) {
        return services.team().isTeamServer() ? TITLE + " — " + services.team().describe() : TITLE;
    }

    /** Puts the stage at a place, no smaller than it may be made on that place's screen. */
    static void place(Stage stage, WindowPlace at, List<Rectangle2D> screens) {
        Rectangle2D screen = WindowFit.screenOf(at.bounds(), screens);
        Dimension2D smallest = WindowFit.smallest(screen == null ? screens.get(0) : screen);
        stage.setMinWidth(smallest.getWidth());
        stage.setMinHeight(smallest.getHeight());
        stage.setX(at.x());
        stage.setY(at.y());
        stage.setWidth(at.width());
        stage.setHeight(at.height());
        stage.setMaximized(at.maximized());
    }

    /** The visual bounds of this computer's screens, the primary first. */
    static List<Rectangle2D> screens() {
        List<Rectangle2D> all = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        all.add(primary.getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                all.add(s.getVisualBounds());
            }
        }
        return all;
    }

    /** The window's content over open services, not yet in a scene (the start-up training builds it too). */
    public static MainWindow window(Services services, Clock clock) {
        // The theme first: our stylesheet looks up AtlantaFX's colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = services.settings().get();
        ZoneId zone = settings.displayTimezone() != null ? settings.displayTimezone() : ZoneId.systemDefault();
        return new MainWindow(services, Workspace.LOCAL_OWNER, clock, zone);
    }

    /** The window in a scene of the app's usual size, styled by our stylesheet. */
    public static Scene scene(MainWindow window) {
        Scene scene = new Scene(window, WindowFit.USUAL.getWidth(), WindowFit.USUAL.getHeight());
        scene.getStylesheets().add(MainStage.class.getResource("slotwise.css").toExternalForm());
        return scene;
    }
}
