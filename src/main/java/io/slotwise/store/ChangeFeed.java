package io.slotwise.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A team server's news of writes: every write announces its revision on a channel ({@code NOTIFY}, delivered when
 * it commits) and every app listens on a connection of its own ({@code LISTEN}), so an open desktop shows another
 * member's change within about a second. The listening connection also tells when the server goes out of reach
 * and comes back: it is checked every few seconds, and re-made once a second while the server is gone.
 */
final class ChangeFeed implements AutoCloseable {

    static final String CHANNEL = "slotwise_plan";
    private static final int WAIT_MILLIS = 500;
    private static final int CHECK_EVERY_MILLIS = 3_000;
    private static final int RETRY_MILLIS = 1_000;

    /** Tells this app's own announcements from the others'. */
    private final String appId = UUID.randomUUID().toString();
    private final ConnectionSource connect;
    private final List<TeamCalendarListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;
    private boolean reachable = true;

    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    ChangeFeed(ConnectionSource connect) {
        this.connect = connect;
        this.thread = new Thread(this::listen, "slotwise-team-calendar-feed");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Announces a write in its transaction: the others hear of it when (and only if) it commits. */
    void announce(Handle handle, long revision) {
        handle.attach(PlanRevisionDao.class).announce(CHANNEL, appId + ":" + revision);
    }

    Runnable addListener(TeamCalendarListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void listen() {
        while (!closed) {
            try (Connection c = connect.open()) {
                current = c;
                try (var st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (!reachable) {
                    reachable = true;
                    listeners.forEach(l -> l.reachability(true, "Team calendar reachable again"));
                    // Writes made while we were away were announced to no one here.
                    listeners.forEach(TeamCalendarListener::changedElsewhere);
                }
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (reachable) {
                    reachable = false;
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    listeners.forEach(l -> l.reachability(false, why));
                }
                sleep(RETRY_MILLIS);
            } finally {
                current = null;
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (!closed) {
            PGNotification[] news = pg.getNotifications(WAIT_MILLIS);
            boolean elsewhere = false;
            if (news != null) {
                for (PGNotification n : news) {
                    elsewhere |= !n.getParameter().startsWith(appId + ":");
                }
            }
            if (elsewhere) {
                listeners.forEach(TeamCalendarListener::changedElsewhere);
            }
            if (System.nanoTime() - lastCheck > CHECK_EVERY_MILLIS * 1_000_000L) {
                // A dropped network shows no error until something is sent: ask the server something.
                if (!c.isValid(2)) {
                    throw new SQLException("The team server stopped answering");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = current;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
