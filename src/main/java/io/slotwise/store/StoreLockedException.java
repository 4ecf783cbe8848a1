package io.slotwise.store;

import java.nio.file.Path;

/** Another Slotwise process has this data directory open. */
public final class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path dataDir, Throwable cause) {
        super("Another Slotwise instance has the data directory " + dataDir
                + " open. Close it (or point this one at another folder with --data-dir) and try again.", cause);
    }
}
