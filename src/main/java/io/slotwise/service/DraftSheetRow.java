package io.slotwise.service;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import java.time.Instant;
import java.util.List;

/**
 * One row of a sheet of drafts, read and checked for form only: what the store must still resolve
 * (the account, the labels) stays as the user wrote it.
 *
 * @param line     the physical line of the file where the row starts (the header is line 1)
 * @param content  the text split into a thread, with the media on its first post; null when the text is unusable
 * @param account  the account column as written (an id, a name or a username), trimmed
 * @param platform the platform column, or null when the column is empty
 * @param labels   label names or ids, as written, in order
 * @param time     when to publish, or null for "no time given"
 * @param problems what is wrong with the form of this row; empty when it reads well
 */
public record DraftSheetRow(int line, PostContent content, String account, Platform platform, List<String> labels,
                            Instant time, List<ImportProblem> problems) {

    public DraftSheetRow {
        labels = List.copyOf(labels);
        problems = List.copyOf(problems);
    }

    /** The first line of the text, as the calendar shows a post; empty when there is no text. */
    public String firstLine() {
        return content == null ? "" : content.firstLine();
    }
}
