package io.slotwise.service;

/** Why a request was refused, with the HTTP status the vendors' APIs give it. */
public enum Problem {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** A body or file over the size Slotwise takes. */
    TOO_LARGE(413),
    UNPROCESSABLE(422);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
