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
 * computer's own: the window's place, the uploaded media files, the team calendar chosen in Settings.
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

    /**
     * The calendar this computer chose in Settings ({@link TeamCalendarChoice}): the remembered team calendar, else
     * the data directory's own store. What the desktop opens when no {@code --database} is given.
     */
    public static CalendarLocation chosenIn(Path dataDir) {
        return TeamCalendarChoice.remembered(dataDir).map(a -> teamServer(a, dataDir)).orElseGet(() -> embedded(dataDir));
    }

    /** Opens the store, the password found as {@link #withPassword} finds it. */
    Store open(Map<String, String> env, Path home) {
        if (teamServerAddress == null) {
            return Store.open(dataDir);
        }
        return Store.openTeam(withPassword(TeamServer.parse(teamServerAddress, null), dataDir, env, home), dataDir);
    }

    /**
     * The server with its password, found as psql finds it with Slotwise's own file in between: {@code PGPASSWORD},
     * else the password typed in Settings ({@link TeamCalendarChoice#PASSWORD_FILE}), else {@code PGPASSFILE} or
     * {@code ~/.pgpass}. A server given a password already keeps it.
     */
    static TeamServer withPassword(TeamServer server, Path dataDir, Map<String, String> env, Path home) {
        return server.withPasswordFrom(env.get("PGPASSWORD"), PasswordFile.read(dataDir.resolve(TeamCalendarChoice.PASSWORD_FILE)))
                .withPasswordFrom(null, PasswordFile.ofUser(env, home));
    }

    /** For messages: the data directory, or the team server's address (never a password). */
    public String describe() {
        return teamServerAddress == null ? dataDir.toAbsolutePath().toString()
                : "team calendar " + TeamServer.parse(teamServerAddress, null).address();
    }
}
