package io.slotwise.store;

/** Hears what happens on a team server besides this app's own writes. Called on the change feed's thread. */
public interface TeamCalendarListener {

    /** Another app committed a write (or this one reconnected and may have missed some). */
    void changedElsewhere();

    /** The server went out of reach ({@code reachable} false, with why) or came back. */
    void reachability(boolean reachable, String message);
}
