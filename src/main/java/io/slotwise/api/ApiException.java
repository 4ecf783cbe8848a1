package io.slotwise.api;

/** A request refused by the HTTP layer itself: no key, a body too big or not JSON, no such route. */
public final class ApiException extends RuntimeException {

    final int status;
    final String field;

    public ApiException(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }
}
