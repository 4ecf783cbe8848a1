package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.interop.CsvDraftImport;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV import through the service on a file store: the preview writes nothing, the import writes exactly
 * the preview (every row or none), bad rows are named by line and column, and the rows without a time
 * fill the next free slots in file order.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DraftImportServiceTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Monday 2 March 2026, 08:00 UTC. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

    @TempDir
    Path dir;
    private Services s;
    private String promo;

    @BeforeEach
    void open() {
        s = Services.over(stores().open(), clock, new SplittableRandom(3));
        s.settings().get();
        s.accounts().create(ME, "tw", Platform.TWITTER, "Brand tweets", "brand", List.of());
        s.accounts().create(ME, "li", Platform.LINKEDIN, "LinkedIn page", null, List.of());
        promo = s.labels().create(ME, "Promo, spring").id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private DraftImportPreview preview(String csv, UntimedRows untimed) {
        DraftSheet file = CsvDraftImport.read(csv.getBytes(StandardCharsets.UTF_8), UTC);
        return s.imports().preview(ME, file, untimed);
    }

    /** One CSV field, quoted the RFC 4180 way (written here independently of the reader). */
    private static String q(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private CalendarSlot weeklyAt(DayOfWeek day, int hour, boolean point, Target... targets) {
        return s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, day), LocalTime.of(hour, 0),
                point ? null : LocalTime.of(hour + 1, 0), UTC, List.of(targets), Set.of(), true, null, Set.of()));
    }

    @Test
    void fiveThousandRowsWithQuotesCommasNewlinesAndEmojiArriveExactly() {
        StringBuilder csv = new StringBuilder("\uFEFFTime,Labels,Account,Text,Media,Platform\r\n");
        List<PostContent> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String first = switch (i % 5) {
                case 0 -> "Post " + i + ", with a comma";
                case 1 -> "He said \"hi\" to #" + i + " 👋🏽";
                case 2 -> "Line one " + i + "\nline two, \"quoted\"\r\nline three ✨";
                case 3 -> "  spaces kept " + i + "  ";
                default -> "Ünïcödé " + i + " — 日本語 🎉🚀";
            };
            boolean thread = i % 7 == 0;
            String text = thread ? first + "\n---\nsecond of " + i + ", 🧵\n---\nthird \"" + i + "\"" : first;
            List<String> media = i % 3 == 0 ? List.of("https://cdn.example/" + i + ".png", "https://cdn.example/b.jpg")
                    : List.of();
            expected.add(new PostContent(first, media, thread
                    ? List.of(new ThreadPost("second of " + i + ", 🧵", List.of()), new ThreadPost("third \"" + i + "\"", List.of()))
                    : List.of()));
            String account = i % 2 == 0 ? "tw" : "LinkedIn page";
            csv.append(',').append(i % 4 == 0 ? q("Promo, spring") : "")
                    .append(',').append(q(account))
                    .append(',').append(q(text))
                    .append(',').append(q(String.join(";", media)))
                    .append(',').append(i % 2 == 0 ? "twitter" : "")
                    .append(i % 2 == 0 ? "\r\n" : "\n");
        }
        StoreSnapshot before = StoreSnapshot.of(s);

        long t0 = System.nanoTime();
        DraftImportPreview preview = preview(csv.toString(), UntimedRows.QUEUE_AS_DRAFTS);
        long t1 = System.nanoTime();
        assertThat(preview.allProblems()).isEmpty();
        assertThat(StoreSnapshot.of(s)).as("a preview writes nothing").isEqualTo(before);
        DraftImportResult result = s.imports().importPreview(ME, preview);
        long t2 = System.nanoTime();
        System.out.printf("CSV import of 5000 rows (file store): read+preview %d ms, import %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertThat(result.drafts()).isEqualTo(5000);
        List<Post> queue = s.posts().drafts(ME);
        assertThat(queue).hasSize(5000);
        // The queue lists them in file order, each with its content exactly as written.
        assertThat(queue).extracting(Post::content).containsExactlyElementsOf(expected);
        assertThat(queue.get(0).labelIds()).containsExactly(promo);
        assertThat(queue.get(1).labelIds()).isEmpty();
        assertThat(queue).extracting(Post::accountId).startsWith("tw", "li", "tw");
        assertThat(queue).extracting(Post::platform).startsWith(Platform.TWITTER, Platform.LINKEDIN);
        assertThat(preview.rows().get(4999).line()).isGreaterThan(5001);
    }

    @Test
    void badRowsAreNamedByLineAndColumnAndNothingIsWritten() {
        String csv = "text,account,platform,labels,time\n"
                + q("fine\nand long") + ",tw,,,\n"                       // 2-3
                + "hello,nobody,,,\n"                                   // 4 unknown account
                + ",tw,,,\n"                                            // 5 missing text
                + "hello,tw,,,next tuesday\n"                           // 6 bad time
                + "hello,tw,,,2026-03-01 09:00\n"                       // 7 past time
                + "hello,@tw,linkedin,,\n"                              // 8 platform mismatch
                + "hello,brand,," + q("Launch;Promo, spring") + ",\n"   // 9 unknown label (the other is known)
                + q("fine again") + ",li,,,2026-03-05T09:00:00Z\n";     // 10
        StoreSnapshot before = StoreSnapshot.of(s);
        DraftImportPreview preview = preview(csv, UntimedRows.QUEUE_AS_DRAFTS);
        assertThat(preview.allProblems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                tuple(4, "account"), tuple(5, "text"), tuple(6, "time"), tuple(7, "time"), tuple(8, "platform"),
                tuple(9, "labels"));
        assertThat(preview.allProblems()).extracting(ImportProblem::toString).containsExactly(
                "line 4, account: Account \"nobody\" not found (use its id, name or username as Accounts & labels shows it)",
                "line 5, text: text is required",
                "line 6, time: \"next tuesday\" is not a date and time; write 2026-12-01 09:00 (in the row's timezone,"
                        + " else the import's) or 2026-12-01T09:00:00Z",
                "line 7, time: Scheduled time is in the past (2026-03-01T09:00:00Z)",
                "line 8, platform: Account \"tw\" is a twitter account, not linkedin",
                "line 9, labels: Label \"Launch\" not found (labels are separated by ;)");
        assertThat(preview.rows()).extracting(DraftImportRow::refused)
                .containsExactly(false, true, true, true, true, true, true, false);
        assertThat(preview.summary()).isEqualTo("8 rows, 6 with errors: nothing can be imported until they are fixed");

        assertThatThrownBy(() -> s.imports().importPreview(ME, preview)).isInstanceOf(ServiceException.class)
                .hasMessageStartingWith(DraftImportService.HAS_ERRORS + ": line 4, account");
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
    }

    @Test
    void rowsWithoutATimeFillTheNextFreeSlotsInFileOrderAroundTheRowsWithOne() {
        CalendarSlot monday = weeklyAt(DayOfWeek.MONDAY, 10, true, Target.account(Platform.TWITTER, "tw"));
        CalendarSlot thursday = weeklyAt(DayOfWeek.THURSDAY, 10, false, Target.account(Platform.TWITTER, "tw"));
        String csv = "text,account,time\n"
                + "first,tw,\n"
                + "second,tw,\n"
                + "fixed,tw,2026-03-02T10:00:00Z\n"    // holds Monday's point slot by hand
                + "third,tw,\n"
                + "elsewhere,tw,2026-03-03 12:00\n";
        DraftImportPreview preview = preview(csv, UntimedRows.FILL_NEXT_FREE_SLOTS);
        assertThat(preview.allProblems()).isEmpty();
        assertThat(preview.rows()).extracting(r -> r.outcome().describe(UTC)).containsExactly(
                "scheduled at Thu 2026-03-05 10:00 in slot " + thursday.slot().id(),
                "scheduled at Mon 2026-03-09 10:00 in slot " + monday.slot().id(),
                "scheduled at Mon 2026-03-02 10:00 in slot " + monday.slot().id(),
                "scheduled at Thu 2026-03-12 10:00 in slot " + thursday.slot().id(),
                "scheduled at Tue 2026-03-03 12:00");
        assertThat(preview.summary()).isEqualTo("5 rows: 0 drafts, 5 scheduled");

        DraftImportResult result = s.imports().importPreview(ME, preview);
        assertThat(result.posts()).extracting(p -> p.content().text(), Post::scheduledAt, Post::slotId).containsExactly(
                tuple("first", Instant.parse("2026-03-05T10:00:00Z"), thursday.slot().id()),
                tuple("second", Instant.parse("2026-03-09T10:00:00Z"), monday.slot().id()),
                tuple("fixed", Instant.parse("2026-03-02T10:00:00Z"), null),
                tuple("third", Instant.parse("2026-03-12T10:00:00Z"), thursday.slot().id()),
                tuple("elsewhere", Instant.parse("2026-03-03T12:00:00Z"), null));
        assertThat(result.posts()).allSatisfy(p -> assertThat(p.status()).isEqualTo(PostStatus.SCHEDULED));
        // What the engine now says agrees: the next free Monday is the 16th.
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-16T10:00:00Z"));
    }

    @Test
    void aTimeOnATakenPointSlotAndARowWithNowhereToGoAreRefused() {
        CalendarSlot monday = weeklyAt(DayOfWeek.MONDAY, 10, true, Target.account(Platform.TWITTER, "tw"));
        Post there = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("there"),
                null, Set.of()));
        s.queue().addToQueue(ME, there.id());
        StoreSnapshot before = StoreSnapshot.of(s);
        DraftImportPreview preview = preview("text,account,time\nclash,tw,2026-03-02T10:00:00Z\nnowhere,li,\n",
                UntimedRows.FILL_NEXT_FREE_SLOTS);
        assertThat(preview.allProblems()).extracting(ImportProblem::toString).containsExactly(
                "line 2, time: That time is already taken for account \"tw\" by another post in slot "
                        + monday.slot().id(),
                "line 3, time: no slots are configured for this platform/account (give this row a time, or keep the"
                        + " rows without one as drafts)");
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
    }

    @Test
    void theImportRefusesAPreviewTheCalendarHasOvertakenAndWritesNothing() {
        weeklyAt(DayOfWeek.MONDAY, 10, true, Target.account(Platform.TWITTER, "tw"));
        DraftImportPreview preview = preview("text,account\nmine,tw\n", UntimedRows.FILL_NEXT_FREE_SLOTS);
        assertThat(preview.hasErrors()).isFalse();
        // Meanwhile someone else takes that occurrence.
        Post other = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("other"),
                null, Set.of()));
        s.queue().addToQueue(ME, other.id());
        StoreSnapshot before = StoreSnapshot.of(s);
        assertThatThrownBy(() -> s.imports().importPreview(ME, preview))
                .hasMessage("The calendar changed since the preview (line 2: its slot is no longer free); preview the"
                        + " file again");
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
        // And the plan was not left holding half an import: the next free Monday is still the 9th.
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @Test
    void aPreviewLeavesTheEngineAsItWas() {
        weeklyAt(DayOfWeek.MONDAY, 10, false, Target.account(Platform.TWITTER, "tw"));
        Instant next = s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt();
        DraftImportPreview preview = preview("text,account\na,tw\nb,tw\nc,tw\n", UntimedRows.FILL_NEXT_FREE_SLOTS);
        assertThat(preview.rows()).extracting(r -> ((ImportOutcome.InSlot) r.outcome()).placement().scheduledAt())
                .isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt()).isEqualTo(next);
    }

    @Test
    void accountsAreFoundByIdNameUsernameOrAsTheAppShowsThem() {
        s.accounts().create(ME, "tw2", Platform.TWITTER, "Twin", "twin", List.of());
        s.accounts().create(ME, "li2", Platform.LINKEDIN, "Twin", null, List.of());
        DraftImportPreview p = preview("text,account,platform\n"
                + "a,tw,\nb,@tw,\nc,brand tweets,\nd,@brand,\ne,Brand tweets (@tw),\nf,Twin,linkedin\ng,Twin,\n",
                UntimedRows.QUEUE_AS_DRAFTS);
        assertThat(p.rows()).extracting(r -> r.resolved() == null ? null : r.resolved().id())
                .containsExactly("tw", "tw", "tw", "tw", "tw", "li2", null);
        assertThat(p.allProblems()).extracting(ImportProblem::toString)
                .containsExactly("line 8, account: \"Twin\" matches 2 accounts (li2, tw2); use the account id");
    }

    @Test
    void aHeaderWithoutRowsCannotBeImported() {
        DraftImportPreview p = preview("text,account\n", UntimedRows.QUEUE_AS_DRAFTS);
        assertThat(p.hasErrors()).isTrue();
        assertThat(p.allProblems()).extracting(ImportProblem::message).containsExactly(DraftImportService.NO_ROWS);
    }

    @Test
    void anImportIsUndoneAndRedoneInOneTransactionEach() {
        weeklyAt(DayOfWeek.MONDAY, 10, true, Target.account(Platform.TWITTER, "tw"));
        StoreSnapshot before = StoreSnapshot.of(s);
        DraftImportResult r = s.imports().importPreview(ME, preview("text,account\na,tw\nb,tw\n",
                UntimedRows.FILL_NEXT_FREE_SLOTS));
        StoreSnapshot imported = StoreSnapshot.of(s);
        List<String> ids = r.posts().stream().map(Post::id).toList();

        s.posts().restoreAll(ME, List.of(), ids);
        assertThat(StoreSnapshot.of(s)).isEqualTo(before);
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt())
                .as("the lanes are free again").isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));

        s.posts().restoreAll(ME, r.posts(), List.of());
        assertThat(StoreSnapshot.of(s)).isEqualTo(imported);
        assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw", null).scheduledAt())
                .isEqualTo(Instant.parse("2026-03-16T10:00:00Z"));
    }
}
