package io.slotwise.desktop;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed app's start-up cache: the classes a desktop start loads, already parsed and linked, with
 * the profiles of its methods (a JDK 25 AOT cache, JEP 483/514/515), kept per user and per build in
 * {@code ~/.cache/slotwise/}. The app image's launcher maps it at every start ({@code -XX:AOTCache}, see
 * the dist profile in pom.xml); it makes the next start about 0.7 s faster (BENCHMARKS.md, Packaging).
 *
 * <p>It is not shipped: it is ~60 MB, and it must be made by the same runtime for the same jars. A start
 * that ran without it makes it, after its first frame, in the background: a JVM at the lowest priority
 * runs {@link StartupTraining} with {@code -XX:AOTCacheOutput} and moves the finished file into place, so
 * a start never maps half a file. The file's name carries the build (the launcher names it), so an
 * upgrade never maps a cache of other jars, and caches of older builds are deleted once the new one is in use.
 */
public final class StartupCache {

    /** The launcher's option naming the cache file (with {@code $HOME} expanded by the launcher). */
    static final String PROPERTY = "slotwise.startupCache";
    /** A training younger than this is taken to be still under way (another start began it). */
    static final Duration TRAINING_LOCK = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(StartupCache.class);

    /** What the next start should get from this one. */
    public enum State {
        /** This start mapped the cache. */
        IN_USE,
        /** No cache yet: this start makes it. */
        MAKING,
        /** Another start is making it. */
        BEING_MADE,
        /** The JVM did not map the cache, not even after it was made again: starts stay as without one. */
        REFUSED
    }

    private final Path file;
    private final boolean mapped;

    StartupCache(Path file, boolean mapped) {
        this.file = Objects.requireNonNull(file, "file");
        this.mapped = mapped;
    }

    /**
     * The cache this process was started with, if the launcher names one: the installed app does, a
     * development run does not. A launcher without {@code HOME} leaves {@code $HOME} unexpanded: no cache then.
     */
    public static Optional<StartupCache> ofThisProcess() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank() || named.contains("$")) {
            return Optional.empty();
        }
        Path file = Path.of(named);
        if (!file.isAbsolute()) {
            return Optional.empty();
        }
        // HotSpot says "sharing" when it mapped a class archive; the app's runtime has none but this cache.
        return Optional.of(new StartupCache(file, System.getProperty("java.vm.info", "").contains("sharing")));
    }

    Path file() {
        return file;
    }

    /** Where a training writes before the finished file is moved into place. */
    Path partFile() {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /** Marks a cache the JVM would not map, so that it is not made again and again. */
    Path refusedMark() {
        return file.resolveSibling(file.getFileName() + ".refused");
    }

    Path log() {
        return file.resolveSibling("startup-cache.log");
    }

    /**
     * Called once the window is up: deletes older builds' caches when this one is in use, else starts
     * making it (unless that is under way or was refused) and says which.
     */
    public State keep() {
        try {
            return keep(() -> trainer().start());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not make the start-up cache {}: {}", file, e.toString());
            return State.REFUSED;
        }
    }

    State keep(Trainer trainer) throws IOException {
        if (mapped) {
            Files.deleteIfExists(refusedMark());
            deleteOlderBuilds();
            return State.IN_USE;
        }
        if (Files.exists(file)) {
            // Not mapped: damaged, or made by another runtime. Made again once; a second refusal is final.
            if (Files.exists(refusedMark())) {
                return State.REFUSED;
            }
            LOG.warn("The start-up cache {} was not used; making it again (see {})", file, log());
            Files.writeString(refusedMark(), "not mapped by " + System.getProperty("java.vm.version") + "\n");
            Files.delete(file);
        }
        Path part = partFile();
        if (Files.exists(part) && Files.getLastModifiedTime(part).toInstant().isAfter(Instant.now().minus(TRAINING_LOCK))) {
            return State.BEING_MADE;
        }
        Files.createDirectories(file.getParent());
        // Claims the training for this start; a stale claim (a training that died) is taken over.
        Files.deleteIfExists(part);
        Files.writeString(part, "");
        trainer.start();
        return State.MAKING;
    }

    private void deleteOlderBuilds() throws IOException {
        String mine = file.getFileName().toString();
        Predicate<String> ours = n -> n.startsWith("startup-") && !n.startsWith(mine)
                && (n.endsWith(".aot") || n.endsWith(".refused") || n.endsWith(".part"));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent())) {
            for (Path p : siblings) {
                if (ours.test(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Starts a training; the process it starts outlives this one if need be. */
    @FunctionalInterface
    interface Trainer {
        void start() throws IOException;
    }

    /**
     * The training process: {@code sh} runs this runtime's {@code java} at the lowest priority with this
     * process's class path and VM options (the cache is only valid for the same ones), then moves the
     * finished cache into place. Its output goes to the log, not to this process's streams.
     */
    ProcessBuilder trainer() {
        return trainer(Path.of(System.getProperty("java.home"), "bin", "java"),
                trainingVmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                System.getProperty("java.class.path"));
    }

    ProcessBuilder trainer(Path java, List<String> vmOptions, String classPath) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                // The system's own tools first: a launcher's PATH may have none of them.
                "PATH=/usr/bin:/bin:$PATH; if command -v nice >/dev/null 2>&1; then set -- nice -n 19 \"$@\"; fi; "
                        + "\"$@\" && [ -s \"$SLOTWISE_PART\" ] && mv -f \"$SLOTWISE_PART\" \"$SLOTWISE_CACHE\" "
                        + "|| { rm -f \"$SLOTWISE_PART\"; exit 1; }",
                "slotwise-startup-training", java.toString()));
        command.addAll(vmOptions);
        command.add("-XX:AOTCacheOutput=" + partFile());
        command.addAll(List.of("-cp", classPath, "io.slotwise.Main", "--train-startup-cache"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SLOTWISE_PART", partFile().toString());
        pb.environment().put("SLOTWISE_CACHE", file.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.to(log().toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb;
    }

    /** This process's VM options minus the ones that name or quiet the cache itself. */
    static List<String> trainingVmOptions(List<String> inputArguments) {
        return inputArguments.stream()
                .filter(a -> !a.startsWith("-XX:AOTCache") && !a.startsWith("-XX:AOTMode") && !a.startsWith("-Xlog:aot")
                        && !a.startsWith("-D" + PROPERTY + "=") && !a.startsWith("-Djava.class.path="))
                .toList();
    }
}
