package io.slotwise.ui;

import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;

/** Fills a data directory with the sample plan, for screenshots: {@code SampleStore DIR [ZONE]}. */
public final class SampleStore {

    private SampleStore() {
    }

    public static void main(String[] args) {
        try (Services s = Services.open(Path.of(args[0]))) {
            SamplePlan.load(s, Workspace.LOCAL_OWNER, args.length > 1 ? ZoneId.of(args[1]) : ZoneId.systemDefault());
        }
    }
}
