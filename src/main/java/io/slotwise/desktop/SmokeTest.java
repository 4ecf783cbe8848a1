package io.slotwise.desktop;

import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * {@code slotwise --smoke-test [--hold SECONDS]}: proves an installation works end to end, with no
 * network. It launches the real desktop app ({@link SlotwiseApp}) on a fresh temporary data directory,
 * waits for the first pulse in which the week view is laid out on screen and prints the time from JVM
 * start to that first paint; then it opens the embedded store (H2, Flyway, Jdbi) in another temporary
 * directory, says what the start did about the start-up cache ({@code SMOKE_STARTUP_CACHE=}: a {@link
 * StartupCache.State}, or NONE outside the installed app), closes everything and returns 0. Any failure,
 * or no painted week within 30 s, returns 1.
 *
 * <p>{@code --hold SECONDS} keeps the window up that long after the first paint (for screenshots).
 */
public final class SmokeTest {

    static final long TIMEOUT_SECONDS = 30;

    private SmokeTest() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long holdMillis = 0;
        if (args.size() == 2 && args.get(0).equals("--hold")) {
            holdMillis = (long) (Double.parseDouble(args.get(1)) * 1000);
        } else if (!args.isEmpty()) {
            err.println("usage: slotwise --smoke-test [--hold SECONDS]");
            return 2;
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("slotwise-smoke");
        } catch (IOException e) {
            err.println("smoke test: cannot create a temporary data directory: " + e.getMessage());
            return 1;
        }
        try {
            return runIn(dataDir, holdMillis, out, err);
        } catch (Throwable e) {
            err.println("smoke test failed: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            ScratchDirectory.delete(dataDir, "smoke test");
        }
    }

    private static int runIn(Path dataDir, long holdMillis, PrintStream out, PrintStream err) throws Exception {
        // 1. The real app, launched the way Main launches it, on a temporary data directory.
        Path uiDir = Files.createDirectories(dataDir.resolve("ui"));
        AtomicReference<Throwable> launchFailure = new AtomicReference<>();
        CountDownLatch painted = new CountDownLatch(1);
        CountDownLatch exited = new CountDownLatch(1);
        AtomicLong paintedAtEpochMillis = new AtomicLong();
        Thread launcher = new Thread(() -> {
            try {
                SlotwiseApp.launch("--data-dir", uiDir.toString());
            } catch (Throwable e) {
                launchFailure.set(e);
                painted.countDown();
            } finally {
                exited.countDown();
            }
        }, "slotwise-smoke-launcher");
        launcher.setDaemon(true);
        launcher.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        // Platform.runLater refuses until the toolkit is up; retry until it accepts.
        while (true) {
            try {
                Platform.runLater(() -> watchWindows(painted, paintedAtEpochMillis));
                break;
            } catch (IllegalStateException notYetStarted) {
                if (painted.getCount() == 0 || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(5);
            }
        }
        boolean ok = painted.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (launchFailure.get() != null) {
            throw new IllegalStateException("the desktop app failed to start", launchFailure.get());
        }
        if (!ok) {
            err.println("smoke test failed: no week view painted within " + TIMEOUT_SECONDS + " s");
            Platform.exit();
            return 1;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long firstPaint = paintedAtEpochMillis.get() - jvmStart;
        out.printf("smoke test: week view painted; first paint %d ms after JVM start (%.3f s)%n", firstPaint,
                firstPaint / 1000.0);
        out.println("SMOKE_FIRST_PAINT_MS=" + firstPaint);

        // 2. The store (H2, Flyway migration, Jdbi) on this runtime, in a directory of its own so it never
        //    contends with a store the UI itself may hold open.
        Path storeDir = Files.createDirectories(dataDir.resolve("store"));
        long t0 = System.nanoTime();
        // From the migrations, not the new-store template: store upgrades depend on Flyway working here.
        try (Services services = Services.over(Store.openFromMigrations(storeDir))) {
            services.settings().get();
        }
        out.printf("smoke test: store opened, migrated and closed in %s (%d ms)%n", storeDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));

        // 3. The start-up cache (installed app only): whether this start mapped it, or made it for the next.
        String cache = SlotwiseApp.startupCache().completeOnTimeout(Optional.empty(), 10, TimeUnit.SECONDS).join()
                .map(Enum::name).orElse("NONE");
        out.println("SMOKE_STARTUP_CACHE=" + cache);

        if (holdMillis > 0) {
            Thread.sleep(holdMillis);
        }
        Platform.exit();
        if (!exited.await(10, TimeUnit.SECONDS)) {
            err.println("smoke test failed: the desktop app did not stop within 10 s");
            return 1;
        }
        out.println("smoke test: OK");
        return 0;
    }

    /** On the FX thread: follows every window, and marks the first pulse where a week view is laid out. */
    private static void watchWindows(CountDownLatch painted, AtomicLong paintedAt) {
        ListChangeListener<Window> onWindows = change -> Window.getWindows().forEach(w -> watch(w, painted, paintedAt));
        Window.getWindows().addListener(onWindows);
        Window.getWindows().forEach(w -> watch(w, painted, paintedAt));
    }

    private static void watch(Window window, CountDownLatch painted, AtomicLong paintedAt) {
        if (window.getProperties().putIfAbsent(SmokeTest.class, Boolean.TRUE) != null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Scene scene = window.getScene();
            if (painted.getCount() > 0 && window.isShowing() && scene != null && hasWeek(scene.getRoot())) {
                paintedAt.set(System.currentTimeMillis());
                painted.countDown();
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(listener[0]);
            }
        });
        if (window.getScene() != null) {
            window.getScene().addPostLayoutPulseListener(listener[0]);
        }
        Platform.requestNextPulse();
    }

    /** A visible, laid-out week view: CalendarFX's detailed week view, or any node with id "week-view". */
    private static boolean hasWeek(Node node) {
        if (node == null || !node.isVisible()) {
            return false;
        }
        boolean week = node.getClass().getName().equals("com.calendarfx.view.DetailedWeekView")
                || "week-view".equals(node.getId());
        if (week && node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (hasWeek(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
