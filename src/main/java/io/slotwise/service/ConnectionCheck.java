package io.slotwise.service;

/**
 * What testing a team calendar's address found, before switching to it: it works, or which problem it has and
 * what to do about it (the message, in the user's words).
 */
public record ConnectionCheck(Outcome outcome, String message) {

    /** Whether the calendar can be opened there, or why not. */
    public enum Outcome {
        /** The server answers, takes the user and password, has the database, and its schema is not newer. */
        WORKS,
        /** The address is not one Slotwise can use (no user, no database, a password in it, …). */
        BAD_ADDRESS,
        /** Nothing answers: wrong host or port, server down, network gone. */
        UNREACHABLE,
        /** The server refused the user: wrong or missing password. */
        WRONG_PASSWORD,
        /** The server has no database of that name. */
        DATABASE_MISSING,
        /** A newer Slotwise upgraded the calendar. */
        NEWER_SCHEMA,
        /** Anything else the server said. */
        OTHER
    }

    public boolean works() {
        return outcome == Outcome.WORKS;
    }
}
