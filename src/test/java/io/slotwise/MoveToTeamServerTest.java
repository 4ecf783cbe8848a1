package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Subaccount;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.CrossPost;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Move your calendar to a team server", as a user types it: {@code slotwise export} from this computer's
 * calendar, {@code slotwise import --database …} into the team server (the password in PGPASSWORD), and an export
 * from the team server is the same file, byte for byte.
 */
class MoveToTeamServerTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    @Test
    void anExportedCalendarImportedIntoATeamServerExportsAgainByteForByte() throws Exception {
        Path mine = dir.resolve("mine");
        try (Services s = Services.over(Store.open(mine), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
                ZoneOffset.UTC), new SplittableRandom(3))) {
            s.accounts().create(ME, "fb_1", Platform.FACEBOOK, "Brand FB", "brand",
                    List.of(new Subaccount("page_9", "Brand Page")));
            String label = s.labels().create(ME, "Launch 🚀").id();
            s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.FRIDAY), LocalTime.of(9, 15), null,
                    ZoneId.of("Europe/Berlin"), List.of(new Target(Platform.FACEBOOK, "fb_1", "page_9")), Set.of(label),
                    true, null, Set.of()));
            s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw_1", null, new PostContent("A thread ✨",
                    List.of(), List.of(new ThreadPost("second", List.of()))), "{\"targetType\":\"twitter\"}",
                    Set.of(label)));
            s.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.FACEBOOK, "fb_1", "page_9",
                    PostContent.text("page post"), "{\"targetType\":\"facebook\",\"pageId\":\"page_9\"}", Set.of(label)),
                    null, true));
            s.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Hello"),
                    List.of(Platform.INSTAGRAM, Platform.LINKEDIN), Instant.parse("2026-03-05T10:00:00Z"), null));
            s.media().save("mediaUrls", PNG, "image/png");
        }
        Path exported = dir.resolve("calendar.json");
        String[] moved = slotwise("export", exported.toString(), "--data-dir", mine.toString());
        assertThat(moved[0]).contains("Exported 1 slots, 4 posts");

        ThrowawayPostgres pg = ThrowawayPostgres.shared();
        TeamServer team = pg.newTeamServer();
        String[] imported = slotwise("import", exported.toString(), "--database", team.address(), "--data-dir",
                dir.resolve("team-member").toString());
        assertThat(imported[0]).contains("Imported 1 slots, 4 posts").contains("team calendar " + team.address());

        Path again = dir.resolve("again.json");
        slotwise("export", again.toString(), "--database", team.address(), "--data-dir",
                dir.resolve("team-member").toString());
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(Files.readString(exported,
                StandardCharsets.UTF_8));
    }

    /** Runs the real command line in a JVM of its own, as a user would (the password in its environment). */
    private String[] slotwise(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile(dir, "out", ".txt");
        Path errFile = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        pb.environment().put("PGPASSWORD", ThrowawayPostgres.PASSWORD);
        pb.environment().put("HOME", dir.toString()); // no ~/.pgpass of the machine's
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(outFile);
        String err = Files.readString(errFile);
        assertThat(p.exitValue()).as("slotwise " + String.join(" ", args) + "\n" + out + err).isZero();
        assertThat(out + err).doesNotContain(ThrowawayPostgres.PASSWORD);
        return new String[] {out, err};
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
