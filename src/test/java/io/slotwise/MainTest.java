package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exportThenImportOnTheCommandLineCopiesTheStore() throws Exception {
        Path source = dir.resolve("source");
        try (Services s = Services.open(source)) {
            s.accounts().create(Workspace.LOCAL_OWNER, "tw", Platform.TWITTER, "Tweets", null, List.of());
            s.labels().create(Workspace.LOCAL_OWNER, "Promo");
        }
        Path file = dir.resolve("backup.json");
        assertThat(run("export", file.toString(), "--data-dir", source.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 accounts and 1 labels");
        assertThat(Files.readString(file)).contains("\"format\" : \"slotwise-backup\"");

        Path target = dir.resolve("target");
        assertThat(run("import", file.toString(), "--data-dir", target.toString())).isZero();
        try (Services s = Services.open(target)) {
            assertThat(s.accounts().list(Workspace.LOCAL_OWNER)).extracting(a -> a.name()).containsExactly("Tweets");
        }
        // A second import into the now non-empty store is refused unless asked to replace.
        assertThat(run("import", file.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds data").contains("--replace");
        assertThat(run("import", file.toString(), "--data-dir", target.toString(), "--replace")).isZero();
    }

    @Test
    void aBackupLeavesTheForwardersKeyOutUnlessAskedAndWithKeysItRoundTrips() throws Exception {
        String key = "blt_live_9d3e7c0a55f1";
        Path source = dir.resolve("source");
        try (Services s = Services.open(source)) {
            s.accounts().create(Workspace.LOCAL_OWNER, "tw", Platform.TWITTER, "Tweets", null, List.of());
            s.accounts().setPublisher(Workspace.LOCAL_OWNER, "tw",
                    PublisherForm.blotato(key, "98432", "page-1", null));
        }
        Path plain = dir.resolve("plain.json");
        assertThat(run("export", plain.toString(), "--data-dir", source.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("API keys left out (add --with-keys to include them)");
        assertThat(Files.readString(plain)).doesNotContain(key).contains("\"remoteAccountId\" : \"98432\"");

        Path restored = dir.resolve("restored");
        assertThat(run("import", plain.toString(), "--data-dir", restored.toString())).isZero();
        try (Services s = Services.open(restored)) {
            Publisher p = s.accounts().publisher(Workspace.LOCAL_OWNER, "tw");
            assertThat(p.kind()).as("still Blotato, not manual").isEqualTo(PublisherKind.BLOTATO);
            assertThat(p.needsKey()).isTrue();
            assertThat(p.forwarder().pageId()).isEqualTo("page-1");
            assertThat(p.describe()).isEqualTo("Blotato — needs its API key");
        }

        Path withKeys = dir.resolve("with-keys.json");
        assertThat(run("export", withKeys.toString(), "--data-dir", source.toString(), "--with-keys")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("holds the API keys").doesNotContain(key);
        assertThat(Files.readString(withKeys)).contains(key);
        Path copy = dir.resolve("copy");
        assertThat(run("import", withKeys.toString(), "--data-dir", copy.toString())).isZero();
        try (Services s = Services.open(copy); Services o = Services.open(source)) {
            assertThat(s.accounts().publisher(Workspace.LOCAL_OWNER, "tw"))
                    .isEqualTo(o.accounts().publisher(Workspace.LOCAL_OWNER, "tw"));
            assertThat(s.accounts().publisher(Workspace.LOCAL_OWNER, "tw").forwarder().apiKey()).isEqualTo(key);
        }
    }

    @Test
    void badArgumentsAndFilesGetAClearMessage() throws Exception {
        assertThat(run("export")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export needs the FILE to write");
        assertThat(run("import", dir.resolve("missing.json").toString(), "--data-dir", dir.resolve("d").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file");
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"hello\": 1}");
        assertThat(run("import", junk.toString(), "--data-dir", dir.resolve("d").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not a Slotwise backup");
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Slotwise ");
    }

    @Test
    void importCsvPrintsThePreviewAndWritesAllRowsOrNone() throws Exception {
        Path data = dir.resolve("data");
        try (Services s = Services.open(data)) {
            s.accounts().create(Workspace.LOCAL_OWNER, "tw", Platform.TWITTER, "Tweets", null, List.of());
            s.slots().create(Workspace.LOCAL_OWNER, new io.slotwise.service.SlotSpec(null,
                    io.slotwise.engine.Recurrence.weekly(1, java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(9, 0),
                    null, java.time.ZoneId.of("UTC"), List.of(), java.util.Set.of(), true, null, java.util.Set.of()));
        }
        Path bad = Files.writeString(dir.resolve("bad.csv"), "text,account,time\n"
                + "\"fine,\nreally\",tw,\n"
                + "hello,nobody,\n"
                + "late,tw,2001-01-01 09:00\n");
        assertThat(run("import-csv", bad.toString(), "--data-dir", data.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 rows, 2 with errors");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("line 4, account: Account \"nobody\" not found")
                .contains("line 5, time: Scheduled time is in the past")
                .contains("Nothing was imported.");

        Path good = Files.writeString(dir.resolve("good.csv"), "Account,Text,Time\n"
                + "tw,\"one, with comma\",\n"
                + "Tweets,two 🎉,2099-06-01 12:00\n");
        assertThat(run("import-csv", good.toString(), "--data-dir", data.toString(), "--zone", "Europe/Berlin",
                "--fill-slots", "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows: 0 drafts, 2 scheduled")
                .contains("local times in Europe/Berlin").contains("Dry run: nothing was written.");
        try (Services s = Services.open(data)) {
            assertThat(s.posts().drafts(Workspace.LOCAL_OWNER)).isEmpty();
            assertThat(s.backup().snapshot().posts()).isEmpty();
        }
        assertThat(run("import-csv", good.toString(), "--data-dir", data.toString(), "--zone", "Europe/Berlin"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 2 posts (1 drafts, 1 scheduled)");
        try (Services s = Services.open(data)) {
            assertThat(s.posts().drafts(Workspace.LOCAL_OWNER)).extracting(p -> p.content().text())
                    .containsExactly("one, with comma");
            assertThat(s.backup().snapshot().posts()).filteredOn(p -> p.scheduledAt() != null)
                    .extracting(p -> p.scheduledAt()).containsExactly(java.time.Instant.parse("2099-06-01T10:00:00Z"));
        }

        assertThat(run("import-csv", good.toString(), "--data-dir", data.toString(), "--zone", "Mars/Base")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--zone must be an IANA time zone");
        assertThat(run("import-csv", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import-csv needs the CSV FILE");
        assertThat(Main.USAGE).contains("slotwise import-csv FILE [--data-dir DIR] [--database URL] [--zone ZONE] [--fill-slots] [--dry-run]");
    }

    @Test
    void exportIcalWritesTheScheduledPlanOfOneAccountOrAll() throws Exception {
        Path data = dir.resolve("cal");
        String tweet;
        try (Services s = Services.open(data)) {
            s.accounts().create(Workspace.LOCAL_OWNER, "tw", Platform.TWITTER, "Tweets", null, List.of());
            s.accounts().create(Workspace.LOCAL_OWNER, "li", Platform.LINKEDIN, "Page", null, List.of());
            s.slots().create(Workspace.LOCAL_OWNER, new io.slotwise.service.SlotSpec(null,
                    io.slotwise.engine.Recurrence.weekly(1, java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(9, 0),
                    null, java.time.ZoneId.of("Europe/Berlin"), List.of(io.slotwise.engine.Target.account(Platform.LINKEDIN,
                    "li")), java.util.Set.of(), true, null, java.util.Set.of()));
            for (String account : List.of("tw", "li")) {
                var d = s.posts().createDraft(Workspace.LOCAL_OWNER, new io.slotwise.service.DraftInput(
                        account.equals("tw") ? Platform.TWITTER : Platform.LINKEDIN, account, null,
                        io.slotwise.engine.PostContent.text("for " + account), null, java.util.Set.of()));
                s.posts().moveToTime(Workspace.LOCAL_OWNER, d.id(), java.time.Instant.parse("2099-01-05T10:00:00Z"));
            }
            tweet = s.schedules().listScheduled(Workspace.LOCAL_OWNER, 20, null).items().stream()
                    .filter(p -> p.accountId().equals("tw")).findFirst().orElseThrow().id();
        }
        Path all = dir.resolve("all.ics");
        assertThat(run("export-ical", all.toString(), "--slots", "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 2 scheduled posts and 1 active slots to");
        net.fortuna.ical4j.model.Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(Files.newInputStream(all));
        assertThat(cal.getComponents("VEVENT")).hasSize(3);
        assertThat(cal.getComponents("VTIMEZONE")).hasSize(1);

        Path one = dir.resolve("tw.ics");
        assertThat(run("export-ical", one.toString(), "--account", "tw", "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 1 scheduled posts of account tw");
        assertThat(Files.readString(one)).contains("UID:" + tweet + "@slotwise").contains("X-WR-CALNAME:Slotwise — Tweets")
                .doesNotContain("RRULE");

        assertThat(run("export-ical", one.toString(), "--account", "nobody", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Account \"nobody\" not found");
        assertThat(run("export-ical", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export-ical needs the FILE to write");
    }

    @Test
    void theCommandsOpenTheTeamCalendarChosenInSettingsUnlessToldOtherwise() throws Exception {
        io.slotwise.store.TeamServer team = io.slotwise.store.ThrowawayPostgres.shared().newTeamServer();
        Path data = dir.resolve("member");
        try (Services own = Services.open(io.slotwise.service.CalendarLocation.embedded(data))) {
            own.labels().create(Workspace.LOCAL_OWNER, "Mine");
        }
        // Settings → Team calendar, as the desktop remembers it (the password in the data directory's own file).
        io.slotwise.service.TeamCalendarChoice.remember(data, team.address(), io.slotwise.store.ThrowawayPostgres.PASSWORD);
        try (Services shared = Services.open(io.slotwise.service.CalendarLocation.chosenIn(data))) {
            shared.labels().create(Workspace.LOCAL_OWNER, "Launch");
            shared.labels().create(Workspace.LOCAL_OWNER, "Evergreen");
        }
        Path file = dir.resolve("calendar.json");
        assertThat(run("export", file.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 labels").contains("from the team calendar " + team.address());

        io.slotwise.service.TeamCalendarChoice.forget(data);
        assertThat(run("export", file.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 labels").doesNotContain("team calendar");
    }
}
