package io.slotwise.interop;

/** A file that is not a Slotwise backup this version can read. */
public final class BackupFormatException extends RuntimeException {

    public BackupFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
