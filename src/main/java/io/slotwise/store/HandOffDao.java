package io.slotwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Where each due post's hand-off stands: attempts, the last error, the next attempt, when it was published. */
@RegisterConstructorMapper(HandOffDao.HandOffRow.class)
public interface HandOffDao {

    /** {@code channel} is "manual" or "webhook". */
    record HandOffRow(String postId, String channel, Instant dueAt, int attempts, Instant lastAttemptAt,
                      String lastError, Instant nextAttemptAt, Instant publishedAt) {
    }

    String COLUMNS = "post_id, channel, due_at, attempts, last_attempt_at, last_error, next_attempt_at, published_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM hand_off WHERE post_id = :postId")
    Optional<HandOffRow> find(@Bind("postId") String postId);

    @SqlQuery("SELECT " + COLUMNS + " FROM hand_off ORDER BY post_id")
    List<HandOffRow> all();

    @SqlUpdate("INSERT INTO hand_off (" + COLUMNS + ") VALUES (:postId, :channel, :dueAt, :attempts, :lastAttemptAt, "
            + ":lastError, :nextAttemptAt, :publishedAt)")
    void insert(@BindMethods HandOffRow row);

    @SqlUpdate("UPDATE hand_off SET channel = :channel, due_at = :dueAt, attempts = :attempts, "
            + "last_attempt_at = :lastAttemptAt, last_error = :lastError, next_attempt_at = :nextAttemptAt, "
            + "published_at = :publishedAt WHERE post_id = :postId")
    int update(@BindMethods HandOffRow row);

    default void put(HandOffRow row) {
        if (update(row) == 0) {
            insert(row);
        }
    }

    /**
     * Takes the next attempt of a post being sent: counts it and sets when the one after it is due,
     * only if no one took it since {@code expectedAttempts} was read. 1 when taken, 0 when not.
     */
    @SqlUpdate("UPDATE hand_off SET attempts = :expectedAttempts + 1, last_attempt_at = :now, "
            + "next_attempt_at = :nextAttemptAt WHERE post_id = :postId AND attempts = :expectedAttempts "
            + "AND next_attempt_at <= :now")
    int claim(@Bind("postId") String postId, @Bind("expectedAttempts") int expectedAttempts, @Bind("now") Instant now,
              @Bind("nextAttemptAt") Instant nextAttemptAt);

    /** Posts being sent whose next attempt is due, the longest waiting first, then in the order of their times. */
    @SqlQuery("SELECT h.post_id FROM hand_off h JOIN post p ON p.id = h.post_id WHERE p.status = 'sending' "
            + "AND h.next_attempt_at <= :now ORDER BY h.next_attempt_at, p.scheduled_at, h.post_id")
    List<String> attemptsDue(@Bind("now") Instant now);

    /** When the next webhook attempt of any post being sent is due; null when none is. */
    @SqlQuery("SELECT MIN(h.next_attempt_at) FROM hand_off h JOIN post p ON p.id = h.post_id "
            + "WHERE p.status = 'sending'")
    Instant nextAttemptAt();

    /** Posts being sent that have no attempt planned (restored from a backup or an undo): they need one. */
    @SqlQuery("SELECT p.id FROM post p LEFT JOIN hand_off h ON h.post_id = p.id "
            + "WHERE p.status = 'sending' AND (h.post_id IS NULL OR h.next_attempt_at IS NULL)")
    List<String> sendingWithoutAttempt();
}
