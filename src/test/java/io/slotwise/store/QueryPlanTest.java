package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar's hot range queries use their indexes: the future posts of a slot go through
 * {@code post_slot_time}; the posts of a week, a calendar page's neighbours and the plan's lane holders
 * through {@code post_status_time}, one range per status (V4 dropped {@code post_time}). The SQL is read
 * from the DAO's annotations, so the test follows any change to it.
 */
class QueryPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final int SLOTS = 20;
    private static final int WEEKS = 150;
    private static final int DRAFTS = 500;

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void aStoreWithAFewThousandPosts() {
        store = Store.open(dir);
        store.inTransaction(tx -> {
            for (int s = 0; s < SLOTS; s++) {
                Slot slot = Slot.builder(slotId(s)).recurrence(Recurrence.weekly(1, DayOfWeek.of(1 + s % 7)))
                        .at(LocalTime.of(9 + s % 8, 0)).zone("UTC")
                        .targets(Target.allAccounts(Platform.LINKEDIN)).startDate(LocalDate.of(2025, 9, 1)).build();
                tx.slots().insert(new CalendarSlot("local", slot, NOW), NOW);
                // Half a year in the past (published) and two years ahead (scheduled).
                for (int w = 0; w < WEEKS; w++) {
                    Instant at = NOW.plus(Duration.ofDays(7L * (w - 26) + s % 7)).plus(Duration.ofHours(1 + s % 8));
                    PostStatus status = at.isBefore(NOW) ? PostStatus.PUBLISHED : PostStatus.SCHEDULED;
                    tx.posts().insert(new Post("post_" + s + "_" + w, "local", status, Platform.LINKEDIN, "li_" + s,
                            null, PostContent.text("post " + w), null, Set.of(), at, slotId(s), at, NOW, NOW));
                }
            }
            for (int i = 0; i < DRAFTS; i++) {
                tx.posts().insert(new Post("draft_" + i, "local", PostStatus.DRAFT, Platform.LINKEDIN, "li_1", null,
                        PostContent.text("draft " + i), null, Set.of(), null, null, null, NOW, NOW));
            }
            return null;
        });
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static String slotId(int s) {
        return String.format("slot_%02d", s);
    }

    private static String sqlOf(String method, Class<?>... params) throws NoSuchMethodException {
        return sqlOf(PostDao.class, method, params);
    }

    private static String sqlOf(Class<?> dao, String method, Class<?>... params) throws NoSuchMethodException {
        Method m = dao.getMethod(method, params);
        return m.getAnnotation(SqlQuery.class).value();
    }

    private static String explain(String prefix, String sql, Object... namesAndValues) {
        return store.jdbi().withHandle(h -> {
            var q = h.createQuery(prefix + " " + sql);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                q.bind((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return String.join("\n", q.mapTo(String.class).list());
        });
    }

    private static void print(String title, String plan) {
        System.out.println("QueryPlanTest: " + title + "\n" + plan.indent(4));
    }

    @Test
    void futurePostsOfASlotUseThePostSlotTimeIndex() throws Exception {
        String sql = sqlOf("futureRowsOfSlot", String.class, Instant.class);
        Object[] args = {"slotId", slotId(3), "now", NOW};
        String plan = explain("EXPLAIN", sql, args);
        String analyzed = explain("EXPLAIN ANALYZE", sql, args);
        print("PostDao.futureRowsOfSlot: " + sql, plan);
        print("EXPLAIN ANALYZE", analyzed);
        assertThat(plan).contains("PUBLIC.POST_SLOT_TIME").doesNotContain("tableScan")
                .containsPattern("SLOT_ID = \\?\\d+").containsPattern("SCHEDULED_AT > \\?\\d+");
        List<PostDao.PostRow> rows = store.read(tx -> tx.posts().futureRowsOfSlot(slotId(3), NOW));
        assertThat(rows).hasSize(WEEKS - 26).allSatisfy(r -> assertThat(r.slotId()).isEqualTo(slotId(3)));
        long total = store.read(tx -> tx.posts().count());
        assertThat(scanCount(analyzed)).as("rows read of %d", total).isLessThanOrEqualTo(WEEKS + 1L);
    }

    @Test
    void postsOfAWeekAreOneRangeOfThePostStatusTimeIndexPerStatus() throws Exception {
        String sql = sqlOf("rowsBetween", String.class, Instant.class, Instant.class);
        Instant from = Instant.parse("2026-04-06T00:00:00Z");
        Object[] args = {"status", "scheduled", "from", from, "to", from.plus(Duration.ofDays(7))};
        String plan = explain("EXPLAIN", sql, args);
        String analyzed = explain("EXPLAIN ANALYZE", sql, args);
        print("PostDao.rowsBetween: " + sql, plan);
        print("EXPLAIN ANALYZE", analyzed);
        assertThat(plan).contains("PUBLIC.POST_STATUS_TIME").doesNotContain("tableScan")
                .containsPattern("STATUS = \\?\\d+")
                .containsPattern("SCHEDULED_AT >= \\?\\d+").containsPattern("SCHEDULED_AT < \\?\\d+");
        List<PostDao.PostRow> rows = store.read(tx -> tx.posts().rowsBetween("scheduled", from, from.plus(Duration.ofDays(7))));
        assertThat(rows).hasSize(SLOTS);
        assertThat(scanCount(analyzed)).isLessThanOrEqualTo(SLOTS + 1L);
    }

    @Test
    void aWeekAcrossNowHoldsThePublishedAndTheScheduledPostsInTimeOrder() {
        Instant from = NOW.minus(Duration.ofDays(3));
        Instant to = NOW.plus(Duration.ofDays(4));
        List<Post> week = store.read(tx -> tx.posts().between(from, to));
        assertThat(week).hasSize(SLOTS)
                .allSatisfy(p -> assertThat(p.scheduledAt()).isBetween(from, to.minusMillis(1)));
        assertThat(week).extracting(Post::status).contains(PostStatus.PUBLISHED, PostStatus.SCHEDULED);
        assertThat(week).extracting(Post::scheduledAt).isSorted();
    }

    @Test
    void theNeighboursOfACalendarPageUseThePostStatusTimeIndex() throws Exception {
        String sql = sqlOf(PlannedPostDao.class, "slotRowsBetween", String.class, Instant.class, Instant.class);
        Instant from = Instant.parse("2026-04-04T00:00:00Z");
        Object[] args = {"status", "scheduled", "from", from, "to", from.plus(Duration.ofDays(11))};
        String plan = explain("EXPLAIN", sql, args);
        String analyzed = explain("EXPLAIN ANALYZE", sql, args);
        print("PlannedPostDao.slotRowsBetween: " + sql, plan);
        print("EXPLAIN ANALYZE", analyzed);
        assertThat(plan).contains("PUBLIC.POST_STATUS_TIME").doesNotContain("tableScan");
        long read = store.read(tx -> tx.plannedPosts().slotRowsBetween("scheduled", from, from.plus(Duration.ofDays(11)))).size();
        assertThat(read).isPositive();
        assertThat(scanCount(analyzed)).isLessThanOrEqualTo(read + 1L);
    }

    @Test
    void thePlanReadsOnlyTheLaneHoldersAfterItsStart() throws Exception {
        String sql = sqlOf(PlannedPostDao.class, "laneHolderRows", String.class, Instant.class);
        // A year ahead: the 52 weeks of scheduled posts before it must not be read.
        Instant since = NOW.plus(Duration.ofDays(7L * 52));
        Object[] args = {"status", "scheduled", "since", since};
        String plan = explain("EXPLAIN", sql, args);
        String analyzed = explain("EXPLAIN ANALYZE", sql, args);
        print("PlannedPostDao.laneHolderRows: " + sql, plan);
        print("EXPLAIN ANALYZE", analyzed);
        assertThat(plan).contains("PUBLIC.POST_STATUS_TIME").doesNotContain("tableScan")
                .containsPattern("SCHEDULED_AT > \\?\\d+");
        long read = store.read(tx -> tx.plannedPosts().laneHolders(since)).size();
        assertThat(read).isEqualTo(SLOTS * (WEEKS - 26L - 52));
        assertThat(scanCount(analyzed)).isLessThanOrEqualTo(read + 1L);
    }

    @Test
    void theQueueReadsOnlyTheDraftsThroughThePostStatusTimeIndex() throws Exception {
        String sql = sqlOf("draftRows", String.class);
        String plan = explain("EXPLAIN", sql, "ownerId", "local");
        String analyzed = explain("EXPLAIN ANALYZE", sql, "ownerId", "local");
        print("PostDao.draftRows: " + sql, plan);
        print("EXPLAIN ANALYZE", analyzed);
        assertThat(plan).contains("PUBLIC.POST_STATUS_TIME").doesNotContain("tableScan");
        List<PostDao.PostRow> drafts = store.read(tx -> tx.posts().draftRows("local"));
        assertThat(drafts).hasSize(DRAFTS);
        assertThat(scanCount(analyzed)).isLessThanOrEqualTo(DRAFTS + 1L);
    }

    @Test
    void postsAskedForByIdAreFoundThroughTheirKeys() throws Exception {
        String sql = sqlOf(PlannedPostDao.class, "planRows", String[].class);
        String[] ids = {"draft_7", "post_3_40", "no_such_post", "draft_499"};
        String analyzed = explain("EXPLAIN ANALYZE", sql, "ids", ids);
        print("PlannedPostDao.planRows: " + sql, analyzed);
        assertThat(analyzed).containsPattern("PUBLIC\\.PRIMARY_KEY_\\w+: ID = U\\.ID").doesNotContain("tableScan");
        List<PlannedPostDao.PlanRow> rows = store.read(tx -> tx.plannedPosts().planRows(ids));
        assertThat(rows).extracting(PlannedPostDao.PlanRow::id).containsExactlyInAnyOrder("draft_7", "post_3_40", "draft_499");
        assertThat(scanCount(analyzed)).isLessThanOrEqualTo(ids.length + 1L);
    }

    @Test
    void thePlansHoldAfterTheStatisticsAreUpdated() throws Exception {
        store.jdbi().useHandle(h -> h.execute("ANALYZE"));
        String slotPlan = explain("EXPLAIN", sqlOf("futureRowsOfSlot", String.class, Instant.class),
                "slotId", slotId(5), "now", NOW);
        Instant from = Instant.parse("2026-04-06T00:00:00Z");
        String weekPlan = explain("EXPLAIN", sqlOf("rowsBetween", String.class, Instant.class, Instant.class),
                "status", "scheduled", "from", from, "to", from.plus(Duration.ofDays(7)));
        print("after ANALYZE, futureRowsOfSlot", slotPlan);
        print("after ANALYZE, rowsBetween", weekPlan);
        assertThat(slotPlan).contains("PUBLIC.POST_SLOT_TIME").doesNotContain("tableScan");
        assertThat(weekPlan).contains("PUBLIC.POST_STATUS_TIME").doesNotContain("tableScan");
    }

    /** H2's EXPLAIN ANALYZE notes the rows an index cursor read: {@code scanCount: N}. */
    private static long scanCount(String analyzed) {
        var m = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(analyzed);
        assertThat(m.find()).as("scanCount in %s", analyzed).isTrue();
        return Long.parseLong(m.group(1));
    }
}
