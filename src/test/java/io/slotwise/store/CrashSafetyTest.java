package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Account;
import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8: a crash (SIGKILL) at any moment of a big assign-next batch leaves a store that opens
 * cleanly and holds the whole batch or none of it; a batch whose commit returned is never lost.
 *
 * <p>A template store (one weekly slot per account, {@value #DRAFTS} drafts) is built once; each run
 * copies it, starts {@link CrashChild} on the copy, kills it a given time after it announced the
 * batch (or once it reported the commit), and inspects the copy.
 */
class CrashSafetyTest {

    /** One weekly slot each; {@value #DRAFTS} / {@value #ACCOUNTS} weeks fit well inside the 2-year horizon. */
    static final int ACCOUNTS = 100;
    /** Tuned so the batch takes a second or two in a fresh JVM on 2 cores. */
    static final int DRAFTS = 6_000;
    /** How long the batch took in the run that let it commit; the fractional kill moments scale with it. */
    static volatile long batchMillis = -1;
    /** How much the database file grew in the run that let it commit. */
    static volatile long batchBytes = -1;

    @TempDir
    static Path tmp;
    static Path template;
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    @BeforeAll
    static void prepareTemplate() {
        template = tmp.resolve("template");
        long t0 = System.nanoTime();
        try (Store store = Store.open(template)) {
            store.inTransaction(tx -> {
                for (int a = 0; a < ACCOUNTS; a++) {
                    String account = account(a);
                    tx.accounts().insert(new Account(account, CrashChild.OWNER, Platform.LINKEDIN, "Account " + a,
                            "user" + a, false, List.of()), CrashChild.NOW);
                    Slot slot = Slot.builder(slotOf(account))
                            .recurrence(Recurrence.weekly(1, DayOfWeek.of(1 + a % 7)))
                            .at(LocalTime.of(8 + a % 10, (a / 10 % 4) * 15))
                            .zone("UTC")
                            .targets(Target.account(Platform.LINKEDIN, account))
                            .startDate(LocalDate.of(2026, 3, 2))
                            .build();
                    tx.slots().insert(new CalendarSlot(CrashChild.OWNER, slot, CrashChild.NOW), CrashChild.NOW);
                }
                for (int i = 0; i < DRAFTS; i++) {
                    Instant created = CrashChild.NOW.minusSeconds(DRAFTS - i);
                    tx.posts().insert(new Post(String.format("post_%05d", i), CrashChild.OWNER, PostStatus.DRAFT,
                            Platform.LINKEDIN, account(i % ACCOUNTS), null, PostContent.text("draft number " + i),
                            null, Set.of(), null, null, null, created, created));
                }
                return null;
            });
        }
        System.out.printf("CrashSafetyTest: template with %d accounts/slots and %d drafts built in %d ms%n",
                ACCOUNTS, DRAFTS, (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void printOutcomes() {
        System.out.println("CrashSafetyTest outcomes (kill moment -> state after reopening):");
        OUTCOMES.forEach((moment, outcome) -> System.out.printf("  %-28s %s%n", moment, outcome));
    }

    static String account(int a) {
        return String.format("li_%03d", a);
    }

    static String slotOf(String account) {
        return "slot_" + account;
    }

    /**
     * When to kill: the run that waits for BATCH-COMMITTED goes first (its batch time scales the
     * fractional moment), then fixed delays after BATCH-STARTED, then a fraction of the batch time,
     * which lands late in it (the engine work comes first, the JDBC batch and commit last), then the
     * moment the child's database file first changes after BATCH-STARTED (H2 writing the batch's pages
     * or its commit), a little after that, and when the file has grown by half of what the whole
     * committed batch added (much of the batch is in the file, committed or not).
     */
    static Stream<String> killMoments() {
        return Stream.of("after BATCH-COMMITTED", "0 ms", "400 ms", "90 %",
                "first write + 0 ms", "first write + 20 ms", "file grown 50 %");
    }

    /** Size and modification time of the database file: a change means H2 wrote to it. */
    record FileState(long size, long modifiedNanos) {
        static FileState of(Path dir) throws IOException {
            Path f = dir.resolve(Store.FILE_NAME + ".mv.db");
            return new FileState(Files.size(f), Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
        }
    }

    /**
     * Polls until the file differs from {@code before} and has grown by at least {@code minGrowth}
     * bytes; false if the child reported the commit first.
     */
    private static boolean awaitWrite(ChildJvm child, Path dir, FileState before, long minGrowth) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            FileState now = FileState.of(dir);
            if (!now.equals(before) && now.size() - before.size() >= minGrowth) {
                return true;
            }
            if (child.output().stream().anyMatch(l -> l.startsWith("BATCH-COMMITTED"))) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        throw new AssertionError("the child never wrote to its database file; output:\n" + child.outputText());
    }

    private static long delayMillis(String moment) {
        String[] parts = moment.split(" ");
        if (moment.startsWith("file grown")) {
            return 0;
        }
        if (parts[1].equals("%")) {
            return (batchMillis > 0 ? batchMillis : 1000) * Long.parseLong(parts[0]) / 100;
        }
        return Long.parseLong(parts[parts.length - 2]); // "N ms", "first write + N ms"
    }

    @ParameterizedTest(name = "kill {0}")
    @MethodSource("killMoments")
    void aKilledBatchIsAllOrNothingAndACommittedOneSurvives(String moment) throws Exception {
        boolean afterCommit = moment.startsWith("after");
        Path dir = tmp.resolve("run_" + moment.replaceAll("\\W+", "_"));
        copy(template, dir);

        String committedLine;
        long delay = afterCommit ? -1 : delayMillis(moment);
        long startedAt;
        long killedAt;
        FileState atStart;
        FileState atKill;
        String firstWrite = "";
        try (ChildJvm child = ChildJvm.start("assign", dir.toString())) {
            child.awaitLine("BATCH-STARTED", Duration.ofSeconds(60));
            startedAt = System.nanoTime();
            atStart = FileState.of(dir);
            if (afterCommit) {
                String line = child.awaitLine("BATCH-COMMITTED", Duration.ofSeconds(60));
                batchMillis = Long.parseLong(line.split(" ")[2]);
                batchBytes = FileState.of(dir).size() - atStart.size();
            } else if (moment.startsWith("first write") || moment.startsWith("file grown")) {
                long minGrowth = moment.startsWith("file grown")
                        ? Math.max(1, batchBytes) * Long.parseLong(moment.split(" ")[2]) / 100 : 0;
                boolean wrote = awaitWrite(child, dir, atStart, minGrowth);
                firstWrite = wrote ? String.format("file written (+%d bytes wanted) by %d ms after STARTED; ",
                        minGrowth, (System.nanoTime() - startedAt) / 1_000_000)
                        : "committed before that write was seen; ";
                if (delay > 0) {
                    Thread.sleep(delay);
                }
            } else if (delay > 0) {
                Thread.sleep(delay);
            }
            killedAt = System.nanoTime();
            atKill = FileState.of(dir);
            int exit = child.kill();
            assertThat(exit).as("exit code of a SIGKILLed JVM").isEqualTo(137);
            // Whatever the child printed before it died is in the pipe: a BATCH-COMMITTED line here means
            // its commit had returned before the kill.
            committedLine = child.output().stream().filter(l -> l.startsWith("BATCH-COMMITTED"))
                    .findFirst().orElse(null);
            assertThat(child.output()).as("child output").noneMatch(l -> l.contains("Exception"));
        }

        Outcome outcome;
        try (Store store = Store.open(dir)) {
            outcome = inspect(store);
            // The reopened store is usable: it takes a write and answers reads.
            store.inTransaction(tx -> {
                tx.settings().put("afterCrash", "yes");
                return null;
            });
            Optional<String> written = store.read(tx -> tx.settings().get("afterCrash"));
            assertThat(written).contains("yes");
            int v1 = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '1'")
                    .mapTo(Integer.class).one());
            assertThat(v1).as("Flyway history has V1, successful").isEqualTo(1);
        }

        String when = String.format("%skilled %d ms after STARTED was read, db file %s (%+d bytes)", firstWrite,
                (killedAt - startedAt) / 1_000_000, atKill.equals(atStart) ? "untouched" : "written",
                atKill.size() - atStart.size());
        String batch = committedLine == null ? "child never reported the commit"
                : "child reported \"" + committedLine + "\" (assigned, ms)";
        String label = afterCommit ? moment : moment + " (" + delay + " ms)";
        synchronized (OUTCOMES) {
            OUTCOMES.put(label, outcome + ": " + when + "; " + batch);
        }
        System.out.printf("CrashSafetyTest kill %s -> %s%n", label, OUTCOMES.get(label));

        if (committedLine != null) {
            assertThat(outcome).as("a batch whose commit returned must survive a kill").isEqualTo(Outcome.ALL);
        }
        if (afterCommit) {
            assertThat(committedLine).isNotNull();
        }
    }

    enum Outcome { ALL, NONE }

    /** All drafts assigned (each in its own lane) or none; anything else fails. */
    static Outcome inspect(Store store) {
        List<Post> posts = store.read(tx -> tx.posts().all());
        assertThat(posts).as("posts after reopening").hasSize(DRAFTS);
        long drafts = posts.stream().filter(p -> p.status() == PostStatus.DRAFT).count();
        long scheduled = posts.stream().filter(p -> p.status() == PostStatus.SCHEDULED).count();
        assertThat(drafts + scheduled).as("only drafts and scheduled posts").isEqualTo(DRAFTS);
        if (drafts == DRAFTS) {
            assertThat(posts).allSatisfy(p -> {
                assertThat(p.scheduledAt()).isNull();
                assertThat(p.slotId()).isNull();
                assertThat(p.occurrenceStart()).isNull();
            });
            List<PlannedPost> holders = store.read(tx -> tx.plannedPosts().laneHolders(CrashChild.NOW.minusSeconds(86_400)));
            assertThat(holders).isEmpty();
            return Outcome.NONE;
        }
        assertThat(scheduled).as("a partial batch: %d of %d drafts scheduled", scheduled, DRAFTS).isEqualTo(DRAFTS);

        Set<List<Object>> lanes = new HashSet<>();
        Map<String, List<Instant>> timesByAccount = new HashMap<>();
        for (Post p : posts) {
            assertThat(p.scheduledAt()).as("time of %s", p.id()).isAfter(CrashChild.NOW);
            assertThat(p.slotId()).as("slot of %s", p.id()).isEqualTo(slotOf(p.accountId()));
            assertThat(p.occurrenceStart()).as("occurrence of %s", p.id()).isNotNull();
            assertThat(lanes.add(List.of(p.slotId(), p.occurrenceStart(), p.accountId())))
                    .as("lane of %s (%s %s %s) booked once", p.id(), p.slotId(), p.occurrenceStart(), p.accountId())
                    .isTrue();
            timesByAccount.computeIfAbsent(p.accountId(), k -> new ArrayList<>()).add(p.scheduledAt());
        }
        timesByAccount.forEach((account, times) ->
                assertThat(new HashSet<>(times)).as("distinct times of %s", account).hasSize(times.size()));
        // The index on scheduled_at agrees with the rows (no torn index after recovery).
        long byTimeIndex = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM post WHERE scheduled_at > :now").bind("now", CrashChild.NOW)
                .mapTo(Long.class).one());
        assertThat(byTimeIndex).isEqualTo(DRAFTS);
        List<PlannedPost> holders = store.read(tx -> tx.plannedPosts().laneHolders(CrashChild.NOW));
        assertThat(holders).hasSize(DRAFTS);
        return Outcome.ALL;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
