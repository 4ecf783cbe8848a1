package io.slotwise.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The desktop start lowers the JIT compiler threads' priority (Linux). Checked in a JVM of its own, so the
 * test JVM's compilers keep their priority.
 */
class CompilerThreadPriorityTest {

    @Test
    void theCompilerThreadsOfAStartingAppRunAtNiceTen() throws Exception {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && Files.isDirectory(Path.of("/proc/self/task")),
                "Linux with /proc");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true);
        // As the installed app may be started: with no useful PATH.
        child.environment().put("PATH", "/var/empty");
        Process p = child.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.exitValue()).as("%s", lines).isZero();
        // One line per compiler thread: "name before after".
        assertThat(lines).as("C1 and C2 compiler threads").anyMatch(l -> l.startsWith("C1 ")).anyMatch(l -> l.startsWith("C2 "));
        assertThat(lines).allSatisfy(l -> {
            String[] f = l.split(" ");
            assertThat(f[f.length - 2]).as("before, %s", l).isEqualTo("0");
            assertThat(f[f.length - 1]).as("after, %s", l).isEqualTo(Integer.toString(CompilerThreadPriority.NICE));
        });
    }

    /** Lowers its own compiler threads and prints each one's nice value before and after. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            List<String> before = new ArrayList<>();
            for (String tid : CompilerThreadPriority.compilerThreads()) {
                before.add(nice(tid));
            }
            Process renice = CompilerThreadPriority.lower().orElseThrow(() -> new AssertionError("renice not started"));
            if (!renice.waitFor(30, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                throw new AssertionError("renice failed");
            }
            List<String> tids = CompilerThreadPriority.compilerThreads();
            for (int i = 0; i < tids.size(); i++) {
                String name = Files.readString(Path.of("/proc/self/task", tids.get(i), "comm")).strip();
                System.out.println(name + " " + (i < before.size() ? before.get(i) : "?") + " " + nice(tids.get(i)));
            }
        }

        /** Field 19 of /proc/self/task/TID/stat; the name in field 2 may hold spaces, so count after its ')'. */
        private static String nice(String tid) throws Exception {
            String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return after[19 - 3];
        }
    }
}
