package io.slotwise.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The throwaway data directories of the smoke test and the start-up training: removed, contents and all. */
final class ScratchDirectory {

    private ScratchDirectory() {
    }

    /** Deletes the directory and everything in it; a failure is only reported (it is a temporary directory). */
    static void delete(Path dir, String who) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println(who + ": could not delete " + dir + ": " + e.getMessage());
        }
    }
}
