package io.slotwise.bench;

import io.slotwise.engine.Assignment;
import io.slotwise.service.Services;
import io.slotwise.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

public final class AssignProbe {
    public static void main(String[] args) throws Exception {
        PlanFixture.Data data = PlanFixture.get(PlanFixture.Scale.FULL);
        Path template = Path.of("/tmp/assign-template");
        if (!Files.exists(template)) {
            StoreBenchmark.fill(template, data);
        }
        for (int round = 0; round < Integer.parseInt(args[0]); round++) {
            Path work = Path.of("/tmp/assign-work");
            new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
            new ProcessBuilder("cp", "-r", template.toString(), work.toString()).start().waitFor();
            if (args.length > 1) {
                try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + work.resolve("slotwise"), "slotwise", ""); var st = c.createStatement()) {
                    for (String ix : args[1].split(",")) st.execute("DROP INDEX " + ix);
                    st.execute("SHUTDOWN");
                }
            }
            try (Services s = Services.over(Store.open(work), PlanFixture.CLOCK, new SplittableRandom(1))) {
                s.queue().nextAvailable(PlanFixture.OWNER, io.slotwise.engine.Platform.TWITTER, null, null);
                long t = System.nanoTime();
                List<Assignment> r = s.queue().assign(PlanFixture.OWNER, data.batchIds());
                System.out.printf("assign %d: %.0f ms%n", r.size(), (System.nanoTime() - t) / 1e6);
            }
        }
    }
}
