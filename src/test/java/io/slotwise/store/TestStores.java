package io.slotwise.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The stores of one test, of one {@link StoreKind}: each name is one calendar (an H2 file in its own folder, or a
 * database of its own on the throwaway PostgreSQL server), the same one every time it is opened again.
 */
public final class TestStores {

    private final StoreKind kind;
    private final Path root;
    private final Map<String, StoreKind.StorePlace> places = new HashMap<>();

    public TestStores(StoreKind kind, Path root) {
        this.kind = kind;
        this.root = root;
    }

    /** The test's one calendar. */
    public Store open() {
        return open("store");
    }

    /** The calendar called {@code name}, made on first use. */
    public Store open(String name) {
        return places.computeIfAbsent(name, n -> kind.newPlace(root.resolve(n))).open();
    }

    public StoreKind kind() {
        return kind;
    }
}
