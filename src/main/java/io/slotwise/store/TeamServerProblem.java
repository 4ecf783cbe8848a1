package io.slotwise.store;

/** Why a team server could not be used, in the words the Settings and the command line show. */
public enum TeamServerProblem {
    /** No answer at the address: wrong host or port, server down, network gone. */
    UNREACHABLE,
    /** The server refused the user: wrong or missing password, or no such role. */
    AUTH_FAILED,
    /** The server has no database of that name. */
    DATABASE_MISSING,
    /** A newer Slotwise upgraded the calendar: this one does not know its schema. */
    NEWER_SCHEMA,
    /** Anything else the server said. */
    OTHER
}
