package io.slotwise.service;

/** What a CSV import does with the rows that give no time. */
public enum UntimedRows {
    /** They become drafts in the queue. */
    QUEUE_AS_DRAFTS,
    /** Each goes into its next free slot, in file order, after the rows with a time took theirs. */
    FILL_NEXT_FREE_SLOTS
}
