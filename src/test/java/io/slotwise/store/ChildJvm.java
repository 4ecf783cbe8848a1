package io.slotwise.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second JVM running {@link CrashChild} on the test classpath, with its output (stdout and stderr
 * merged) read line by line. Not a test: surefire skips it.
 */
final class ChildJvm implements AutoCloseable {

    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private final Thread reader;
    private final PrintWriter stdin;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdin = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.reader = new Thread(this::read, "child-" + process.pid() + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -cp <test classpath> io.slotwise.store.CrashChild args…}. */
    static ChildJvm start(String... args) throws IOException {
        return start(CrashChild.class, java.util.Map.of(), args);
    }

    /** Starts {@code java -cp <test classpath> MAIN args…} with {@code env} added to this process's environment. */
    static ChildJvm start(Class<?> main, java.util.Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(childClassPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        return new ChildJvm(pb.start());
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Surefire puts the real classpath here (its own java.class.path is a manifest-only jar). */
    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String childClassPath;

    /**
     * The test classpath with its directories (target/classes, target/test-classes) copied once to a
     * private place: a build running alongside may empty the originals while a child starts or runs.
     */
    static synchronized String childClassPath() throws IOException {
        if (childClassPath != null) {
            return childClassPath;
        }
        for (int attempt = 1; ; attempt++) {
            Path root = Files.createTempDirectory("slotwise-child-classpath");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            List<String> entries = new ArrayList<>();
            int i = 0;
            for (String entry : testClassPath().split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isDirectory(p)) {
                    Path copy = root.resolve("dir" + i++);
                    copyTree(p, copy);
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
            String cp = String.join(File.pathSeparator, entries);
            if (contains(entries, "io/slotwise/store/CrashChild.class") && contains(entries, "io/slotwise/store/Store.class")
                    && contains(entries, "db/migration/common/V1__plan.sql")) {
                return childClassPath = cp;
            }
            deleteTree(root);
            if (attempt == 30) {
                throw new IllegalStateException("the compiled classes are missing from " + testClassPath());
            }
            try {
                Thread.sleep(2000); // a concurrent build is recompiling: wait for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    private static boolean contains(List<String> entries, String resource) {
        return entries.stream().anyMatch(e -> Files.isRegularFile(Path.of(e).resolve(resource)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                try {
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (NoSuchFileException e) {
                    // removed while we walked: the completeness check above decides
                }
            }
        } catch (UncheckedIOException | NoSuchFileException e) {
            // the tree changed under the walk: the completeness check decides
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (output) {
                    output.add(line);
                }
                pending.add(line);
            }
        } catch (IOException e) {
            // the child died mid-line: what was read is kept
        } finally {
            pending.add(EOF);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the next line starting with {@code prefix}, skipping others; fails on exit or timeout. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : pending.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("child did not print " + prefix + " within " + timeout + "; output:\n"
                        + outputText());
            }
            if (line.equals(EOF)) {
                pending.add(EOF);
                throw new AssertionError("child ended before printing " + prefix + "; output:\n" + outputText());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    void send(String line) {
        stdin.println(line);
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} is kill -9), then waits for it to be gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("child did not exit within " + timeout + "; output:\n" + outputText());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Every line the child printed so far (all of them once it has exited). */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    String outputText() {
        return String.join("\n", output());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
