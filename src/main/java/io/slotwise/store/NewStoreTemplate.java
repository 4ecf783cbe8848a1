package io.slotwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Build step (pom.xml, process-classes): makes the empty store that new data directories start from
 * ({@link Store#TEMPLATE_RESOURCE}) by running every migration with Flyway, exactly as a store without
 * the template is made. {@code StoreTest} checks the two agree.
 *
 * <p>Usage: {@code NewStoreTemplate OUTPUT_FILE}.
 */
public final class NewStoreTemplate {

    private NewStoreTemplate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NewStoreTemplate OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Path dir = Files.createTempDirectory("slotwise-template");
        try {
            Store.openFromMigrations(dir).close();
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.copy(dir.resolve(Store.DATABASE_FILE), out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
