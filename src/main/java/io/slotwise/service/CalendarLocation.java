package io.slotwise.service;

import io.slotwise.store.PasswordFile;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a calendar lives: the embedded store in the data directory (the default), or a team calendar on a
 * PostgreSQL server ({@code postgresql://user@host:5432/database}), whose password comes from {@code PGPASSWORD} or
 * a {@code ~/.pgpass}-style file, never from the address. Either way the data directory keeps what is this
 * computer's own: the window's place, the uploaded media files.
 */
public record CalendarLocation(Path dataDir, String teamServerAddress) {

    public CalendarLocation {
        Objects.requireNonNull(dataDir, "dataDir");
        if (teamServerAddress != null) {
            TeamServer.parse(teamServerAddress, null); // refuses a bad address now, naming what is wrong
        }
    }

    public static CalendarLocation embedded(Path dataDir) {
        return new CalendarLocation(dataDir, null);
    }

    public static CalendarLocation teamServer(String address, Path dataDir) {
        return new CalendarLocation(dataDir, Objects.requireNonNull(address, "address"));
    }

    public boolean isTeamServer() {
        return teamServerAddress != null;
    }

    /** Opens the store, the password found as psql finds it: {@code PGPASSWORD}, else the password file. */
    Store open(Map<String, String> env, Path home) {
        if (teamServerAddress == null) {
            return Store.open(dataDir);
        }
        TeamServer server = TeamServer.parse(teamServerAddress, null)
                .withPasswordFrom(env.get("PGPASSWORD"), PasswordFile.ofUser(env, home));
        return Store.openTeam(server, dataDir);
    }

    /** For messages: the data directory, or the team server's address (never a password). */
    public String describe() {
        return teamServerAddress == null ? dataDir.toAbsolutePath().toString()
                : "team calendar " + TeamServer.parse(teamServerAddress, null).address();
    }
}
