package io.slotwise.ui;

import atlantafx.base.theme.PrimerLight;
import io.slotwise.service.Services;
import io.slotwise.service.Settings;
import io.slotwise.service.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The app's main stage: the {@link MainWindow} over open services, in a scene with our stylesheet, titled
 * and sized. The desktop launcher shows it, and so do the UI tests; the start-up training builds the
 * window and scene without showing them.
 */
public final class MainStage {

    public static final String TITLE = "Slotwise";

    private MainStage() {
    }

    /** Builds the window over open services and shows it on the stage. */
    public static MainWindow show(Stage stage, Services services, Clock clock) {
        MainWindow window = window(services, clock);
        Scene scene = scene(window);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        window.install(scene);
        return window;
    }

    /** The window's content over open services, not yet in a scene (the start-up training builds it too). */
    public static MainWindow window(Services services, Clock clock) {
        // The theme first: our stylesheet looks up AtlantaFX's colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = services.settings().get();
        ZoneId zone = settings.displayTimezone() != null ? settings.displayTimezone() : ZoneId.systemDefault();
        return new MainWindow(services, Workspace.LOCAL_OWNER, clock, zone);
    }

    /** The window in a scene of the app's first size, styled by our stylesheet. */
    public static Scene scene(MainWindow window) {
        Scene scene = new Scene(window, 1440, 900);
        scene.getStylesheets().add(MainStage.class.getResource("slotwise.css").toExternalForm());
        return scene;
    }
}
