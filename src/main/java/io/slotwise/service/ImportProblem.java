package io.slotwise.service;

import java.util.Objects;

/**
 * Something wrong with a file of drafts to import: the physical line where the row starts (the header
 * is line 1), the column at fault as the header names it (null when the whole line or file is at
 * fault), and why.
 */
public record ImportProblem(int line, String column, String message) {

    public ImportProblem {
        Objects.requireNonNull(message, "message");
    }

    /** "line 4, account: Account "x" not found" — how the CLI and the preview list it. */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
