package io.slotwise.ui;

import atlantafx.base.theme.PrimerLight;
import io.slotwise.service.HandOffScheduler;
import io.slotwise.service.Services;
import io.slotwise.service.Settings;
import io.slotwise.service.Workspace;
import io.slotwise.store.DataDirectory;
import io.slotwise.store.StoreException;
import io.slotwise.store.StoreLockedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop app: opens the store (the default data directory, or {@code --data-dir DIR}) and shows the window. */
public class SlotwiseApp extends Application {

    public static final String TITLE = "Slotwise";
    private Services services;
    private MainWindow window;
    private HandOffScheduler handOff;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dataDir = dataDir(getParameters() == null ? List.of() : getParameters().getRaw());
        try {
            services = Services.open(dataDir);
        } catch (StoreLockedException | StoreException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setTitle(TITLE);
            a.setHeaderText("Slotwise cannot open its data");
            a.showAndWait();
            Platform.exit();
            return;
        }
        window = show(stage, services, Clock.systemUTC());
        // Posts go to their publishers at their time; what fell due while closed is shown once caught up.
        MainWindow shown = window;
        handOff = HandOffScheduler.create(services);
        handOff.onRound(r -> Platform.runLater(() -> shown.handOffsHappened(r)));
        handOff.start().whenComplete((report, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                shown.showCatchUp(report);
            }
        }));
    }

    /** Builds the window over open services: the app uses it, and so do the UI tests. */
    public static MainWindow show(Stage stage, Services services, Clock clock) {
        // The theme first: our stylesheet looks up AtlantaFX's colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = services.settings().get();
        ZoneId zone = settings.displayTimezone() != null ? settings.displayTimezone() : ZoneId.systemDefault();
        MainWindow window = new MainWindow(services, Workspace.LOCAL_OWNER, clock, zone);
        Scene scene = new Scene(window, 1440, 900);
        scene.getStylesheets().add(SlotwiseApp.class.getResource("slotwise.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        window.install(scene);
        return window;
    }

    @Override
    public void stop() {
        if (handOff != null) {
            handOff.close();
        }
        if (window != null) {
            window.stopApi();
        }
        if (services != null) {
            services.close();
        }
    }

    static Path dataDir(List<String> args) {
        int i = args.indexOf("--data-dir");
        return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : DataDirectory.current();
    }
}
