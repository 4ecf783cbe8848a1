package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
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
}
