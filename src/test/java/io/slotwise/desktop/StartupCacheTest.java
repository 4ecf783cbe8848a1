package io.slotwise.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache's bookkeeping (which start makes it, when a start leaves it alone, what is cleaned
 * up) and the training process's hand-over of the finished file. That the JVM maps the cache and starts
 * faster with it is checked on the installed app by installers/check.
 */
class StartupCacheTest {

    @TempDir
    Path cacheDir;
    /** Trainings the starts under test began. */
    private final List<String> trainings = new ArrayList<>();

    private StartupCache cache(boolean mapped) {
        return new StartupCache(cacheDir.resolve("startup-1.0-20261126120000.aot"), mapped);
    }

    @Test
    void aStartWithoutTheCacheMakesItAndClaimsTheTraining() throws IOException {
        StartupCache c = cache(false);
        assertThat(c.keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.MAKING);
        assertThat(trainings).hasSize(1);
        assertThat(c.partFile()).exists();
        assertThat(c.file()).doesNotExist();
    }

    @Test
    void aSecondStartWhileTheTrainingRunsLeavesItAlone() throws IOException {
        cache(false).keep(() -> trainings.add("started"));
        assertThat(cache(false).keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.BEING_MADE);
        assertThat(trainings).hasSize(1);
    }

    @Test
    void aTrainingThatDiedLongAgoIsTakenOver() throws IOException {
        StartupCache c = cache(false);
        Files.writeString(c.partFile(), "");
        Files.setLastModifiedTime(c.partFile(),
                FileTime.from(Instant.now().minus(StartupCache.TRAINING_LOCK).minusSeconds(60)));
        assertThat(c.keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.MAKING);
        assertThat(trainings).hasSize(1);
    }

    @Test
    void aCacheTheJvmDidNotMapIsMadeAgainOnceThenLeftAlone() throws IOException {
        StartupCache c = cache(false);
        Files.writeString(c.file(), "damaged");
        assertThat(c.keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.MAKING);
        assertThat(c.file()).doesNotExist();
        assertThat(c.refusedMark()).exists();

        // The new one is refused too: no endless trainings.
        Files.delete(c.partFile());
        Files.writeString(c.file(), "refused again");
        assertThat(cache(false).keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.REFUSED);
        assertThat(trainings).hasSize(1);
        assertThat(c.file()).exists();
    }

    @Test
    void aStartThatMappedTheCacheDeletesOlderBuildsCachesAndNothingElse() throws IOException {
        StartupCache c = cache(true);
        Files.writeString(c.file(), "cache");
        Files.writeString(c.refusedMark(), "");
        Path older = Files.writeString(cacheDir.resolve("startup-0.9-20260101000000.aot"), "old");
        Path olderPart = Files.writeString(cacheDir.resolve("startup-0.9-20260101000000.aot.part"), "");
        Path log = Files.writeString(c.log(), "log");
        Path other = Files.writeString(cacheDir.resolve("notes.txt"), "mine");

        assertThat(c.keep(() -> trainings.add("started"))).isEqualTo(StartupCache.State.IN_USE);
        assertThat(trainings).isEmpty();
        assertThat(c.file()).exists();
        assertThat(log).exists();
        assertThat(other).exists();
        assertThat(older).doesNotExist();
        assertThat(olderPart).doesNotExist();
        assertThat(c.refusedMark()).doesNotExist();
    }

    @Test
    void onlyAnExpandedAbsolutePathNamesACache() {
        String before = System.getProperty(StartupCache.PROPERTY);
        try {
            System.clearProperty(StartupCache.PROPERTY);
            assertThat(StartupCache.ofThisProcess()).as("a development run").isEmpty();
            System.setProperty(StartupCache.PROPERTY, "$HOME/.cache/slotwise/startup-1.aot");
            assertThat(StartupCache.ofThisProcess()).as("a launcher without HOME").isEmpty();
            System.setProperty(StartupCache.PROPERTY, "cache/startup-1.aot");
            assertThat(StartupCache.ofThisProcess()).isEmpty();
            System.setProperty(StartupCache.PROPERTY, cacheDir.resolve("startup-1.aot").toString());
            assertThat(StartupCache.ofThisProcess()).map(StartupCache::file).contains(cacheDir.resolve("startup-1.aot"));
        } finally {
            if (before == null) {
                System.clearProperty(StartupCache.PROPERTY);
            } else {
                System.setProperty(StartupCache.PROPERTY, before);
            }
        }
    }

    @Test
    void theTrainingRunsWithTheLaunchersOptionsMinusTheCacheOnes() {
        assertThat(StartupCache.trainingVmOptions(List.of("-Djpackage.app-version=0.1.0", "--enable-native-access=ALL-UNNAMED",
                "-XX:AOTCache=/home/a/.cache/slotwise/startup-1.aot", "-Xlog:aot=off",
                "-Dslotwise.startupCache=/home/a/.cache/slotwise/startup-1.aot", "-Djava.class.path=/opt/x.jar")))
                .containsExactly("-Djpackage.app-version=0.1.0", "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void theTrainingMovesTheFinishedCacheIntoPlaceAndLogsItsOutput() throws Exception {
        StartupCache c = cache(false);
        // Stands in for bin/java: writes the file named by -XX:AOTCacheOutput, as the JVM does at exit.
        Path java = fakeJava("for a; do case $a in -XX:AOTCacheOutput=*) printf cache > \"${a#*=}\";; esac; done; echo trained");
        train(c, java, List.of("-Dx=1"));
        assertThat(c.file()).hasContent("cache");
        assertThat(c.partFile()).doesNotExist();
        assertThat(c.log()).content().contains("trained");
    }

    @Test
    void aFailedTrainingLeavesNoCacheAndFreesTheClaim() throws Exception {
        StartupCache c = cache(false);
        Path java = fakeJava("echo 'no display' >&2; exit 1");
        train(c, java, List.of());
        assertThat(c.file()).doesNotExist();
        assertThat(c.partFile()).doesNotExist();
        assertThat(c.log()).content().contains("no display");
    }

    /** A start that makes the cache with this "java", waiting for the training process to end. */
    private static void train(StartupCache c, Path java, List<String> vmOptions) throws Exception {
        List<Process> started = new ArrayList<>();
        assertThat(c.keep(() -> started.add(c.trainer(java, vmOptions, "/opt/app.jar").start())))
                .isEqualTo(StartupCache.State.MAKING);
        assertThat(started.get(0).waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private Path fakeJava(String script) throws IOException {
        Path java = Files.writeString(cacheDir.resolve("fake-java"), "#!/bin/sh\n" + script + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }
}
