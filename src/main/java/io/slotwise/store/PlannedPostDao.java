package io.slotwise.store;

import io.slotwise.engine.Destination;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.PostStatus;
import io.slotwise.store.PostDao.LabelRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the engine's plan reads and writes of posts, without their content: the posts holding lanes,
 * the few fields assign-next needs of a batch, and the placements it writes back.
 */
@RegisterConstructorMapper(PlannedPostDao.PlanRow.class)
@RegisterConstructorMapper(PostDao.LabelRow.class)
public interface PlannedPostDao {

    record PlanRow(String id, String ownerId, String status, String platform, String accountId, String subaccountId,
                   Instant scheduledAt, String slotId) {
    }

    /**
     * The statuses of {@link PostDao#HOLDS_LANE}, for the queries that read a time range one status at a
     * time: a range of post_status_time (status, scheduled_at) each, where a status list would make H2
     * read every post of those statuses (it uses an IN list on an index's first column without the range
     * on the second).
     */
    List<PostStatus> LANE_HOLDING = Arrays.stream(PostStatus.values()).filter(PostStatus::holdsLane).toList();

    /**
     * Places many posts in one statement: the new placements arrive as arrays and are joined to the
     * posts by id. Against a batch of single-row UPDATEs this halves the time of a 10,000-post
     * assign-next (BENCHMARKS.md).
     */
    @SqlUpdate("MERGE INTO post p USING (SELECT * FROM UNNEST(CAST(:ids AS VARCHAR(64) ARRAY), "
            + "CAST(:statuses AS VARCHAR(20) ARRAY), CAST(:times AS TIMESTAMP(3) WITH TIME ZONE ARRAY), "
            + "CAST(:slotIds AS VARCHAR(64) ARRAY), CAST(:occurrenceStarts AS TIMESTAMP(3) WITH TIME ZONE ARRAY))) "
            + "AS u(id, status, scheduled_at, slot_id, occurrence_start) ON p.id = u.id "
            + "WHEN MATCHED THEN UPDATE SET status = u.status, scheduled_at = u.scheduled_at, slot_id = u.slot_id, "
            + "occurrence_start = u.occurrence_start, updated_at = :updatedAt")
    int updatePlacementArrays(@Bind("ids") String[] ids, @Bind("statuses") String[] statuses,
                              @Bind("times") Instant[] times, @Bind("slotIds") String[] slotIds,
                              @Bind("occurrenceStarts") Instant[] occurrenceStarts,
                              @Bind("updatedAt") Instant updatedAt);

    @SqlQuery("SELECT id, owner_id, status, platform, account_id, subaccount_id, scheduled_at, slot_id FROM post "
            + "WHERE status = :status AND scheduled_at > :since")
    List<PlanRow> laneHolderRows(@Bind("status") String status, @Bind("since") Instant since);

    @SqlQuery("SELECT id, owner_id, status, platform, account_id, subaccount_id, scheduled_at, slot_id FROM post "
            + "WHERE status = :status AND scheduled_at >= :from AND scheduled_at < :to AND slot_id IS NOT NULL")
    List<PlanRow> slotRowsBetween(@Bind("status") String status, @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT l.post_id, l.label_id FROM post_label l JOIN post p ON p.id = l.post_id "
            + "WHERE p.status = :status AND p.scheduled_at > :since")
    List<LabelRow> laneHolderLabels(@Bind("status") String status, @Bind("since") Instant since);

    /** What the engine needs of some posts; the ids arrive as in {@link PostDao#labelsOf}. */
    @SqlQuery("SELECT p.id, p.owner_id, p.status, p.platform, p.account_id, p.subaccount_id, p.scheduled_at, p.slot_id "
            + "FROM UNNEST(CAST(:ids AS VARCHAR(64) ARRAY)) AS u(id) JOIN post p ON p.id = u.id")
    List<PlanRow> planRows(@Bind("ids") String[] ids);

    @SqlQuery(PostDao.LABELS_OF)
    List<LabelRow> labelsOf(@Bind("ids") String[] ids);

    /** What the engine needs of some posts, without their content (assign-next reads only this). */
    default List<PlannedPost> planned(List<String> ids) {
        List<PlannedPost> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += PostDao.ARRAY_CHUNK) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + PostDao.ARRAY_CHUNK)).toArray(new String[0]);
            Map<String, Set<String>> labels = new HashMap<>();
            LabelRow.addTo(labels, labelsOf(chunk));
            for (PlanRow r : planRows(chunk)) {
                out.add(toPlanned(r, labels.getOrDefault(r.id(), Set.of())));
            }
        }
        return out;
    }

    /** Writes where and when posts were placed by the engine, a few statements for the lot. */
    default void updatePlacements(List<PlannedPost> posts, List<Instant> occurrenceStarts, Instant now) {
        int chunk = PostDao.ARRAY_CHUNK;
        for (int from = 0; from < posts.size(); from += chunk) {
            int n = Math.min(chunk, posts.size() - from);
            String[] ids = new String[n];
            String[] statuses = new String[n];
            Instant[] times = new Instant[n];
            String[] slots = new String[n];
            Instant[] starts = new Instant[n];
            for (int i = 0; i < n; i++) {
                PlannedPost p = posts.get(from + i);
                ids[i] = p.id();
                statuses[i] = p.status().id();
                times[i] = p.scheduledAt();
                slots[i] = p.slotId();
                starts[i] = occurrenceStarts.get(from + i);
            }
            int updated = updatePlacementArrays(ids, statuses, times, slots, starts, now);
            if (updated != n) {
                throw new StoreException("Expected to place " + n + " posts, placed " + updated, null);
            }
        }
    }

    private static PlannedPost toPlanned(PlanRow r, Set<String> labels) {
        Platform platform = r.platform() == null ? null : Platform.fromId(r.platform()).orElseThrow();
        return new PlannedPost(r.id(), r.ownerId(), PostStatus.fromId(r.status()).orElseThrow(), platform,
                r.accountId() == null ? null : Destination.of(r.accountId(), r.subaccountId()), labels,
                r.scheduledAt(), r.slotId());
    }

    /** What the engine needs of every post that holds a lane after {@code since}. */
    default List<PlannedPost> laneHolders(Instant since) {
        List<PlannedPost> out = new ArrayList<>();
        for (PostStatus s : LANE_HOLDING) {
            Map<String, Set<String>> labels = new HashMap<>();
            LabelRow.addTo(labels, laneHolderLabels(s.id(), since));
            for (PlanRow r : laneHolderRows(s.id(), since)) {
                out.add(toPlanned(r, labels.getOrDefault(r.id(), Set.of())));
            }
        }
        return out;
    }

    /**
     * The posts holding a lane in a slot between two instants, without labels or content: enough to
     * tell which occurrence each sits on, which is all a calendar page needs of its neighbours.
     */
    default List<PlannedPost> slotHoldersBetween(Instant from, Instant to) {
        List<PlannedPost> out = new ArrayList<>();
        for (PostStatus s : LANE_HOLDING) {
            for (PlanRow r : slotRowsBetween(s.id(), from, to)) {
                out.add(toPlanned(r, Set.of()));
            }
        }
        return out;
    }
}
