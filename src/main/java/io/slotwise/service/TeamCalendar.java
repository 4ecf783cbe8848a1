package io.slotwise.service;

import io.slotwise.store.Store;
import io.slotwise.store.TeamCalendarListener;
import io.slotwise.store.TeamServer;
import io.slotwise.store.TeamServerException;
import io.slotwise.store.TeamServerProblem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Working together on a team calendar, as the desktop sees it: whether this calendar is one, which, what other
 * members' apps do (they changed the plan; the server went out of reach or came back), and testing an address
 * before switching to it. On this computer's own calendar nobody else writes and nothing goes out of reach.
 */
public final class TeamCalendar {

    private final Store store;

    TeamCalendar(Store store) {
        this.store = store;
    }

    public boolean isTeamServer() {
        return store.isTeamServer();
    }

    /** Which calendar is open, for a title bar: "Team calendar slotwise@db.example:5432/team" (never a password). */
    public String describe() {
        if (!isTeamServer()) {
            return "This computer's calendar";
        }
        String address = store.description();
        return "Team calendar " + address.substring(address.indexOf("://") + 3);
    }

    /** The team calendar's address ({@code postgresql://user@host:port/database}, no password), or null on this computer's. */
    public String address() {
        return isTeamServer() ? store.description() : null;
    }

    /**
     * Calls {@code changed} when another app commits a change to the plan (within about a second), on a thread of
     * its own; returns what stops it. Never called for this app's own changes.
     */
    public Runnable whenChangedElsewhere(Runnable changed) {
        Objects.requireNonNull(changed, "changed");
        return store.addTeamListener(new TeamCalendarListener() {
            @Override
            public void changedElsewhere() {
                changed.run();
            }

            @Override
            public void reachability(boolean reachable, String message) {
                // heard by whenReachabilityChanges
            }
        });
    }

    /**
     * Tells {@code listener} when the team server goes out of reach and when it is back (then
     * {@link #whenChangedElsewhere} hears of a change too: what others wrote meanwhile was missed). On a thread of
     * its own; returns what stops it.
     */
    public Runnable whenReachabilityChanges(Consumer<TeamReachability> listener) {
        Objects.requireNonNull(listener, "listener");
        return store.addTeamListener(new TeamCalendarListener() {
            @Override
            public void changedElsewhere() {
                // heard by whenChangedElsewhere
            }

            @Override
            public void reachability(boolean reachable, String message) {
                listener.accept(new TeamReachability(reachable, reachable ? message
                        : "No answer from the team calendar at " + store.description() + " (" + message
                        + "); Slotwise tries again every second"));
            }
        });
    }

    /**
     * Tests a team calendar's address without opening it or changing anything there: the password typed in
     * Settings, or (left empty) the one this computer would use ({@link CalendarLocation#passwordSources}).
     */
    public static ConnectionCheck test(String address, String typedPassword, Path dataDir) {
        return test(address, typedPassword, dataDir, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static ConnectionCheck test(String address, String typedPassword, Path dataDir, Map<String, String> env, Path home) {
        TeamServer server;
        try {
            server = TeamServer.parse(address, typed(typedPassword) ? typedPassword : null);
        } catch (IllegalArgumentException e) {
            return new ConnectionCheck(ConnectionCheck.Outcome.BAD_ADDRESS, e.getMessage().replaceFirst("^database: ", ""));
        }
        server = CalendarLocation.withPassword(server, dataDir, env, home);
        try {
            long version = Store.checkTeam(server);
            return new ConnectionCheck(ConnectionCheck.Outcome.WORKS, version == 0
                    ? "Connected: " + server.address() + " is empty; Slotwise sets it up when you use it"
                    : "Connected: the team calendar at " + server.address() + " is ready");
        } catch (TeamServerException e) {
            if (e.problem() == TeamServerProblem.AUTH_FAILED) {
                // Said for Settings, where the password is typed (the store's message speaks of the command line's).
                return new ConnectionCheck(ConnectionCheck.Outcome.WRONG_PASSWORD, "the server at " + server.host() + ":"
                        + server.port() + " refused user \"" + server.user() + "\" with " + (typed(typedPassword)
                        ? "the password typed" : "no password typed (nor one in PGPASSWORD or ~/.pgpass that works)"));
            }
            return new ConnectionCheck(switch (e.problem()) {
                case UNREACHABLE -> ConnectionCheck.Outcome.UNREACHABLE;
                case AUTH_FAILED -> ConnectionCheck.Outcome.WRONG_PASSWORD;
                case DATABASE_MISSING -> ConnectionCheck.Outcome.DATABASE_MISSING;
                case NEWER_SCHEMA -> ConnectionCheck.Outcome.NEWER_SCHEMA;
                case OTHER -> ConnectionCheck.Outcome.OTHER;
            }, e.getMessage());
        }
    }

    private static boolean typed(String password) {
        return password != null && !password.isEmpty();
    }
}
