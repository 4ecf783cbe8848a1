package io.slotwise.store;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Post;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The child process of {@link CrashSafetyTest} and {@link SecondInstanceTest}; run with a mode and a
 * data directory. Not a test: surefire skips it.
 *
 * <ul>
 *   <li>{@code assign DIR}: opens the store, prints {@code BATCH-STARTED}, runs one assign-next batch
 *   over every draft of {@link #OWNER}, prints {@code BATCH-COMMITTED <assigned> <millis>}, then
 *   idles with the store still open until it is killed.</li>
 *   <li>{@code hold DIR}: opens the store, prints {@code OPEN}, then obeys lines on stdin:
 *   {@code WRITE <key>} (writes a setting, prints {@code WROTE <key>}) and {@code EXIT} (closes the
 *   store, prints {@code CLOSED}, exits 0).</li>
 * </ul>
 */
public final class CrashChild {

    static final String OWNER = Workspace.LOCAL_OWNER;
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** A child left alone (its parent gone) ends itself after this long. */
    private static final long IDLE_LIMIT_MS = 120_000;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CrashChild assign|hold DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "assign" -> assign(dir);
            case "hold" -> hold(dir);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void assign(Path dir) throws InterruptedException {
        Services services = Services.over(Store.open(dir), CLOCK, new SplittableRandom(7));
        List<String> ids = services.workspace().store().read(tx -> tx.posts().drafts(OWNER)).stream()
                .map(Post::id).toList();
        say("DRAFTS " + ids.size());
        say("BATCH-STARTED");
        long t0 = System.nanoTime();
        List<Assignment> results = services.queue().assign(OWNER, ids);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long ok = results.stream().filter(Assignment::success).count();
        say("BATCH-COMMITTED " + ok + " " + ms);
        // Idle with the store open: the parent kills us; nothing is closed cleanly.
        Thread.sleep(IDLE_LIMIT_MS);
        Runtime.getRuntime().halt(3);
    }

    private static void hold(Path dir) throws Exception {
        Store store = Store.open(dir);
        say("OPEN");
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(IDLE_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("WRITE ")) {
                String key = line.substring("WRITE ".length()).trim();
                store.inTransaction(tx -> {
                    tx.settings().put(key, "written by the child");
                    return null;
                });
                say("WROTE " + key);
            } else if (line.equals("EXIT")) {
                store.close();
                say("CLOSED");
                System.exit(0);
            }
        }
        // stdin closed: the parent is gone, or wants us to idle until killed
        Thread.sleep(IDLE_LIMIT_MS);
        Runtime.getRuntime().halt(3);
    }
}
