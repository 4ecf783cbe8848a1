package io.slotwise.store;

/** The store could not be opened or read, for a reason other than another instance holding it. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
