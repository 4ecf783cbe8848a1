package io.slotwise.desktop;

import atlantafx.base.theme.PrimerLight;
import io.slotwise.api.LocalApi;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.service.CalendarLocation;
import io.slotwise.service.Services;
import io.slotwise.service.TeamCalendarChoice;
import io.slotwise.service.Workspace;
import io.slotwise.store.DataDirectory;
import io.slotwise.store.StoreException;
import io.slotwise.store.StoreLockedException;
import io.slotwise.store.TeamServerException;
import io.slotwise.ui.CalendarSwitcher;
import io.slotwise.ui.LocalApiHost;
import io.slotwise.ui.MainStage;
import io.slotwise.ui.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The desktop app: opens the store (the default data directory, or {@code --data-dir DIR}), shows the window
 * ({@link MainStage}) and, once its first frame is up, starts the hand-offs and keeps the start-up cache.
 */
public class SlotwiseApp extends Application {

    /** The store being opened while the toolkit starts; see {@link #launch}. */
    private static volatile CompletableFuture<Services> opening;
    private static final CompletableFuture<Optional<StartupCache.State>> STARTUP_CACHE = new CompletableFuture<>();
    private Services services;
    private MainWindow window;
    private HandOffScheduler handOff;
    private boolean stopped;
    private Stage stage;

    /**
     * Starts the desktop app. The store opens on another thread while JavaFX starts (on a cold start
     * each takes about half a second, mostly loading classes), and the same thread reads this week's
     * page once, so that the code the first paint runs is loaded by the time the window needs it.
     */
    public static void launch(String... args) {
        CompilerThreadPriority.lower();
        CompletableFuture<Services> future = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                Services s = Services.open(location(List.of(args)));
                future.complete(s);
                warmUp(s);
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "slotwise-open-store");
        opener.setDaemon(true);
        opening = future;
        opener.start();
        Application.launch(SlotwiseApp.class, args);
    }

    /** What the first refresh reads, read once: a failure here shows up again, in context, on the FX thread. */
    static void warmUp(Services s) {
        try {
            Instant now = Instant.now();
            s.settings().get();
            s.calendar().range(Workspace.LOCAL_OWNER, now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(7)));
            s.accounts().list(Workspace.LOCAL_OWNER);
            s.labels().list(Workspace.LOCAL_OWNER);
            s.posts().drafts(Workspace.LOCAL_OWNER);
        } catch (RuntimeException ignored) {
            // Only a warm-up.
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Path dataDir = dataDir(args);
        try {
            services = opened(args);
        } catch (TeamServerException e) {
            services = args.contains("--database") ? null : thisComputersInstead(dataDir, e);
            if (services == null) {
                cannotOpen(e);
                return;
            }
        } catch (StoreLockedException | StoreException | IllegalArgumentException e) {
            cannotOpen(e);
            return;
        }
        // Where the window was left, its queue too: beside the store, but not in it (backups leave it out).
        window = MainStage.show(stage, services, Clock.systemUTC(), dataDir.resolve(MainStage.WINDOW_FILE));
        window.setApiHost(localApi(services));
        window.setCalendarSwitcher(switcher(dataDir));
        // Hand-offs start after the first laid-out frame: their catch-up loads the HTTP and JSON code, and on
        // two cores that would hold the first paint back (BENCHMARKS.md, Packaging).
        Scene scene = stage.getScene();
        Runnable[] afterFirstFrame = new Runnable[1];
        afterFirstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstFrame[0]);
            Platform.runLater(this::startHandOffs);
            keepStartupCache();
        };
        scene.addPostLayoutPulseListener(afterFirstFrame[0]);
    }

    private static void cannotOpen(RuntimeException e) {
        Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
        a.setTitle(MainStage.TITLE);
        a.setHeaderText("Slotwise cannot open its data");
        a.showAndWait();
        Platform.exit();
    }

    /**
     * The team calendar chosen in Settings cannot be opened (its server is gone, the password changed): the user may
     * go back to this computer's own calendar instead of being locked out; null when they would rather quit.
     */
    private static Services thisComputersInstead(Path dataDir, TeamServerException e) {
        javafx.scene.control.ButtonType local = new javafx.scene.control.ButtonType("Use this computer's calendar");
        Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\nYou can open this computer's own calendar"
                + " instead (Settings → Team calendar switches back later).", local, javafx.scene.control.ButtonType.CLOSE);
        a.setTitle(MainStage.TITLE);
        a.setHeaderText("Slotwise cannot open the team calendar");
        // The window comes after this dialog: closing it must not end the app as closing its last window would.
        Platform.setImplicitExit(false);
        boolean useLocal;
        try {
            useLocal = a.showAndWait().orElse(null) == local;
        } finally {
            Platform.setImplicitExit(true);
        }
        if (!useLocal) {
            return null;
        }
        TeamCalendarChoice.forget(dataDir);
        return Services.open(CalendarLocation.embedded(dataDir));
    }

    /** Settings → Team calendar: the chosen calendar opened in place of the open one, in the same window. */
    private CalendarSwitcher switcher(Path dataDir) {
        return new CalendarSwitcher() {
            @Override
            public Path dataDir() {
                return dataDir;
            }

            @Override
            public void open(CalendarLocation location) {
                Services fresh = Services.open(location); // fails before anything of the open calendar is closed
                if (handOff != null) {
                    handOff.close();
                    handOff = null;
                }
                window.stopApi();
                Services old = services;
                services = fresh;
                window = MainStage.reopen(stage, window, fresh, Clock.systemUTC());
                window.setApiHost(localApi(fresh));
                old.close();
                Platform.runLater(SlotwiseApp.this::startHandOffs);
            }
        };
    }

    /** Slotwise's own local API over the window's services, for the window to run as its settings say. */
    public static LocalApiHost localApi(Services services) {
        return (port, key) -> {
            LocalApi api = LocalApi.start(services, port, key);
            return new LocalApiHost.Listening() {
                @Override
                public int port() {
                    return api.port();
                }

                @Override
                public void close() {
                    api.close();
                }
            };
        };
    }

    /**
     * The installed app's start-up cache (see {@link StartupCache}): made in the background if this start ran
     * without it. {@link #startupCache()} completes with what was done.
     */
    private static void keepStartupCache() {
        Thread t = new Thread(() -> STARTUP_CACHE.complete(StartupCache.ofThisProcess().map(StartupCache::keep)),
                "slotwise-startup-cache");
        t.setDaemon(true);
        t.start();
    }

    /** What this start did about the start-up cache, once its first frame is up (empty when it has none). */
    static CompletableFuture<Optional<StartupCache.State>> startupCache() {
        return STARTUP_CACHE;
    }

    /** Posts go to their publishers at their time; what fell due while closed is shown once caught up. */
    private void startHandOffs() {
        if (stopped || handOff != null) {
            return;
        }
        MainWindow shown = window;
        handOff = HandOffScheduler.create(services);
        handOff.onRound(r -> Platform.runLater(() -> shown.handOffsHappened(r)));
        handOff.start().whenComplete((report, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                shown.showCatchUp(report);
            }
        }));
    }

    @Override
    public void stop() {
        stopped = true;
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

    /** The store {@link #launch} began opening, or (launched another way, as the tests do) one opened now. */
    private static Services opened(List<String> args) {
        CompletableFuture<Services> future = opening;
        opening = null;
        if (future == null) {
            return Services.open(location(args));
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The team server of {@code --database URL}, else the calendar chosen in Settings (the data directory's own by default). */
    static CalendarLocation location(List<String> args) {
        int i = args.indexOf("--database");
        return i >= 0 && i + 1 < args.size() ? CalendarLocation.teamServer(args.get(i + 1), dataDir(args))
                : CalendarLocation.chosenIn(dataDir(args));
    }

    static Path dataDir(List<String> args) {
        int i = args.indexOf("--data-dir");
        return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : DataDirectory.current();
    }
}
