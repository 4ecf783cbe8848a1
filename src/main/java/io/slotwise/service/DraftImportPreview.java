package io.slotwise.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a CSV import would write, row by row, without writing anything. Importing applies exactly
 * this; when any row (or the file) has a problem, nothing can be imported.
 *
 * @param problems what is wrong with the file as a whole (encoding, header), before any row
 */
public record DraftImportPreview(List<DraftImportRow> rows, List<ImportProblem> problems, UntimedRows untimed) {

    public DraftImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return !problems.isEmpty() || rows.stream().anyMatch(DraftImportRow::refused);
    }

    /** Every problem, the file's and the rows', by line. */
    public List<ImportProblem> allProblems() {
        List<ImportProblem> out = new ArrayList<>(problems);
        for (DraftImportRow r : rows) {
            if (r.outcome() instanceof ImportOutcome.Refused refused) {
                out.addAll(refused.problems());
            }
        }
        out.sort(Comparator.comparingInt(ImportProblem::line));
        return out;
    }

    public long drafts() {
        return rows.stream().filter(r -> r.outcome() instanceof ImportOutcome.AsDraft).count();
    }

    public long scheduled() {
        return rows.stream().filter(r -> r.outcome() instanceof ImportOutcome.AtTime
                || r.outcome() instanceof ImportOutcome.InSlot).count();
    }

    public long refusedRows() {
        return rows.stream().filter(DraftImportRow::refused).count();
    }

    /** "120 rows: 100 drafts, 20 scheduled" or "120 rows, 3 with errors: nothing can be imported". */
    public String summary() {
        String n = rows.size() + (rows.size() == 1 ? " row" : " rows");
        if (hasErrors()) {
            long bad = refusedRows();
            return n + (bad > 0 ? ", " + bad + " with errors" : "") + (problems.isEmpty() ? "" : ", the file has errors")
                    + ": nothing can be imported until they are fixed";
        }
        return n + ": " + drafts() + (drafts() == 1 ? " draft, " : " drafts, ") + scheduled() + " scheduled";
    }
}
