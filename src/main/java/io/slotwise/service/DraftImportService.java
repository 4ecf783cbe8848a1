package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.Label;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.SlotQuery;
import io.slotwise.engine.SlotTimes;
import io.slotwise.store.StoreTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk import of drafts from a CSV file: a preview that says, row by row, what would be written (a
 * draft, a post at its own time, a post in its next free slot) or why a row cannot be, and an import
 * that writes exactly that preview in one transaction: every row or none.
 *
 * <p>Rows with a time are placed first, in file order, with PostService's rules for a time given by
 * hand (in the future; a point slot's lane at that time must be free). Then, when asked, the rows
 * without one fill their next free slots in file order, so they fill around the fixed ones.
 *
 * <p>It takes the file as a {@link DraftSheet}, already read (by {@code io.slotwise.interop.CsvDraftImport}
 * for a CSV): the use case is the same whatever the file's format, and service does not depend on interop.
 */
public final class DraftImportService {

    public static final String NO_ROWS = "The file has a header but no posts";
    public static final String HAS_ERRORS = "The file has errors; fix them and preview again";

    private final Workspace ws;

    public DraftImportService(Workspace ws) {
        this.ws = ws;
    }

    /** What importing the sheet (a file of drafts, as read) would do, without writing anything. */
    public DraftImportPreview preview(String ownerId, DraftSheet sheet, UntimedRows untimed) {
        return ws.read(ownerId, (tx, plan) -> {
            List<ImportProblem> fileProblems = new ArrayList<>(sheet.problems());
            if (fileProblems.isEmpty() && sheet.rows().isEmpty()) {
                fileProblems.add(new ImportProblem(1, null, NO_ROWS));
            }
            // Rows placed so far take their lanes in the plan, so later rows see them; the plan is given
            // back untouched whatever happens.
            List<String> placed = new ArrayList<>();
            try {
                return new DraftImportPreview(place(tx, plan, ownerId, sheet, untimed, placed), fileProblems, untimed);
            } finally {
                placed.forEach(plan::remove);
            }
        });
    }

    /**
     * Writes a preview, all rows in one transaction. Refused when it has errors, or when the calendar
     * changed since so that a row would no longer land where the preview says (then nothing is written).
     */
    public DraftImportResult importPreview(String ownerId, DraftImportPreview preview) {
        if (preview.hasErrors()) {
            throw ServiceException.invalid(null, HAS_ERRORS + ": " + preview.allProblems().stream().limit(3)
                    .map(ImportProblem::toString).collect(Collectors.joining("; ")));
        }
        return ws.write(ownerId, (tx, plan) -> {
            Instant now = ws.now();
            // Staggered by a millisecond, ending now: the queue lists drafts by creation time, so they
            // keep the file's order.
            Instant first = now.truncatedTo(ChronoUnit.MILLIS).minusMillis(preview.rows().size() - 1L);
            stillValid(tx, ownerId, preview.rows());
            List<Post> posts = new ArrayList<>(preview.rows().size());
            for (int i = 0; i < preview.rows().size(); i++) {
                DraftImportRow row = preview.rows().get(i);
                Instant created = first.plusMillis(i);
                DraftInput in = row.draft();
                posts.add(new Post(ws.ids().next("post"), ownerId, PostStatus.DRAFT, in.platform(), in.accountId(),
                        in.subaccountId(), in.content(), in.targetJson(), in.labelIds(), null, null, null, created,
                        created));
            }
            // Same order as the preview placed them: rows with a time first, then the slot fillers.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < posts.size(); i++) {
                    ImportOutcome o = preview.rows().get(i).outcome();
                    if (pass == 0 && o instanceof ImportOutcome.AtTime at) {
                        Post p = posts.get(i).scheduledAt(at.time(), posts.get(i).createdAt());
                        if (!at.time().isAfter(now) || PostService.takenPointSlot(plan, p).isPresent()) {
                            throw changed(preview.rows().get(i), "its time is no longer free");
                        }
                        posts.set(i, p);
                        plan.put(p.planned());
                    } else if (pass == 1 && o instanceof ImportOutcome.InSlot in) {
                        Post p = posts.get(i).placed(in.placement(), posts.get(i).createdAt());
                        if (!stillFree(plan, p, in.placement(), now)) {
                            throw changed(preview.rows().get(i), "its slot is no longer free");
                        }
                        posts.set(i, p);
                        plan.put(p.planned());
                    }
                }
            }
            tx.posts().insertAll(posts);
            return new DraftImportResult(posts);
        });
    }

    // ---- the preview ----

    private List<DraftImportRow> place(StoreTransaction tx, Plan plan, String ownerId, DraftSheet sheet,
                                       UntimedRows untimed, List<String> placed) {
        List<Account> accounts = tx.accounts().all().stream().filter(a -> a.ownerId().equals(ownerId)).toList();
        List<Label> labels = tx.labels().all().stream().filter(l -> l.ownerId().equals(ownerId)).toList();
        Instant now = ws.now();
        SlotTimes times = SettingsService.read(tx.settings()).slotTimes();

        List<DraftImportRow> rows = new ArrayList<>(sheet.rows().size());
        for (DraftSheetRow r : sheet.rows()) {
            rows.add(resolve(r, accounts, labels, now));
        }
        for (int i = 0; i < rows.size(); i++) {
            DraftImportRow row = rows.get(i);
            DraftSheetRow r = sheet.rows().get(i);
            if (row.refused() || r.time() == null) {
                continue;
            }
            Post p = preliminary(ownerId, row).scheduledAt(r.time(), now);
            Optional<String> taken = PostService.takenPointSlot(plan, p);
            if (taken.isPresent()) {
                rows.set(i, refused(row, new ImportProblem(row.line(), DraftSheet.TIME,
                        PostService.takenMessage(p, taken.get()))));
                continue;
            }
            String pointSlot = PostService.pointOccurrencesAt(plan, p).stream().map(Occurrence::slotId)
                    .findFirst().orElse(null);
            plan.put(p.planned());
            placed.add(p.id());
            rows.set(i, withOutcome(row, new ImportOutcome.AtTime(r.time(), pointSlot)));
        }
        for (int i = 0; i < rows.size(); i++) {
            DraftImportRow row = rows.get(i);
            if (row.refused() || sheet.rows().get(i).time() != null) {
                continue;
            }
            if (untimed == UntimedRows.QUEUE_AS_DRAFTS) {
                rows.set(i, withOutcome(row, new ImportOutcome.AsDraft()));
                continue;
            }
            PlannedPost p = preliminary(ownerId, row).planned();
            NextFree next = plan.nextFree(SlotQuery.forPost(p), times);
            if (next instanceof NextFree.Found found) {
                plan.put(p.placedAt(found.placement()));
                placed.add(p.id());
                rows.set(i, withOutcome(row, new ImportOutcome.InSlot(found.placement())));
            } else {
                String why = next instanceof NextFree.NoSlotsConfigured ? NextFree.NO_SLOTS_CONFIGURED
                        : NextFree.NO_AVAILABLE_SLOT;
                rows.set(i, refused(row, new ImportProblem(row.line(), DraftSheet.TIME, why
                        + " (give this row a time, or keep the rows without one as drafts)")));
            }
        }
        return rows;
    }

    /** The row checked against the store: its account, platform, labels, and that its time is ahead. */
    private static DraftImportRow resolve(DraftSheetRow r, List<Account> accounts, List<Label> labels, Instant now) {
        List<ImportProblem> problems = new ArrayList<>(r.problems());
        Account account = null;
        if (!r.account().isEmpty()) {
            List<Account> found = accountsNamed(r.account(), accounts);
            if (r.platform() != null && found.size() > 1) {
                List<Account> onPlatform = found.stream().filter(a -> a.platform() == r.platform()).toList();
                found = onPlatform.isEmpty() ? found : onPlatform;
            }
            if (found.isEmpty()) {
                problems.add(new ImportProblem(r.line(), DraftSheet.ACCOUNT, "Account \"" + r.account()
                        + "\" not found (use its id, name or username as Accounts & labels shows it)"));
            } else if (found.size() > 1) {
                problems.add(new ImportProblem(r.line(), DraftSheet.ACCOUNT, "\"" + r.account() + "\" matches "
                        + found.size() + " accounts (" + found.stream().map(Account::id).collect(Collectors.joining(", "))
                        + "); use the account id"));
            } else {
                account = found.get(0);
                if (r.platform() != null && r.platform() != account.platform()) {
                    // AccountService's words for the same mistake through the API.
                    problems.add(new ImportProblem(r.line(), DraftSheet.PLATFORM, "Account \"" + account.id()
                            + "\" is a " + account.platform().id() + " account, not " + r.platform().id()));
                }
            }
        }
        Set<String> labelIds = new LinkedHashSet<>();
        for (String written : r.labels()) {
            List<Label> found = labels.stream().filter(l -> l.id().equals(written)).toList();
            if (found.isEmpty()) {
                found = labels.stream().filter(l -> l.name().strip().equalsIgnoreCase(written)).toList();
            }
            if (found.size() == 1) {
                labelIds.add(found.get(0).id());
            } else {
                problems.add(new ImportProblem(r.line(), DraftSheet.LABELS, found.isEmpty()
                        ? "Label \"" + written + "\" not found (labels are separated by ;)"
                        : "\"" + written + "\" names " + found.size() + " labels; use the label id"));
            }
        }
        if (r.time() != null && !r.time().isAfter(now)) {
            problems.add(new ImportProblem(r.line(), DraftSheet.TIME, PostService.TIME_IN_PAST + " (" + r.time() + ")"));
        }
        DraftInput draft = problems.isEmpty()
                ? new DraftInput(account.platform(), account.id(), null, r.content(), null, labelIds) : null;
        ImportOutcome outcome = problems.isEmpty() ? new ImportOutcome.AsDraft() : new ImportOutcome.Refused(problems);
        return new DraftImportRow(r.line(), r.firstLine(), r.account(), account, draft, outcome);
    }

    /**
     * The accounts a CSV value names: by id (also written {@code @id}), else by name or username,
     * ignoring case, or as the app shows it: {@code Name (@id)}.
     */
    static List<Account> accountsNamed(String written, List<Account> accounts) {
        String bare = written.startsWith("@") ? written.substring(1) : written;
        for (Account a : accounts) {
            if (a.id().equals(written) || a.id().equals(bare) || (a.name() + " (@" + a.id() + ")").equals(written)) {
                return List.of(a);
            }
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        return accounts.stream().filter(a -> a.name().strip().toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT))
                || (a.username() != null && a.username().replaceFirst("^@", "").toLowerCase(Locale.ROOT).equals(lower)))
                .toList();
    }

    /** A stand-in for the row while the preview places it; never written. */
    private Post preliminary(String ownerId, DraftImportRow row) {
        DraftInput in = row.draft();
        Instant now = ws.now();
        return new Post("csv-preview-line-" + row.line(), ownerId, PostStatus.DRAFT, in.platform(),
                in.accountId(), in.subaccountId(), in.content(), in.targetJson(), in.labelIds(), null, null, null, now,
                now);
    }

    private static DraftImportRow withOutcome(DraftImportRow row, ImportOutcome outcome) {
        return new DraftImportRow(row.line(), row.firstLine(), row.account(), row.resolved(), row.draft(), outcome);
    }

    private static DraftImportRow refused(DraftImportRow row, ImportProblem problem) {
        return new DraftImportRow(row.line(), row.firstLine(), row.account(), row.resolved(), null,
                new ImportOutcome.Refused(List.of(problem)));
    }

    // ---- the import: the preview must still hold ----

    /** The accounts and labels the rows name are all still there (each looked up once). */
    private static void stillValid(StoreTransaction tx, String ownerId, List<DraftImportRow> rows) {
        Map<String, Boolean> accounts = new HashMap<>();
        Set<String> labelIds = new HashSet<>();
        for (DraftImportRow row : rows) {
            DraftInput in = row.draft();
            boolean there = accounts.computeIfAbsent(in.accountId(), id -> tx.accounts().find(id)
                    .filter(a -> a.ownerId().equals(ownerId) && a.platform() == in.platform()).isPresent());
            if (!there) {
                throw changed(row, "account \"" + in.accountId() + "\" is gone");
            }
            labelIds.addAll(in.labelIds());
        }
        Set<String> found = new HashSet<>();
        if (!labelIds.isEmpty()) {
            tx.labels().findAll(labelIds).forEach(l -> found.add(l.id()));
        }
        for (DraftImportRow row : rows) {
            if (!found.containsAll(row.draft().labelIds())) {
                throw changed(row, "one of its labels is gone");
            }
        }
    }

    private static boolean stillFree(Plan plan, Post p, Placement at, Instant now) {
        return at.occurrence().start().isAfter(now)
                && plan.slot(at.slotId()).filter(s -> Eligibility.isEligible(s, SlotQuery.forPost(p.planned()))).isPresent()
                && plan.schedule(at.slotId()).flatMap(s -> s.on(at.occurrence().date()))
                        .filter(o -> o.equals(at.occurrence())).isPresent()
                && plan.isFree(at.slotId(), at.occurrence(), p.destination());
    }

    private static ServiceException changed(DraftImportRow row, String why) {
        return ServiceException.invalid(null, "The calendar changed since the preview (line " + row.line() + ": " + why
                + "); preview the file again");
    }
}
