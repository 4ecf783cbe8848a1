import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * Fails the dist build when jlink/jlink.args misses a JDK module the app needs. Runs jdeps on the app
 * jar and every runtime jar (on the class path, as the app runs them: a jar's module-info may require a module the
 * build leaves out, such as Javalin's WebSocket server) and compares its module list with the --add-modules line of jlink.args.
 * A module jdeps finds may be left out on purpose with a line {@code # left out: MODULE - why}.
 * It also refuses a JDK older than 25 (the one it runs on links the runtime): the app image's launcher
 * options need JDK 25's launcher ({@code $HOME} in options) and runtime (the AOT start-up cache).
 *
 * <pre>java jlink/CheckModules.java target/slotwise.jar target/lib jlink/jlink.args [report-file]</pre>
 */
public class CheckModules {
    static final int RUNTIME_FEATURE = 25;

    /** Every jar of the folder, joined: the tool API, unlike the jdeps command, does not expand "dir/*". */
    static String classPath(Path libDir) throws java.io.IOException {
        try (var jars = Files.list(libDir)) {
            return String.join(java.io.File.pathSeparator, jars.filter(j -> j.toString().endsWith(".jar")).sorted()
                    .map(Path::toString).toList());
        }
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < RUNTIME_FEATURE) {
            System.err.println("The app image's runtime is linked from JDK " + RUNTIME_FEATURE + " or newer (its launcher"
                    + " expands $HOME, its JVM maps the start-up cache); " + System.getProperty("java.home") + " is JDK "
                    + Runtime.version().feature() + ". Pass -Ddist.jdk=/path/to/jdk-" + RUNTIME_FEATURE + ".");
            System.exit(1);
        }
        Path appJar = Path.of(args[0]);
        Path libDir = Path.of(args[1]);
        Path argFile = Path.of(args[2]);
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out, true), new PrintWriter(err, true), "--ignore-missing-deps", "-q",
                "--print-module-deps", "--multi-release", "17", "--class-path", classPath(libDir), appJar.toString());
        if (rc != 0) {
            System.err.println(err);
            throw new IllegalStateException("jdeps failed with exit code " + rc);
        }
        String[] lines = out.toString().strip().split("\\R");
        TreeSet<String> needed = new TreeSet<>(Arrays.asList(lines[lines.length - 1].strip().split(",")));
        TreeSet<String> listed = new TreeSet<>();
        TreeSet<String> leftOut = new TreeSet<>();
        for (String line : Files.readAllLines(argFile)) {
            line = line.strip();
            if (line.startsWith("# left out:")) {
                leftOut.add(line.substring("# left out:".length()).strip().split("\\s+")[0]);
            }
            if (line.startsWith("--add-modules")) {
                listed.addAll(Arrays.asList(line.substring("--add-modules".length()).replace('=', ' ').strip().split(",")));
            }
        }
        List<String> missing = new ArrayList<>(needed);
        missing.removeAll(listed);
        missing.removeAll(leftOut);
        TreeSet<String> extra = new TreeSet<>(listed);
        extra.removeAll(needed);
        String report = "jdeps: " + String.join(",", needed) + System.lineSeparator()
                + "added beyond jdeps: " + String.join(",", extra) + System.lineSeparator()
                + "left out on purpose: " + String.join(",", leftOut) + System.lineSeparator();
        System.out.print(report);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), report);
        }
        if (!missing.isEmpty()) {
            System.err.println(argFile + " misses modules jdeps reports: " + String.join(",", missing));
            System.exit(1);
        }
    }
}
