package io.slotwise.interop;

import java.util.Objects;

/**
 * Something wrong with a CSV file: the physical line where the record starts (the header is line 1),
 * the column at fault as the header names it (null when the whole line or file is at fault), and why.
 */
public record CsvProblem(int line, String column, String message) {

    public CsvProblem {
        Objects.requireNonNull(message, "message");
    }

    /** "line 4, account: Account "x" not found" — how the CLI and the preview list it. */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
