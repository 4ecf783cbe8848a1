package io.slotwise.service;

import io.slotwise.engine.Account;

/**
 * One CSV row in a preview: where it is in the file, what it says and for whom, and what importing it
 * does.
 *
 * @param account the account column as written
 * @param resolved the account it names, or null when it names none
 * @param draft   what will be written, or null when the row is refused
 */
public record DraftImportRow(int line, String firstLine, String account, Account resolved, DraftInput draft,
                             ImportOutcome outcome) {

    public boolean refused() {
        return outcome instanceof ImportOutcome.Refused;
    }
}
