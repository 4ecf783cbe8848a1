package io.slotwise.desktop;

import io.slotwise.service.Services;
import io.slotwise.ui.MainStage;
import io.slotwise.ui.MainWindow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * {@code slotwise --train-startup-cache}: what a desktop start does, run once without showing a window, for
 * the JVM that {@link StartupCache} starts to record: a new store (the same template copy a first start
 * makes), the reads the first page needs, the window built, styled, laid out and drawn (into an image),
 * then the sample plan, the next week and the month, as a person's first minute would. No window appears
 * on the person's screen and their own store is not touched.
 */
public final class StartupTraining {

    /** The toolbar buttons pressed after the first drawing, in this order. */
    private static final List<String> STEPS = List.of("#load-sample", "#next", "#view-month", "#view-week", "#previous");

    private StartupTraining() {
    }

    /** Runs the whole training in this process (the toolkit included) and returns the exit code. */
    public static int run(PrintStream out, PrintStream err) {
        Path dir;
        try {
            dir = Files.createTempDirectory("slotwise-training");
        } catch (IOException e) {
            err.println("start-up training: cannot create a temporary data directory: " + e.getMessage());
            return 1;
        }
        try (Services services = Services.open(dir)) {
            Platform.startup(() -> { });
            int drawn = exercise(services, Clock.systemUTC());
            out.println("start-up training: the window was drawn " + drawn + " times");
            return 0;
        } catch (RuntimeException e) {
            err.println("start-up training failed: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            Platform.exit();
            ScratchDirectory.delete(dir, "start-up training");
        }
    }

    /**
     * The desktop's start on open services, with the toolkit already running; call it off the FX thread.
     * Returns how many times the window was drawn.
     */
    static int exercise(Services services, Clock clock) {
        SlotwiseApp.warmUp(services);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MainWindow window = MainStage.window(services, clock);
                Scene scene = MainStage.scene(window);
                window.install(scene);
                int drawn = draw(scene);
                for (String step : STEPS) {
                    Node button = scene.lookup(step);
                    if (!(button instanceof ButtonBase b)) {
                        throw new IllegalStateException("no button " + step + " in the window");
                    }
                    b.fire();
                    drawn += draw(scene);
                }
                done.complete(drawn);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the window could not be drawn", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the window was not drawn within 60 s", e);
        }
    }

    /** CSS, layout and a drawing of the whole scene, as a pulse would make them. */
    private static int draw(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        scene.snapshot(null);
        return 1;
    }
}
