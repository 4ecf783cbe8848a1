package io.slotwise.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * A drafts CSV as read: its records in file order and what is wrong with the file as a whole (the
 * header, the encoding). Records with problems of their own carry them.
 */
public record CsvDraftFile(List<CsvDraftRow> rows, List<CsvProblem> problems) {

    public CsvDraftFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Every problem: the file's, then each record's, in line order. */
    public List<CsvProblem> allProblems() {
        List<CsvProblem> out = new ArrayList<>(problems);
        rows.forEach(r -> out.addAll(r.problems()));
        return out;
    }
}
