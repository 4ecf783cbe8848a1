package io.slotwise.service;

/** Why a request was refused, with the HTTP status the vendors' APIs give it. */
public enum Problem {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** A body or file over the size Slotwise takes. */
    TOO_LARGE(413),
    /** Based on a view of a post that another app (a team member, a script) has changed since. */
    CONFLICT(409),
    UNPROCESSABLE(422),
    /** The team calendar's server is out of reach: nothing was written. */
    UNAVAILABLE(503);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
