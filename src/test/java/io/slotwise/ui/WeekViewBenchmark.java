package io.slotwise.ui;

import io.slotwise.desktop.CompilerThreadPriority;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

/**
 * Desktop targets of SPEC §10 on the real JavaFX toolkit: a week with ~2,000 visible posts and ~300
 * slot occurrences. Measures
 * <ol>
 *   <li>first paint: from just before {@link MainStage#show} to the end of the first pulse after which
 *       the week view's post cards are laid out (target &lt; 300 ms); 2 warm-ups then 10 repetitions,
 *       each with a new Stage and newly opened services; with the CPU time the FX thread spent in it (the
 *       rest is waiting: for the garbage collector, the render thread, or a core busy with the JIT);</li>
 *   <li>week navigation: from {@code calendar.setDate(next Monday)} (store read + CalendarFX batch
 *       update) to the end of the first pulse in which the new week's cards are laid out (target
 *       &lt; 100 ms); 20 back-and-forth moves after 4 warm-ups;</li>
 *   <li>drag responsiveness: a synthetic MOUSE_PRESSED on a post card, 120 MOUSE_DRAGGED across the
 *       grid (one per pulse, from an AnimationTimer), MOUSE_RELEASED over the queue panel; the
 *       interval between consecutive pulses (post-layout listener timestamps) during the drag.</li>
 * </ol>
 * Times end when the pulse's layout is done (the scene's post-layout pulse listener), i.e. when the
 * frame is handed to the render thread; the render itself is not included.
 *
 * <p>Not a test: a main, run by {@code bench/run week [reps=10] [moves=20] [drags=3] [hold=0]} (BENCHMARKS.md), under
 * {@code $DISPLAY} or, when none is set, a private Xvfb the script starts.
 * Arguments: {@code reps} (first-paint repetitions), {@code moves} (navigation moves), {@code drags} (drags
 * of 120 moves each), {@code hold} (seconds the measured week stays up before navigating, to take a screenshot),
 * {@code jit} ({@code lowered}, the default: the JIT compiler threads at nice 10, as the desktop app's launcher sets
 * them for its whole run, {@link CompilerThreadPriority}; {@code normal}: as the JVM starts them).
 * A full run takes about a minute on 2 cores (it took about 5 before the week view drew cards on canvases).
 */
public final class WeekViewBenchmark {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** Monday 2 March 2026, 06:00 UTC: both benchmark weeks are ahead. */
    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    private static final LocalDate WEEK1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate WEEK2 = WEEK1.plusWeeks(1);
    private static final int ACCOUNTS = 40;
    private static final int SLOTS = 45;
    /** Targets per slot: 16 slots with 7 accounts, 29 with 6 = 286 lanes a day, 2,002 a week. */
    private static final int WIDE_SLOTS = 16;

    private static int REPS = Integer.getInteger("bench.reps", 10);
    private static int MOVES = Integer.getInteger("bench.moves", 20);
    private static int DRAGS = Integer.getInteger("bench.drags", 3);
    /** Seconds the measured week stays on screen before navigation starts, to look at it (0: none). */
    private static double HOLD = Double.parseDouble(System.getProperty("bench.hold", "0"));
    private static final int DRAG_STEPS = 120;
    /** Whether the JIT compiler threads run at a lower priority, as the desktop app has them (jit=normal: not). */
    private static boolean JIT_LOWERED = true;

    private WeekViewBenchmark() {
    }

    public static void main(String[] args) {
        // Arguments as reps=N moves=N drags=N (bench/run week reps=3).
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "reps" -> REPS = Integer.parseInt(kv[1]);
                    case "moves" -> MOVES = Integer.parseInt(kv[1]);
                    case "drags" -> DRAGS = Integer.parseInt(kv[1]);
                    case "hold" -> HOLD = Double.parseDouble(kv[1]);
                    case "jit" -> JIT_LOWERED = switch (kv[1]) {
                        case "lowered" -> true;
                        case "normal" -> false;
                        default -> throw new IllegalArgumentException("jit=lowered or jit=normal, not " + kv[1]);
                    };
                    default -> throw new IllegalArgumentException("Unknown argument " + a);
                }
            }
        }
        // As the desktop app runs: its launcher lowers the JIT compiler threads' priority for the whole process.
        (JIT_LOWERED ? CompilerThreadPriority.lower() : java.util.Optional.<Process>empty()).ifPresent(renice -> {
            try {
                renice.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Application.launch(BenchApp.class, args);
    }

    /** JavaFX refuses a main class that extends Application on the class path: this one is launched. */
    public static final class BenchApp extends Application {
        @Override
        public void start(Stage primary) {
            javafx.application.Platform.setImplicitExit(false);
            Thread t = new Thread(() -> {
                int rc = 0;
                try {
                    run();
                } catch (Throwable e) {
                    e.printStackTrace();
                    rc = 1;
                }
                javafx.application.Platform.exit();
                System.exit(rc);
            }, "week-view-benchmark");
            t.setDaemon(true);
            t.start();
        }
    }

    // ---- data ----

    private static String account(int i) {
        return (i < ACCOUNTS / 2 ? "tw" : "li") + i;
    }

    private static Platform platform(int i) {
        return i < ACCOUNTS / 2 ? Platform.TWITTER : Platform.LINKEDIN;
    }

    private static Services open(Path dir) {
        return Services.over(Store.open(dir), Clock.fixed(NOW, UTC), new SplittableRandom(7));
    }

    /** 40 accounts, 45 daily slots (315 occurrences a week, 2,002 lanes), both weeks full of posts. */
    private static int[] populate(Path dir) {
        try (Services s = open(dir)) {
            s.settings().save(s.settings().get().withDisplayTimezone(UTC));
            for (int i = 0; i < ACCOUNTS; i++) {
                s.accounts().create(ME, account(i), platform(i), "Account " + i, null, List.of());
            }
            int[] lanesPerDay = new int[ACCOUNTS];
            int next = 0;
            for (int i = 0; i < SLOTS; i++) {
                int width = i < WIDE_SLOTS ? 7 : 6;
                List<Target> targets = new ArrayList<>();
                for (int j = 0; j < width; j++) {
                    int a = (next + j) % ACCOUNTS;
                    targets.add(Target.account(platform(a), account(a)));
                    lanesPerDay[a]++;
                }
                next = (next + width) % ACCOUNTS;
                LocalTime start = LocalTime.of(7 + i % 14, (i / 14) * 15);
                s.slots().create(ME, new SlotSpec(null, Recurrence.daily(1), start, start.plusHours(1), UTC,
                        targets, Set.of(), true, null, Set.of()));
            }
            // Exactly two weeks of lanes per account: the queue fills week 1, then week 2.
            List<String> ids = new ArrayList<>();
            int n = 0;
            for (int a = 0; a < ACCOUNTS; a++) {
                for (int k = 0; k < lanesPerDay[a] * 14; k++) {
                    Post d = s.posts().createDraft(ME, new DraftInput(platform(a), account(a), null,
                            PostContent.text("Post " + (n++) + " for " + account(a) + ": a first line of some length"),
                            null, Set.of()));
                    ids.add(d.id());
                }
            }
            List<Assignment> done = s.queue().assign(ME, ids);
            long ok = done.stream().filter(Assignment::success).count();
            int w1 = s.posts().between(ME, WEEK1.atStartOfDay(UTC).toInstant(),
                    WEEK2.atStartOfDay(UTC).toInstant()).size();
            int w2 = s.posts().between(ME, WEEK2.atStartOfDay(UTC).toInstant(),
                    WEEK2.plusWeeks(1).atStartOfDay(UTC).toInstant()).size();
            return new int[] {ids.size(), (int) ok, w1, w2};
        }
    }

    // ---- FX plumbing ----

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Records every post-layout pulse of a scene; completes a waiter at the first pulse its condition holds. */
    private static final class Pulses {
        final List<Long> times = new ArrayList<>();
        private BooleanSupplier condition;
        private CompletableFuture<Long> waiter;
        boolean recording;

        Pulses(Scene scene) {
            scene.addPostLayoutPulseListener(this::pulse);
        }

        /** FX thread only. */
        CompletableFuture<Long> await(BooleanSupplier when) {
            condition = when;
            waiter = new CompletableFuture<>();
            return waiter;
        }

        private void pulse() {
            long t = System.nanoTime();
            if (recording) {
                times.add(t);
            }
            if (waiter != null && condition.getAsBoolean()) {
                CompletableFuture<Long> w = waiter;
                waiter = null;
                w.complete(t);
            }
        }
    }

    /** The drawn cards: one canvas per band with posts, one per loose post. */
    private static Stream<PostCards> cards(MainWindow w) {
        return w.calendar().weekView().lookupAll(".post-cards").stream()
                .filter(PostCards.class::isInstance).map(PostCards.class::cast);
    }

    private static boolean laidOut(Node n) {
        return n.isVisible() && n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0
                && n.getScene() != null;
    }

    /** Whether cards of the week starting on {@code monday} are on the grid with a size. */
    private static boolean cardsOf(MainWindow w, LocalDate monday) {
        Instant from = monday.atStartOfDay(UTC).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(UTC).toInstant();
        return cards(w).anyMatch(c -> {
            Instant t = c.posts().get(0).scheduledAt();
            return !t.isBefore(from) && t.isBefore(to) && laidOut(c);
        });
    }

    // ---- the benchmark ----

    /** A window painted: its first paint in ms, and the CPU time the FX thread spent on it in ms. */
    private record Open(Stage stage, Services services, MainWindow window, Pulses pulses, double ms, double cpuMs) {
        void close() throws Exception {
            fx(() -> {
                window.stopApi();
                stage.close();
                return null;
            });
            services.close();
        }
    }

    private static Open firstPaint(Path dir) throws Exception {
        Services s = open(dir);
        // A GC before, not inside, the measured window.
        System.gc();
        Thread.sleep(200);
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Object[] made = new Object[3];
        long[] t0 = new long[1];
        // CPU time of the FX thread alone: what the window costs, apart from waits for the GC, the renderer or a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        fx(() -> {
            Stage stage = new Stage();
            cpu[0] = threads.getCurrentThreadCpuTime();
            t0[0] = System.nanoTime();
            MainWindow w = MainStage.show(stage, s, Clock.fixed(NOW, UTC));
            Pulses p = new Pulses(w.getScene());
            p.await(() -> cardsOf(w, WEEK1)).whenComplete((t, e) -> {
                cpu[1] = threads.getCurrentThreadCpuTime(); // in the pulse, on the FX thread
                if (e != null) {
                    painted.completeExceptionally(e);
                } else {
                    painted.complete(t);
                }
            });
            made[0] = stage;
            made[1] = w;
            made[2] = p;
            return null;
        });
        long t1 = painted.get(60, TimeUnit.SECONDS);
        return new Open((Stage) made[0], s, (MainWindow) made[1], (Pulses) made[2], (t1 - t0[0]) / 1e6,
                (cpu[1] - cpu[0]) / 1e6);
    }

    private static void run() throws Exception {
        Path dir = Files.createTempDirectory("slotwise-uibench");
        long p0 = System.nanoTime();
        int[] pop = populate(dir);
        System.out.printf(Locale.ROOT, "data: %d posts created, %d scheduled; week of %s: %d posts, week of %s: %d posts;"
                        + " %d accounts, %d daily slots (%d occurrences a week) [%.1f s to build]%n",
                pop[0], pop[1], WEEK1, pop[2], WEEK2, pop[3], ACCOUNTS, SLOTS, SLOTS * 7, (System.nanoTime() - p0) / 1e9);

        // 1. first paint
        List<Double> paint = new ArrayList<>();
        List<Double> paintCpu = new ArrayList<>();
        for (int i = 0; i < REPS + 2; i++) {
            Open o = firstPaint(dir);
            if (i >= 2) {
                paint.add(o.ms());
                paintCpu.add(o.cpuMs());
            }
            int[] counts = fx(() -> new int[] {cards(o.window()).mapToInt(c -> c.posts().size()).sum(),
                    o.window().calendar().weekView().lookupAll(".slot-band").size()});
            System.out.printf(Locale.ROOT, "  first paint %s%d: %.1f ms, FX thread CPU %.1f ms (%d cards, %d band views)%n",
                    i < 2 ? "warm-up " : "#", i < 2 ? i + 1 : i - 1, o.ms(), o.cpuMs(), counts[0], counts[1]);
            o.close();
        }

        // 2. navigation and 3. drag on one window
        Open o = firstPaint(dir);
        MainWindow w = o.window();
        Thread.sleep(700); // past the scroll-to-working-hours transition
        if (HOLD > 0) {
            System.out.printf(Locale.ROOT, "  holding the week on screen for %.0f s%n", HOLD);
            Thread.sleep((long) (HOLD * 1000));
        }
        List<Double> nav = new ArrayList<>();
        List<Double> navRefresh = new ArrayList<>();
        for (int i = 0; i < MOVES + 4; i++) {
            LocalDate target = i % 2 == 0 ? WEEK2 : WEEK1;
            System.gc();
            Thread.sleep(150);
            CompletableFuture<Long> done = new CompletableFuture<>();
            long[] t = fx(() -> {
                long a = System.nanoTime();
                w.calendar().setDate(target);
                long b = System.nanoTime();
                o.pulses().await(() -> cardsOf(w, target)).whenComplete((x, e) -> done.complete(x));
                return new long[] {a, b};
            });
            long end = done.get(60, TimeUnit.SECONDS);
            if (i >= 4) {
                nav.add((end - t[0]) / 1e6);
                navRefresh.add((t[1] - t[0]) / 1e6);
            }
        }
        fx(() -> {
            w.calendar().setDate(WEEK1);
            return null;
        });
        Thread.sleep(300);

        List<Double> frames = new ArrayList<>();
        List<Double> releases = new ArrayList<>();
        List<Double> handlerMs = new ArrayList<>();
        for (int d = 0; d < DRAGS; d++) {
            DragResult r = drag(o, d);
            frames.addAll(r.frames());
            releases.add(r.releaseMs());
            handlerMs.addAll(r.handlerMs());
            Thread.sleep(300);
        }
        o.close();

        // report
        System.out.println();
        System.out.println("WeekViewBenchmark: " + pop[2] + " posts + " + SLOTS * 7 + " slot occurrences in the week");
        System.out.println("machine: nproc=" + Runtime.getRuntime().availableProcessors() + ", java "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", javafx " + System.getProperty("javafx.runtime.version") + ", prism " + pipeline()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %6s %8s %8s %8s %8s%n", "measure", "n", "p50", "p95", "max", "target");
        row("first paint (ms)", paint, "< 300");
        row("  FX thread CPU time in it (ms)", paintCpu, "");
        row("next/previous week, to laid-out pulse (ms)", nav, "< 100");
        row("  of which setDate -> refresh (ms)", navRefresh, "");
        row("drag: interval between pulses (ms)", frames, "16.7");
        row("drag: work per move in filter (ms)", handlerMs, "");
        row("drop on queue -> laid-out pulse (ms)", releases, "");
        long over16 = frames.stream().filter(f -> f > 16.7).count();
        long over20 = frames.stream().filter(f -> f > 20).count();
        long over33 = frames.stream().filter(f -> f > 33.3).count();
        System.out.printf(Locale.ROOT, "drag frames: %d intervals, %d over 16.7 ms, %d over 20 ms, %d over 33.3 ms"
                + " (the pulse timer runs at 60 Hz, so a smooth drag sits at ~16.7 ms)%n",
                frames.size(), over16, over20, over33);
        deleteQuietly(dir);
    }

    private record DragResult(List<Double> frames, double releaseMs, List<Double> handlerMs) {
    }

    /** Press on a card, 120 drags across the grid, one per pulse, release over the queue panel. */
    private static DragResult drag(Open o, int which) throws Exception {
        MainWindow w = o.window();
        Scene scene = w.getScene();
        // A card well inside the visible part of the grid, and the geometry of the drag.
        Object[] setup = fx(() -> {
            Bounds grid = w.calendar().weekView().getWeekView().localToScene(
                    w.calendar().weekView().getWeekView().getLayoutBounds());
            Bounds visible = w.calendar().localToScene(w.calendar().getLayoutBounds());
            List<PostCards> cs = cards(w).filter(WeekViewBenchmark::laidOut).filter(c -> {
                Bounds b = c.localToScene(c.getLayoutBounds());
                return b.getMinY() > visible.getMinY() + 60 && b.getMaxY() < visible.getMaxY() - 20
                        && b.getWidth() >= 3;
            }).sorted(Comparator.comparing((PostCards c) -> c.posts().get(0).scheduledAt())).toList();
            PostCards card = cs.get(cs.size() / 4 + which * 37);
            // The band's first card.
            Bounds b = card.localToScene(card.cardBounds(card.posts().get(0).id()).orElseThrow());
            Bounds q = w.queue().localToScene(w.queue().getLayoutBounds());
            return new Object[] {card, new Point2D(b.getCenterX(), b.getCenterY()), grid, visible,
                    new Point2D(q.getCenterX(), q.getCenterY())};
        });
        PostCards card = (PostCards) setup[0];
        Point2D start = (Point2D) setup[1];
        Bounds grid = (Bounds) setup[2];
        Bounds visible = (Bounds) setup[3];
        Point2D queue = (Point2D) setup[4];
        double top = Math.max(grid.getMinY(), visible.getMinY()) + 40;
        double bottom = Math.min(grid.getMaxY(), visible.getMaxY()) - 40;
        // 100 moves zig-zagging over the days and hours, then 20 towards the queue panel.
        Point2D[] path = new Point2D[DRAG_STEPS];
        for (int i = 0; i < 100; i++) {
            double f = i / 99.0;
            double x = grid.getMinX() + 20 + (grid.getWidth() - 40) * (0.5 + 0.5 * Math.sin(f * Math.PI * 3 + which));
            double y = top + (bottom - top) * (0.5 + 0.5 * Math.sin(f * Math.PI * 5));
            path[i] = new Point2D(x, y);
        }
        for (int i = 0; i < 20; i++) {
            path[100 + i] = path[99].interpolate(queue, (i + 1) / 20.0);
        }

        CompletableFuture<Void> moved = new CompletableFuture<>();
        List<Double> handler = new ArrayList<>();
        fx(() -> {
            Event.fireEvent(card, mouse(card, MouseEvent.MOUSE_PRESSED, start, true));
            o.pulses().times.clear();
            o.pulses().recording = true;
            new AnimationTimer() {
                int i;

                @Override
                public void handle(long now) {
                    if (i == DRAG_STEPS) {
                        stop();
                        moved.complete(null);
                        return;
                    }
                    long a = System.nanoTime();
                    Event.fireEvent(card.getScene() != null ? card : scene.getRoot(),
                            mouse(card, MouseEvent.MOUSE_DRAGGED, path[i++], true));
                    handler.add((System.nanoTime() - a) / 1e6);
                }
            }.start();
            return null;
        });
        moved.get(60, TimeUnit.SECONDS);
        CompletableFuture<Long> dropped = new CompletableFuture<>();
        long[] t0 = new long[1];
        List<Long> pulses = fx(() -> {
            o.pulses().recording = false;
            List<Long> copy = new ArrayList<>(o.pulses().times);
            // Any pulse after the drop: the refresh it causes is laid out in it.
            o.pulses().await(() -> true).whenComplete((x, e) -> dropped.complete(x));
            t0[0] = System.nanoTime();
            Node target = card.getScene() != null ? card : scene.getRoot();
            Event.fireEvent(target, mouse(target, MouseEvent.MOUSE_RELEASED, queue, false));
            return copy;
        });
        long end = dropped.get(60, TimeUnit.SECONDS);
        List<Double> frames = new ArrayList<>();
        for (int i = 1; i < pulses.size(); i++) {
            frames.add((pulses.get(i) - pulses.get(i - 1)) / 1e6);
        }
        String msg = fx(() -> ((javafx.scene.control.Labeled) scene.lookup("#message")).getText());
        System.out.printf(Locale.ROOT, "  drag %d: %d pulses, drop: \"%s\"%n", which + 1, pulses.size(), msg);
        return new DragResult(frames, (end - t0[0]) / 1e6, handler);
    }

    private static MouseEvent mouse(Node target, javafx.event.EventType<MouseEvent> type, Point2D scenePoint,
                                    boolean primaryDown) {
        double x = scenePoint.getX();
        double y = scenePoint.getY();
        Scene scene = target.getScene();
        double sx = scene.getWindow().getX() + scene.getX() + x;
        double sy = scene.getWindow().getY() + scene.getY() + y;
        return new MouseEvent(target, target, type, x, y, sx, sy, MouseButton.PRIMARY, 1,
                false, false, false, false, primaryDown, false, false, false, false, false,
                new PickResult(target, x, y));
    }

    private static String pipeline() {
        try {
            Object p = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return p == null ? "?" : p.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return System.getProperty("prism.order", "?");
        }
    }

    private static void row(String name, List<Double> v, String target) {
        if (v.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-44s %6d%n", name, 0);
            return;
        }
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-44s %6d %8.1f %8.1f %8.1f %8s%n", name, s.length, pct(s, 50), pct(s, 95),
                s[s.length - 1], target);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp directory: left behind
        }
    }
}
