package io.slotwise.service;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of drafts as read from a file (the CSV of drafts), before the store is asked anything: its
 * rows in file order and what is wrong with the sheet as a whole (the header, the encoding). Rows with
 * problems of their own carry them. The columns' names are the user's, as the header writes them; a
 * problem names the column at fault by them.
 */
public record DraftSheet(List<DraftSheetRow> rows, List<ImportProblem> problems) {

    public static final String TEXT = "text";
    public static final String ACCOUNT = "account";
    public static final String PLATFORM = "platform";
    public static final String LABELS = "labels";
    public static final String MEDIA = "media";
    public static final String TIME = "time";
    public static final String TIMEZONE = "timezone";
    public static final List<String> COLUMNS = List.of(TEXT, ACCOUNT, PLATFORM, LABELS, MEDIA, TIME, TIMEZONE);

    public DraftSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Every problem: the sheet's, then each row's, in line order. */
    public List<ImportProblem> allProblems() {
        List<ImportProblem> out = new ArrayList<>(problems);
        rows.forEach(r -> out.addAll(r.problems()));
        return out;
    }
}
