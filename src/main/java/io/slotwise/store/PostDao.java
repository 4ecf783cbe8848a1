package io.slotwise.store;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Posts and their labels, whole: writing them, the lists (queue, scheduled, a calendar week) and the
 * hand-off's reads. What the engine's plan reads and writes of them is in {@link PlannedPostDao}.
 */
@RegisterConstructorMapper(PostDao.PostRow.class)
@RegisterConstructorMapper(PostDao.LabelRow.class)
public interface PostDao {

    record PostRow(String id, String ownerId, String status, String platform, String accountId, String subaccountId,
                   String contentJson, String targetJson, Instant scheduledAt, String slotId,
                   Instant occurrenceStart, Instant createdAt, Instant updatedAt) {
    }

    record LabelRow(String postId, String labelId) {

        /** Adds label rows to a post id → label ids map. */
        static void addTo(Map<String, Set<String>> labels, List<LabelRow> rows) {
            for (LabelRow l : rows) {
                labels.computeIfAbsent(l.postId(), k -> new HashSet<>()).add(l.labelId());
            }
        }
    }

    String COLUMNS = "id, owner_id, status, platform, account_id, subaccount_id, content_json, target_json, "
            + "scheduled_at, slot_id, occurrence_start, created_at, updated_at";
    /** Posts that hold their lane (PostStatus.holdsLane). */
    String HOLDS_LANE = "status IN ('scheduled', 'pending_approval', 'due', 'sending')";
    /** Posts waiting for their time (PostStatus.isUpcoming): what the vendors list as scheduled. */
    String UPCOMING = "status IN ('scheduled', 'pending_approval')";
    /** The labels of the posts whose ids arrive as one array (see {@link #labelsOf}). */
    String LABELS_OF = "SELECT l.post_id, l.label_id FROM UNNEST(CAST(:ids AS VARCHAR(64) ARRAY)) AS u(id) "
            + "JOIN post_label l ON l.post_id = u.id";
    /** The most ids passed in one array parameter (H2 caps arrays at 65,536 elements). */
    int ARRAY_CHUNK = 10_000;

    @SqlUpdate("INSERT INTO post (" + COLUMNS + ") VALUES (:id, :ownerId, :status, :platform, :accountId, "
            + ":subaccountId, :contentJson, :targetJson, :scheduledAt, :slotId, :occurrenceStart, :createdAt, :updatedAt)")
    void insertRow(@Bind("id") String id, @Bind("ownerId") String ownerId, @Bind("status") String status,
                   @Bind("platform") String platform, @Bind("accountId") String accountId,
                   @Bind("subaccountId") String subaccountId, @Bind("contentJson") String contentJson,
                   @Bind("targetJson") String targetJson, @Bind("scheduledAt") Instant scheduledAt,
                   @Bind("slotId") String slotId, @Bind("occurrenceStart") Instant occurrenceStart,
                   @Bind("createdAt") Instant createdAt, @Bind("updatedAt") Instant updatedAt);

    @SqlUpdate("UPDATE post SET status = :status, platform = :platform, account_id = :accountId, "
            + "subaccount_id = :subaccountId, content_json = :contentJson, target_json = :targetJson, "
            + "scheduled_at = :scheduledAt, slot_id = :slotId, occurrence_start = :occurrenceStart, "
            + "updated_at = :updatedAt WHERE id = :id")
    int updateRow(@Bind("id") String id, @Bind("status") String status,
                  @Bind("platform") String platform, @Bind("accountId") String accountId,
                  @Bind("subaccountId") String subaccountId, @Bind("contentJson") String contentJson,
                  @Bind("targetJson") String targetJson, @Bind("scheduledAt") Instant scheduledAt,
                  @Bind("slotId") String slotId, @Bind("occurrenceStart") Instant occurrenceStart,
                  @Bind("updatedAt") Instant updatedAt);

    @SqlUpdate("UPDATE post SET status = :status, scheduled_at = :scheduledAt, slot_id = :slotId, "
            + "occurrence_start = :occurrenceStart, updated_at = :updatedAt WHERE id = :id")
    int updatePlacement(@Bind("id") String id, @Bind("status") String status,
                        @Bind("scheduledAt") Instant scheduledAt, @Bind("slotId") String slotId,
                        @Bind("occurrenceStart") Instant occurrenceStart, @Bind("updatedAt") Instant updatedAt);

    @SqlUpdate("INSERT INTO post_label (post_id, label_id) VALUES (:postId, :labelId)")
    void insertLabel(@Bind("postId") String postId, @Bind("labelId") String labelId);

    @SqlUpdate("DELETE FROM post_label WHERE post_id = :postId")
    void deleteLabels(@Bind("postId") String postId);

    @SqlUpdate("DELETE FROM post")
    void deleteAll();

    @SqlUpdate("DELETE FROM post WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlBatch("DELETE FROM post WHERE id = :id")
    int[] deleteBatch(@Bind("id") List<String> ids);

    /** Deletes posts (their labels go with them) in one JDBC batch. */
    default void deleteAll(List<String> ids) {
        if (!ids.isEmpty()) {
            deleteBatch(ids);
        }
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE id = :id")
    Optional<PostRow> findRow(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE id IN (<ids>)")
    List<PostRow> findRows(@BindList("ids") Collection<String> ids);

    /**
     * The labels of some posts. The ids arrive as one array joined to the table, an index lookup each:
     * for 10,000 posts about a third of the time of ten IN lists of 1,000 (BENCHMARKS.md). H2 caps
     * arrays; callers pass at most {@link #ARRAY_CHUNK} ids.
     */
    @SqlQuery(LABELS_OF)
    List<LabelRow> labelsOf(@Bind("ids") String[] ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE slot_id = :slotId AND " + HOLDS_LANE
            + " AND scheduled_at > :now ORDER BY scheduled_at, id")
    List<PostRow> futureRowsOfSlot(@Bind("slotId") String slotId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE post SET slot_id = NULL, occurrence_start = NULL, updated_at = :now "
            + "WHERE slot_id = :slotId AND (scheduled_at IS NULL OR scheduled_at <= :now OR NOT (" + HOLDS_LANE + "))")
    int unlinkAllButFuture(@Bind("slotId") String slotId, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND " + UPCOMING
            + " AND scheduled_at > :now AND scheduled_at >= :afterTime"
            + " AND (scheduled_at > :afterTime OR id > :afterId) ORDER BY scheduled_at, id LIMIT :limit")
    List<PostRow> futureRowsPage(@Bind("ownerId") String ownerId, @Bind("now") Instant now,
                                 @Bind("afterTime") Instant afterTime, @Bind("afterId") String afterId,
                                 @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM post WHERE owner_id = :ownerId AND " + UPCOMING + " AND scheduled_at > :now")
    long countFuture(@Bind("ownerId") String ownerId, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE status = :status AND scheduled_at >= :from AND scheduled_at < :to")
    List<PostRow> rowsBetween(@Bind("status") String status, @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND " + HOLDS_LANE
            + " ORDER BY scheduled_at, id")
    List<PostRow> scheduledRows(@Bind("ownerId") String ownerId);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND status = 'draft' ORDER BY created_at, id")
    List<PostRow> draftRows(@Bind("ownerId") String ownerId);

    @SqlQuery("SELECT " + COLUMNS + " FROM post ORDER BY created_at, id")
    List<PostRow> allRows();

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND status <> 'draft' "
            + "AND created_at >= :since ORDER BY created_at DESC, id DESC")
    List<PostRow> createdSinceRows(@Bind("ownerId") String ownerId, @Bind("since") Instant since);

    @SqlQuery("SELECT post_id, label_id FROM post_label")
    List<LabelRow> allLabels();

    // ---- hand-off (SPEC §11) ----

    @SqlQuery("SELECT DISTINCT owner_id FROM post WHERE status = 'scheduled' AND scheduled_at <= :now ORDER BY owner_id")
    List<String> ownersWithFallenDue(@Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND status = 'scheduled' "
            + "AND scheduled_at <= :now ORDER BY scheduled_at, id")
    List<PostRow> fallenDueRows(@Bind("ownerId") String ownerId, @Bind("now") Instant now);

    /** When the next scheduled post falls due; null when none is scheduled. */
    @SqlQuery("SELECT MIN(scheduled_at) FROM post WHERE status = 'scheduled'")
    Instant nextScheduledAt();

    @SqlQuery("SELECT " + COLUMNS + " FROM post WHERE owner_id = :ownerId AND status IN (<statuses>) "
            + "ORDER BY scheduled_at, id")
    List<PostRow> rowsWithStatus(@Bind("ownerId") String ownerId, @BindList("statuses") Collection<String> statuses);

    @SqlUpdate("UPDATE post SET status = :status, updated_at = :updatedAt WHERE id = :id")
    int updateStatus(@Bind("id") String id, @Bind("status") String status, @Bind("updatedAt") Instant updatedAt);

    /** The owner's scheduled posts whose time has come, oldest first. */
    default List<Post> fallenDue(String ownerId, Instant now) {
        return withLabels(fallenDueRows(ownerId, now));
    }

    /** The owner's posts in these statuses, in time order. */
    default List<Post> withStatus(String ownerId, Collection<PostStatus> statuses) {
        return withLabels(rowsWithStatus(ownerId, statuses.stream().map(PostStatus::id).toList()));
    }

    /** Writes only a post's status (and when it changed). */
    default void updateStatus(Post p) {
        updateStatus(p.id(), p.status().id(), p.updatedAt());
    }

    @SqlQuery("SELECT COUNT(*) FROM post WHERE account_id = :accountId")
    int countForAccount(@Bind("accountId") String accountId);

    @SqlQuery("SELECT COUNT(*) FROM post")
    long count();

    @SqlQuery("SELECT MAX(scheduled_at) FROM post WHERE slot_id = :slotId AND " + HOLDS_LANE)
    Instant latestScheduledIn(@Bind("slotId") String slotId);

    default void insert(Post p) {
        insertRow(p.id(), p.ownerId(), p.status().id(), p.platform() == null ? null : p.platform().id(),
                p.accountId(), p.subaccountId(), PostContentJson.write(p.content()), p.targetJson(), p.scheduledAt(),
                p.slotId(), p.occurrenceStart(), p.createdAt(), p.updatedAt());
        for (String label : p.labelIds()) {
            insertLabel(p.id(), label);
        }
    }

    @SqlBatch("INSERT INTO post (" + COLUMNS + ") VALUES (:id, :ownerId, :status, :platform, :accountId, "
            + ":subaccountId, :contentJson, :targetJson, :scheduledAt, :slotId, :occurrenceStart, :createdAt, :updatedAt)")
    void insertRowBatch(@BindMethods Iterable<PostRow> rows);

    @SqlBatch("INSERT INTO post_label (post_id, label_id) VALUES (:postId, :labelId)")
    void insertLabelBatch(@BindMethods Iterable<LabelRow> rows);

    /** Inserts new posts in two JDBC batches (a bulk import). */
    default void insertAll(List<Post> posts) {
        List<PostRow> rows = new ArrayList<>(posts.size());
        List<LabelRow> labels = new ArrayList<>();
        for (Post p : posts) {
            rows.add(new PostRow(p.id(), p.ownerId(), p.status().id(), p.platform() == null ? null : p.platform().id(),
                    p.accountId(), p.subaccountId(), PostContentJson.write(p.content()), p.targetJson(), p.scheduledAt(),
                    p.slotId(), p.occurrenceStart(), p.createdAt(), p.updatedAt()));
            p.labelIds().forEach(l -> labels.add(new LabelRow(p.id(), l)));
        }
        if (!rows.isEmpty()) {
            insertRowBatch(rows);
        }
        if (!labels.isEmpty()) {
            insertLabelBatch(labels);
        }
    }

    /** Replaces every field of an existing post but its id, owner and creation time. */
    default void update(Post p) {
        updateRow(p.id(), p.status().id(), p.platform() == null ? null : p.platform().id(), p.accountId(),
                p.subaccountId(), PostContentJson.write(p.content()), p.targetJson(), p.scheduledAt(), p.slotId(),
                p.occurrenceStart(), p.updatedAt());
        deleteLabels(p.id());
        for (String label : p.labelIds()) {
            insertLabel(p.id(), label);
        }
    }

    /** Writes only where and when a post is placed: the fast path of assign-next. */
    default void updatePlacement(Post p) {
        updatePlacement(p.id(), p.status().id(), p.scheduledAt(), p.slotId(), p.occurrenceStart(), p.updatedAt());
    }

    default Optional<Post> find(String id) {
        return findRow(id).map(r -> withLabels(List.of(r)).get(0));
    }

    default List<Post> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : withLabels(findRows(ids));
    }

    default List<Post> futureOfSlot(String slotId, Instant now) {
        return withLabels(futureRowsOfSlot(slotId, now));
    }

    default List<Post> futurePage(String ownerId, Instant now, Instant afterTime, String afterId, int limit) {
        return withLabels(futureRowsPage(ownerId, now, afterTime, afterId, limit));
    }

    /** Every post with a time in {@code [from, to)}, whatever its status, in time order. */
    default List<Post> between(Instant from, Instant to) {
        List<PostRow> rows = new ArrayList<>();
        for (PostStatus s : PostStatus.values()) {
            rows.addAll(rowsBetween(s.id(), from, to));
        }
        rows.sort(Comparator.comparing(PostRow::scheduledAt).thenComparing(PostRow::id));
        return withLabels(rows);
    }

    /** The owner's posts that hold a lane (scheduled, pending approval), past and future, in time order. */
    default List<Post> scheduled(String ownerId) {
        return withLabels(scheduledRows(ownerId));
    }

    /** The owner's posts with a time (not drafts) created at or after {@code since}, newest first. */
    default List<Post> createdSince(String ownerId, Instant since) {
        return withLabels(createdSinceRows(ownerId, since));
    }

    default List<Post> drafts(String ownerId) {
        return withLabels(draftRows(ownerId));
    }

    default List<Post> all() {
        Map<String, Set<String>> labels = new HashMap<>();
        LabelRow.addTo(labels, allLabels());
        List<Post> out = new ArrayList<>();
        for (PostRow r : allRows()) {
            out.add(toPost(r, labels.getOrDefault(r.id(), Set.of())));
        }
        return out;
    }

    private List<Post> withLabels(List<PostRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> labels = new HashMap<>();
        List<String> ids = rows.stream().map(PostRow::id).toList();
        for (int i = 0; i < ids.size(); i += ARRAY_CHUNK) {
            LabelRow.addTo(labels, labelsOf(ids.subList(i, Math.min(ids.size(), i + ARRAY_CHUNK)).toArray(new String[0])));
        }
        List<Post> out = new ArrayList<>(rows.size());
        for (PostRow r : rows) {
            out.add(toPost(r, labels.getOrDefault(r.id(), Set.of())));
        }
        return out;
    }

    private static Post toPost(PostRow r, Set<String> labels) {
        Platform platform = r.platform() == null ? null : Platform.fromId(r.platform()).orElseThrow();
        return new Post(r.id(), r.ownerId(), PostStatus.fromId(r.status()).orElseThrow(), platform, r.accountId(),
                r.subaccountId(), PostContentJson.read(r.contentJson()), r.targetJson(), labels, r.scheduledAt(),
                r.slotId(), r.occurrenceStart(), r.createdAt(), r.updatedAt());
    }
}
