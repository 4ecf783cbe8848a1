package io.slotwise.store;

import io.slotwise.engine.Assignment;
import io.slotwise.service.Services;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One member's app in {@link TeamCalendarConcurrencyTest}: opens the team server given on the command line (the
 * password in PGPASSWORD, as a user gives it) and runs several writers at once, each assigning its share of the
 * drafts to their next free slots in small batches. Prints {@code ACK <post> <time> <slot>} for every placement
 * the service returned (committed), {@code WRITER-DONE <n> <placed>} per writer, {@code ALL-DONE}. Not a test.
 *
 * <p>Usage: {@code TeamWriterChild ADDRESS DATA_DIR FIRST_WRITER WRITERS OF_WRITERS DRAFTS BATCH}: this app's
 * writers are FIRST_WRITER … FIRST_WRITER+WRITERS-1 of OF_WRITERS; writer w takes the drafts i with
 * {@code i % OF_WRITERS == w}.
 */
public final class TeamWriterChild {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private TeamWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        TeamServer server = TeamServer.parse(args[0], System.getenv("PGPASSWORD"));
        java.nio.file.Path dataDir = java.nio.file.Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        int of = Integer.parseInt(args[4]);
        int drafts = Integer.parseInt(args[5]);
        int batch = Integer.parseInt(args[6]);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Services app = Services.over(Store.openTeam(server, dataDir), clock, new SplittableRandom(first))) {
            say("OPEN");
            List<Thread> threads = new ArrayList<>();
            for (int w = first; w < first + writers; w++) {
                int writer = w;
                Thread t = new Thread(() -> write(app, writer, of, drafts, batch), "writer-" + w);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        say("ALL-DONE");
    }

    private static void write(Services app, int writer, int of, int drafts, int batch) {
        List<String> mine = new ArrayList<>();
        for (int i = writer; i < drafts; i += of) {
            mine.add(TeamCalendarConcurrencyTest.draftId(i));
        }
        int placed = 0;
        for (int from = 0; from < mine.size(); from += batch) {
            List<Assignment> results = app.queue().assign(TeamCalendarConcurrencyTest.OWNER,
                    mine.subList(from, Math.min(mine.size(), from + batch)));
            StringBuilder acks = new StringBuilder();
            for (Assignment a : results) {
                if (a.success()) {
                    placed++;
                    acks.append("ACK ").append(a.postId()).append(' ').append(a.placement().scheduledAt()).append(' ')
                            .append(a.placement().occurrence().slotId()).append('\n');
                } else {
                    acks.append("REFUSED ").append(a.postId()).append(' ').append(a.message()).append('\n');
                }
            }
            synchronized (System.out) {
                System.out.print(acks);
                System.out.flush();
            }
        }
        say("WRITER-DONE " + writer + " " + placed);
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
