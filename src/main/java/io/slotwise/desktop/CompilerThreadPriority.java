package io.slotwise.desktop;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers the scheduling priority of the JIT compiler threads (Linux) so that, while the desktop app starts,
 * the window's own threads win the CPU. A cold start on two cores is CPU-bound and the C2 compiler alone
 * takes about half of the CPU time before the first paint, compiling code the start-up runs once
 * (BENCHMARKS.md, Packaging): at nice 10 it compiles with the CPU time left over, and the first paint
 * comes about 0.2 s sooner. When a core is idle, as it mostly is afterwards, compilation proceeds as before.
 *
 * <p>HotSpot has flags for this ({@code -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority}), but for
 * users other than root they print a warning on every start, command-line uses included; so the threads
 * are found by name in {@code /proc} and reniced with {@code renice}, which any user may do to their own
 * threads. Elsewhere (not Linux, no {@code /proc}, no {@code renice}) nothing happens.
 */
public final class CompilerThreadPriority {

    /** The nice value given to the compiler threads (0 is normal, 19 the lowest priority). */
    static final int NICE = 10;

    private CompilerThreadPriority() {
    }

    /**
     * Starts {@code renice} for the compiler threads and returns at once; the process is returned for those that
     * wait for it (tests, and the week view's benchmark, which measures the window as the desktop runs it). Never
     * throws.
     */
    public static Optional<Process> lower() {
        List<String> threads = compilerThreads();
        if (threads.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(renice(), "-n", Integer.toString(NICE), "-p"));
        command.addAll(threads);
        try {
            return Optional.of(new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** util-linux's renice where Debian and most distributions keep it, else whatever PATH finds. */
    private static String renice() {
        for (String candidate : List.of("/usr/bin/renice", "/bin/renice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "renice";
    }

    /** Thread ids of this JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…" in /proc). */
    static List<String> compilerThreads() {
        List<String> out = new ArrayList<>();
        Path tasks = Path.of("/proc/self/task");
        if (!System.getProperty("os.name", "").startsWith("Linux") || !Files.isDirectory(tasks)) {
            return out;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                String name = Files.readString(task.resolve("comm")).strip();
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    out.add(task.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
