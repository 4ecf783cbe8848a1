package io.slotwise.publishing;

import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.HandOff;
import io.slotwise.service.PostService;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.store.HandOffDao.HandOffRow;
import io.slotwise.store.StoreTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishing hand-off, the user's side (SPEC §11): the posts that need the user (due and failed, and
 * those a webhook is still retrying), marking a post published, retrying a failed one. Each account's
 * publisher is set through {@link io.slotwise.service.AccountService}; {@link HandOffScheduler} does
 * the rest when posts fall due.
 *
 * <p>Built from the services ({@link #over}) rather than by them, so that service never depends on
 * publishing. It keeps nothing of its own beyond the workspace, so any number may be made.
 */
public final class Publishing {

    public static final String NOT_DUE = "Only a due, failed or sending post can be marked published";
    public static final String NOT_RETRYABLE = "Only a failed hand-off can be retried";
    public static final String MANUAL_ACCOUNT = "Its account publishes by hand: post it, then mark it published";
    public static final String NEEDS_KEY = " needs its API key: enter it in Accounts & labels first";

    /** The statuses of the "Due & failed" list. */
    static final List<PostStatus> ATTENTION = List.of(PostStatus.DUE, PostStatus.SENDING, PostStatus.FAILED);

    private final Workspace ws;

    private Publishing(Workspace ws) {
        this.ws = ws;
    }

    /** The hand-off's user side over open services. */
    public static Publishing over(Services services) {
        return new Publishing(services.workspace());
    }

    // ---- due & failed ----

    /** Posts that are due, being sent (retrying) or failed, oldest first, each with its hand-off. */
    public List<PostHandOff> dueAndFailed(String ownerId) {
        return ws.readStore(tx -> {
            List<PostHandOff> out = new ArrayList<>();
            for (Post p : tx.posts().withStatus(ownerId, ATTENTION)) {
                out.add(new PostHandOff(p, tx.handOffs().find(p.id()).map(HandOff::stored).orElse(null)));
            }
            return out;
        });
    }

    /** A post's hand-off, once its time has come. */
    public Optional<HandOff> handOff(String ownerId, String postId) {
        return ws.readStore(tx -> {
            ownedPost(tx, ownerId, postId);
            return tx.handOffs().find(postId).map(HandOff::stored);
        });
    }

    /**
     * The user published it (by hand, or instead of the webhook): published now. A webhook attempt still
     * under way is then ignored when it answers, and no further attempt is made.
     */
    public Post markPublished(String ownerId, String postId) {
        return ws.write(ownerId, (tx, plan) -> {
            Post p = ownedPost(tx, ownerId, postId);
            if (!ATTENTION.contains(p.status())) {
                throw ServiceException.invalid("status", NOT_DUE + "; this one is " + p.status().id());
            }
            Post done = p.withStatus(PostStatus.PUBLISHED, ws.now());
            tx.posts().updateStatus(done);
            plan.put(done.planned());
            HandOffRow h = tx.handOffs().find(postId).orElse(HandOffRow.plain(postId, PublisherKind.MANUAL.id(),
                    ws.now(), 0, null, null, null, null));
            tx.handOffs().put(new HandOffRow(postId, h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                    h.lastError(), null, ws.now(), h.requestKey(), h.remoteId(), h.publicUrl(), false));
            return done;
        });
    }

    /**
     * Hands a failed post to its account's publisher again: back to sending with a fresh set of attempts,
     * the first due now. A webhook gets the same idempotency key as before; a forwarder a new one, since the
     * user asks for a new post (the last one failed, or they checked that it was never made). A due post can be
     * sent the same way once its account has a webhook or a forwarder.
     */
    public Post retry(String ownerId, String postId) {
        return ws.write(ownerId, (tx, plan) -> {
            Post p = ownedPost(tx, ownerId, postId);
            if (p.status() != PostStatus.FAILED && p.status() != PostStatus.DUE) {
                throw ServiceException.invalid("status", NOT_RETRYABLE + "; this one is " + p.status().id());
            }
            Publisher publisher = Publisher.ofAccount(tx, p.accountId());
            if (!publisher.isAutomatic() && p.status() == PostStatus.DUE) {
                throw ServiceException.invalid("status", MANUAL_ACCOUNT);
            }
            if (publisher.needsKey()) {
                throw ServiceException.invalid("apiKey", publisher.kind().displayName() + NEEDS_KEY);
            }
            Post again = p.withStatus(publisher.isAutomatic() ? PostStatus.SENDING : PostStatus.DUE, ws.now());
            tx.posts().updateStatus(again);
            plan.put(again.planned());
            Optional<HandOffRow> old = tx.handOffs().find(postId);
            String key = publisher.isForwarder() ? postId + "-" + ws.now().toEpochMilli() : null;
            tx.handOffs().put(new HandOffRow(postId, publisher.kind().id(),
                    old.map(HandOffRow::dueAt).orElse(ws.now()), 0, old.map(HandOffRow::lastAttemptAt).orElse(null),
                    old.map(HandOffRow::lastError).orElse(null), publisher.isAutomatic() ? ws.now() : null, null, key,
                    null, null, false));
            return again;
        });
    }

    private static Post ownedPost(StoreTransaction tx, String ownerId, String postId) {
        Post p = tx.posts().find(postId).orElseThrow(() -> ServiceException.notFound(PostService.POST_NOT_FOUND));
        if (!p.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return p;
    }
}
