package io.slotwise.store;

import java.nio.file.Path;

/**
 * The two stores a calendar lives in: the embedded H2 file (the default) and a team server (PostgreSQL). Store and
 * service test classes take it as a parameter ({@code @ParameterizedClass @EnumSource(StoreKind.class)}) so one suite
 * runs against both.
 */
public enum StoreKind {
    EMBEDDED {
        @Override
        public StorePlace newPlace(Path dataDir) {
            return new StorePlace(this, dataDir, null);
        }
    },
    TEAM_SERVER {
        @Override
        public StorePlace newPlace(Path dataDir) {
            return new StorePlace(this, dataDir, ThrowawayPostgres.shared().newTeamServer());
        }
    };

    /** A new, empty place for a store of this kind; {@code dataDir} holds what stays local (media files). */
    public abstract StorePlace newPlace(Path dataDir);

    /** Where one test's store lives: opened again and again (a restart) it is the same calendar. */
    public record StorePlace(StoreKind kind, Path dataDir, TeamServer server) {
        public Store open() {
            return server == null ? Store.open(dataDir) : Store.openTeam(server, dataDir);
        }
    }
}
