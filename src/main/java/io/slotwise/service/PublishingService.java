package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.store.HandOffDao.HandOffRow;
import io.slotwise.store.PublisherDao.PublisherRow;
import io.slotwise.store.StoreTransaction;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing hand-off, the user's side (SPEC §11): each account's publisher, the posts that need the
 * user (due and failed, and those a webhook is still retrying), marking a post published, retrying a
 * failed one. {@link HandOffScheduler} does the rest when posts fall due.
 */
public final class PublishingService {

    public static final String NOT_DUE = "Only a due, failed or sending post can be marked published";
    public static final String NOT_RETRYABLE = "Only a failed hand-off can be retried";
    public static final String MANUAL_ACCOUNT = "Its account publishes by hand: post it, then mark it published";

    /** The statuses of the "Due & failed" list. */
    static final List<PostStatus> ATTENTION = List.of(PostStatus.DUE, PostStatus.SENDING, PostStatus.FAILED);

    private final Workspace ws;

    public PublishingService(Workspace ws) {
        this.ws = ws;
    }

    // ---- publishers ----

    public Publisher publisher(String ownerId, String accountId) {
        return ws.readStore(tx -> {
            owned(tx, ownerId, accountId);
            return publisherOf(tx, accountId);
        });
    }

    /** Every account of the owner with its publisher, by account id. */
    public Map<String, Publisher> publishers(String ownerId) {
        return ws.readStore(tx -> {
            Map<String, Publisher> byAccount = new HashMap<>();
            tx.publishers().all().forEach(r -> byAccount.put(r.accountId(), toPublisher(r)));
            Map<String, Publisher> out = new LinkedHashMap<>();
            for (Account a : tx.accounts().all()) {
                if (a.ownerId().equals(ownerId)) {
                    out.put(a.id(), byAccount.getOrDefault(a.id(), Publisher.MANUAL));
                }
            }
            return out;
        });
    }

    /** Sets who publishes an account's due posts; posts already due or sending follow it on their next step. */
    public Publisher setPublisher(String ownerId, String accountId, Publisher publisher) {
        return ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, accountId);
            tx.publishers().put(new PublisherRow(accountId, publisher.kind().id(),
                    publisher.isWebhook() ? publisher.webhookUrl().toString() : null));
            return publisher;
        });
    }

    /** From a form: the choice and the URL as typed, checked before anything is written. */
    public Publisher setPublisher(String ownerId, String accountId, PublisherKind kind, String webhookUrl) {
        return setPublisher(ownerId, accountId, Publisher.of(kind, webhookUrl));
    }

    // ---- due & failed ----

    /** Posts that are due, being sent (retrying) or failed, oldest first, each with its hand-off. */
    public List<PostHandOff> dueAndFailed(String ownerId) {
        return ws.readStore(tx -> {
            List<PostHandOff> out = new ArrayList<>();
            for (Post p : tx.posts().withStatus(ownerId, ATTENTION)) {
                out.add(new PostHandOff(p, tx.handOffs().find(p.id()).map(PublishingService::toHandOff).orElse(null)));
            }
            return out;
        });
    }

    /** A post's hand-off, once its time has come. */
    public Optional<HandOff> handOff(String ownerId, String postId) {
        return ws.readStore(tx -> {
            ownedPost(tx, ownerId, postId);
            return tx.handOffs().find(postId).map(PublishingService::toHandOff);
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
            HandOffRow h = tx.handOffs().find(postId).orElse(new HandOffRow(postId, PublisherKind.MANUAL.id(),
                    ws.now(), 0, null, null, null, null));
            tx.handOffs().put(new HandOffRow(postId, h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                    h.lastError(), null, ws.now()));
            return done;
        });
    }

    /**
     * Hands a failed post to its account's publisher again: back to sending with a fresh set of attempts,
     * the first due now (the same idempotency key as before). A due post can be sent the same way once its
     * account has a webhook.
     */
    public Post retry(String ownerId, String postId) {
        return ws.write(ownerId, (tx, plan) -> {
            Post p = ownedPost(tx, ownerId, postId);
            if (p.status() != PostStatus.FAILED && p.status() != PostStatus.DUE) {
                throw ServiceException.invalid("status", NOT_RETRYABLE + "; this one is " + p.status().id());
            }
            Publisher publisher = publisherOf(tx, p.accountId());
            if (!publisher.isWebhook() && p.status() == PostStatus.DUE) {
                throw ServiceException.invalid("status", MANUAL_ACCOUNT);
            }
            Post again = p.withStatus(publisher.isWebhook() ? PostStatus.SENDING : PostStatus.DUE, ws.now());
            tx.posts().updateStatus(again);
            plan.put(again.planned());
            Optional<HandOffRow> old = tx.handOffs().find(postId);
            tx.handOffs().put(new HandOffRow(postId, publisher.kind().id(),
                    old.map(HandOffRow::dueAt).orElse(ws.now()), 0, old.map(HandOffRow::lastAttemptAt).orElse(null),
                    old.map(HandOffRow::lastError).orElse(null), publisher.isWebhook() ? ws.now() : null, null));
            return again;
        });
    }

    // ---- shared with the scheduler and the backup ----

    /** An account's publisher inside an open transaction; manual when it has none or there is no account. */
    static Publisher publisherOf(StoreTransaction tx, String accountId) {
        return accountId == null ? Publisher.MANUAL
                : tx.publishers().find(accountId).map(PublishingService::toPublisher).orElse(Publisher.MANUAL);
    }

    static Publisher toPublisher(PublisherRow r) {
        PublisherKind kind = PublisherKind.fromId(r.kind()).orElse(PublisherKind.MANUAL);
        return kind == PublisherKind.WEBHOOK && r.webhookUrl() != null
                ? new Publisher(kind, URI.create(r.webhookUrl())) : Publisher.MANUAL;
    }

    static HandOff toHandOff(HandOffRow r) {
        return new HandOff(r.postId(), PublisherKind.fromId(r.channel()).orElse(PublisherKind.MANUAL), r.dueAt(),
                r.attempts(), r.lastAttemptAt(), r.lastError(), r.nextAttemptAt(), r.publishedAt());
    }

    static HandOffRow toRow(HandOff h) {
        return new HandOffRow(h.postId(), h.channel().id(), h.dueAt(), h.attempts(), h.lastAttemptAt(), h.lastError(),
                h.nextAttemptAt(), h.publishedAt());
    }

    private static Account owned(StoreTransaction tx, String ownerId, String accountId) {
        Account a = tx.accounts().find(accountId).orElseThrow(() -> ServiceException.notFound("Account not found"));
        if (!a.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return a;
    }

    private static Post ownedPost(StoreTransaction tx, String ownerId, String postId) {
        Post p = tx.posts().find(postId).orElseThrow(() -> ServiceException.notFound(PostService.POST_NOT_FOUND));
        if (!p.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return p;
    }
}
