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

    /**
     * {@code channel} is "manual", "webhook", "blotato" or "ayrshare". The last four are a forwarder's: the
     * idempotency key it sends, the hosted scheduler's id for the post, its public URL, and whether a create-post
     * request was written down and never answered.
     */
    record HandOffRow(String postId, String channel, Instant dueAt, int attempts, Instant lastAttemptAt,
                      String lastError, Instant nextAttemptAt, Instant publishedAt, String requestKey, String remoteId,
                      String publicUrl, boolean awaitingAnswer) {

        /** A hand-off with no forwarder state (manual, webhook). */
        public static HandOffRow plain(String postId, String channel, Instant dueAt, int attempts, Instant lastAttemptAt,
                                       String lastError, Instant nextAttemptAt, Instant publishedAt) {
            return new HandOffRow(postId, channel, dueAt, attempts, lastAttemptAt, lastError, nextAttemptAt,
                    publishedAt, null, null, null, false);
        }
    }

    String COLUMNS = "post_id, channel, due_at, attempts, last_attempt_at, last_error, next_attempt_at, published_at, "
            + "request_key, remote_id, public_url, awaiting_answer";

    @SqlQuery("SELECT " + COLUMNS + " FROM hand_off WHERE post_id = :postId")
    Optional<HandOffRow> find(@Bind("postId") String postId);

    @SqlQuery("SELECT " + COLUMNS + " FROM hand_off ORDER BY post_id")
    List<HandOffRow> all();

    @SqlUpdate("INSERT INTO hand_off (" + COLUMNS + ") VALUES (:postId, :channel, :dueAt, :attempts, :lastAttemptAt, "
            + ":lastError, :nextAttemptAt, :publishedAt, :requestKey, :remoteId, :publicUrl, :awaitingAnswer)")
    void insert(@BindMethods HandOffRow row);

    @SqlUpdate("UPDATE hand_off SET channel = :channel, due_at = :dueAt, attempts = :attempts, "
            + "last_attempt_at = :lastAttemptAt, last_error = :lastError, next_attempt_at = :nextAttemptAt, "
            + "published_at = :publishedAt, request_key = :requestKey, remote_id = :remoteId, public_url = :publicUrl, "
            + "awaiting_answer = :awaitingAnswer WHERE post_id = :postId")
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

    /**
     * A forwarder's create-post attempt, taken as {@link #claim} takes a webhook's, and marked as waiting for its
     * answer in the same write: if Slotwise stops before the answer is written down, the next start sees it.
     */
    @SqlUpdate("UPDATE hand_off SET attempts = :expectedAttempts + 1, last_attempt_at = :now, "
            + "next_attempt_at = :nextAttemptAt, awaiting_answer = TRUE WHERE post_id = :postId "
            + "AND attempts = :expectedAttempts AND next_attempt_at <= :now")
    int claimCreate(@Bind("postId") String postId, @Bind("expectedAttempts") int expectedAttempts,
                    @Bind("now") Instant now, @Bind("nextAttemptAt") Instant nextAttemptAt);

    /** Takes a status check of a post the hosted scheduler has: 1 when this caller took it, 0 when another did. */
    @SqlUpdate("UPDATE hand_off SET next_attempt_at = :nextAttemptAt WHERE post_id = :postId "
            + "AND next_attempt_at = :expected")
    int claimCheck(@Bind("postId") String postId, @Bind("expected") Instant expected,
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
