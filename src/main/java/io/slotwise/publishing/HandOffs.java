package io.slotwise.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.api.blotato.BlotatoPostView;
import io.slotwise.engine.Plan;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.ForwarderSettings;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.Workspace;
import io.slotwise.store.HandOffDao.HandOffRow;
import io.slotwise.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-off's steps, each in its own transaction: posts falling due, counting a webhook attempt
 * before it is made, and writing what came of it. The scheduler decides when; this decides what.
 *
 * <p>Delivery is at least once: an attempt is counted (and the next one planned) before the request
 * goes out, and the post is marked published only after the receiver answered 2xx. If Slotwise stops
 * in between, the post is still "sending" with an attempt planned, so it is sent again after a restart,
 * with the same {@code Idempotency-Key} (the post id) for the receiver to recognise it. Nothing is lost.
 *
 * <p>A forwarder (Blotato, Ayrshare) follows the same steps with one more rule: its create-post request is marked
 * as waiting for its answer when it is counted, and the mark is cleared when the answer is written down. A mark
 * still there at the next attempt means Slotwise stopped mid-request: Ayrshare's request is sent again with the same
 * idempotency key (Ayrshare drops the second); Blotato has no such key, so the post fails as "unknown" for the user
 * to check on Blotato and retry, rather than risk a second post. Once the vendor has the post (its id is stored),
 * Slotwise only asks how it went, which is safe to repeat.
 */
final class HandOffs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR = 1000;

    private final Workspace ws;
    private final RetrySchedule retries;

    HandOffs(Workspace ws, RetrySchedule retries) {
        this.ws = ws;
        this.retries = retries;
    }

    /** How soon Slotwise first asks a hosted scheduler how a post it took is doing, and the longest between asks. */
    static final Duration FIRST_CHECK = Duration.ofSeconds(10);
    static final Duration LONGEST_CHECK = Duration.ofMinutes(5);
    /** How long a hosted scheduler may keep a post "in progress" before the hand-off fails for the user to look. */
    static final Duration CHECK_LIMIT = Duration.ofHours(24);

    /**
     * An attempt counted in the store, ready to be made: a webhook {@code call} or a {@code forward} request; or
     * {@code settled}, what the claim itself decided (the post failed without a request). All null: nothing to do.
     */
    record Claim(String ownerId, WebhookCall call, ForwardCall forward, boolean turnedDue, HandOffReport settled) {
        static final Claim NONE = new Claim(null, null, null, false, null);
    }

    /**
     * Scheduled posts whose time has come go to their account's publisher: due (manual) or sending
     * (webhook, first attempt due now). One transaction per owner.
     */
    HandOffReport takeFallenDue(Instant now) {
        HandOffReport report = HandOffReport.NOTHING;
        List<String> owners = ws.readStore(tx -> tx.posts().ownersWithFallenDue(now));
        for (String owner : owners) {
            report = report.plus(ws.write(owner, (tx, plan) -> {
                int manual = 0;
                int webhook = 0;
                int forwarder = 0;
                for (Post p : tx.posts().fallenDue(owner, now)) {
                    Publisher publisher = Publisher.ofAccount(tx, p.accountId());
                    Post handed = p.withStatus(publisher.isAutomatic() ? PostStatus.SENDING : PostStatus.DUE, now);
                    tx.posts().updateStatus(handed);
                    tx.handOffs().put(new HandOffRow(p.id(), publisher.kind().id(), now, 0, null, null,
                            publisher.isAutomatic() ? now : null, null, publisher.isForwarder() ? p.id() : null, null,
                            null, false));
                    plan.put(handed.planned());
                    if (publisher.isForwarder()) {
                        forwarder++;
                    } else if (publisher.isWebhook()) {
                        webhook++;
                    } else {
                        manual++;
                    }
                }
                return HandOffReport.fellDue(manual, webhook, forwarder);
            }));
        }
        planMissingAttempts(now);
        return report;
    }

    /** A post "sending" with no attempt planned (put back by a restore) gets one now: none is left behind. */
    private void planMissingAttempts(Instant now) {
        List<String> ids = ws.readStore(tx -> tx.handOffs().sendingWithoutAttempt());
        if (ids.isEmpty()) {
            return;
        }
        ws.write(Workspace.LOCAL_OWNER, (tx, plan) -> {
            for (String id : tx.handOffs().sendingWithoutAttempt()) {
                Optional<HandOffRow> old = tx.handOffs().find(id);
                HandOffRow h = old.orElse(HandOffRow.plain(id, PublisherKind.WEBHOOK.id(), now, 0, null, null, null,
                        null));
                // The claim sends it to the account's publisher as it is now, whatever the channel said.
                tx.handOffs().put(new HandOffRow(id, h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                        h.lastError(), now, null, h.requestKey() == null ? id : h.requestKey(), h.remoteId(),
                        h.publicUrl(), h.awaitingAnswer()));
            }
            return null;
        });
    }

    /** Posts being sent whose next attempt is due, the longest waiting first. */
    List<String> attemptsDue(Instant now) {
        return ws.readStore(tx -> tx.handOffs().attemptsDue(now));
    }

    /** When the scheduler next has work: a scheduled post falling due, or a planned webhook attempt. */
    Optional<Instant> nextDue() {
        return ws.readStore(tx -> {
            if (!tx.handOffs().sendingWithoutAttempt().isEmpty()) {
                return Optional.of(ws.now());
            }
            Instant scheduled = tx.posts().nextScheduledAt();
            Instant attempt = tx.handOffs().nextAttemptAt();
            if (scheduled == null || attempt == null) {
                return Optional.ofNullable(scheduled != null ? scheduled : attempt);
            }
            return Optional.of(scheduled.isBefore(attempt) ? scheduled : attempt);
        });
    }

    /**
     * Counts the next webhook attempt of a post, in its own transaction, before anything is sent: the
     * attempt number goes up and the attempt after it is planned, so if this one never reports back
     * (Slotwise stopped) it is made again then. Nothing is claimed twice: the update only applies if
     * the attempt count is still the one read. A post whose account went manual since turns due.
     */
    Claim claim(String postId, Instant now) {
        String owner = ws.readStore(tx -> tx.posts().find(postId).map(Post::ownerId))
                .orElse(null);
        if (owner == null) {
            return Claim.NONE;
        }
        return ws.write(owner, (tx, plan) -> {
            Post p = tx.posts().find(postId).orElse(null);
            HandOffRow h = tx.handOffs().find(postId).orElse(null);
            if (p == null || p.status() != PostStatus.SENDING || h == null || h.nextAttemptAt() == null
                    || h.nextAttemptAt().isAfter(now)) {
                return Claim.NONE;
            }
            Publisher publisher = Publisher.ofAccount(tx, p.accountId());
            if (!publisher.isAutomatic()) {
                Post due = p.withStatus(PostStatus.DUE, now);
                tx.posts().updateStatus(due);
                plan.put(due.planned());
                tx.handOffs().put(new HandOffRow(postId, PublisherKind.MANUAL.id(), h.dueAt(), h.attempts(),
                        h.lastAttemptAt(), h.lastError(), null, null, h.requestKey(), h.remoteId(), h.publicUrl(),
                        false));
                return new Claim(owner, null, null, true, null);
            }
            if (publisher.isForwarder()) {
                return claimForward(tx, plan, owner, p, h, publisher, now);
            }
            int attempt = h.attempts() + 1;
            if (tx.handOffs().claim(postId, h.attempts(), now, now.plus(retries.after(attempt))) != 1) {
                return Claim.NONE;
            }
            return new Claim(owner, new WebhookCall(publisher.webhookUrl(), p.id(), body(p), attempt), null, false,
                    null);
        });
    }

    /** The forwarder's next step for a post being sent: a status check, a create-post attempt, or a failure now. */
    private Claim claimForward(StoreTransaction tx, Plan plan, String owner,
                               Post p, HandOffRow h, Publisher publisher, Instant now) {
        PublisherKind vendor = publisher.kind();
        ForwarderSettings settings = publisher.forwarder();
        String key = h.requestKey() == null ? p.id() : h.requestKey();
        if (h.remoteId() != null) {
            if (!h.channel().equals(vendor.id())) {
                return settle(tx, plan, owner, p, h, "The account's publisher changed while "
                        + PublisherKind.fromId(h.channel()).map(PublisherKind::displayName).orElse(h.channel())
                        + " had the post (its id: " + h.remoteId() + "); check there before retrying", now);
            }
            if (settings.hasKey() && tx.handOffs().claimCheck(p.id(), h.nextAttemptAt(),
                    now.plus(checkAfter(h, now))) == 1) {
                return new Claim(owner, null, new ForwardCall(vendor, settings, p, key, h.attempts(), h.remoteId()),
                        false, null);
            }
        }
        if (!settings.hasKey()) {
            return settle(tx, plan, owner, p, h, vendor.displayName() + " needs its API key: enter it in "
                    + "Accounts & labels, then retry", now);
        }
        if (h.remoteId() != null) {
            return Claim.NONE;
        }
        if (h.awaitingAnswer() && vendor == PublisherKind.BLOTATO) {
            return settle(tx, plan, owner, p, h, BlotatoForwarder.unknown("Slotwise stopped before Blotato answered"),
                    now);
        }
        int attempt = h.attempts() + 1;
        if (tx.handOffs().claimCreate(p.id(), h.attempts(), now, now.plus(retries.after(attempt))) != 1) {
            return Claim.NONE;
        }
        if (!vendor.id().equals(h.channel()) || h.requestKey() == null) {
            HandOffRow taken = tx.handOffs().find(p.id()).orElseThrow();
            tx.handOffs().put(new HandOffRow(p.id(), vendor.id(), taken.dueAt(), taken.attempts(),
                    taken.lastAttemptAt(), taken.lastError(), taken.nextAttemptAt(), null, key, null, null, true));
        }
        return new Claim(owner, null, new ForwardCall(vendor, settings, p, key, attempt, null), false, null);
    }

    /** The post fails now, without a request, for the reason given; the user sees it and can retry. */
    private Claim settle(StoreTransaction tx, Plan plan, String owner, Post p, HandOffRow h, String reason,
                         Instant now) {
        return new Claim(owner, null, null, false, fail(tx, plan, p, h, h.remoteId(), reason, now));
    }

    /**
     * When to ask a hosted scheduler again about a post it has: as long again as it has had it, at least
     * {@link #FIRST_CHECK} and at most {@link #LONGEST_CHECK} (10 s, 10 s, 20 s, 40 s … then every 5 minutes).
     */
    static Duration checkAfter(HandOffRow h, Instant now) {
        Duration had = h.lastAttemptAt() == null ? Duration.ZERO : Duration.between(h.lastAttemptAt(), now);
        if (had.compareTo(FIRST_CHECK) < 0) {
            return FIRST_CHECK;
        }
        return had.compareTo(LONGEST_CHECK) > 0 ? LONGEST_CHECK : had;
    }

    /**
     * Writes what a hosted scheduler answered: published (with its URL), taken and being published (asked again
     * later), a retry planned, or failed with the vendor's message. An answer to a request that was overtaken (the
     * user marked the post published or retried it meanwhile, or deleted it) changes nothing.
     */
    HandOffReport recordForward(Claim claim, ForwardAnswer answer, Instant now) {
        ForwardCall call = claim.forward();
        return ws.write(claim.ownerId(), (tx, plan) -> {
            Post p = tx.posts().find(call.post().id()).orElse(null);
            HandOffRow h = tx.handOffs().find(call.post().id()).orElse(null);
            if (p == null || p.status() != PostStatus.SENDING || h == null || h.attempts() != call.attempt()
                    || (call.isCheck() ? !call.remoteId().equals(h.remoteId()) : h.remoteId() != null)) {
                return HandOffReport.NOTHING;
            }
            String remoteId = answer.remoteId() != null ? answer.remoteId() : h.remoteId();
            switch (answer.outcome()) {
                case PUBLISHED -> {
                    Post done = p.withStatus(PostStatus.PUBLISHED, now);
                    tx.posts().updateStatus(done);
                    plan.put(done.planned());
                    tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                            null, null, now, h.requestKey(), remoteId, answer.publicUrl(), false));
                    return HandOffReport.oneDelivered(true);
                }
                case PENDING -> {
                    Instant taken = h.lastAttemptAt() == null ? now : h.lastAttemptAt();
                    if (call.isCheck() && Duration.between(taken, now).compareTo(CHECK_LIMIT) > 0) {
                        return fail(tx, plan, p, h, remoteId, call.vendor().displayName() + " still had not published "
                                + "it " + CHECK_LIMIT.toHours() + " h after taking it (its id: " + remoteId
                                + "); check " + call.vendor().displayName() + " before retrying", now);
                    }
                    HandOffRow pending = new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                            clip(answer.detail()), null, null, h.requestKey(), remoteId, null, false);
                    tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(),
                            clip(answer.detail()), now.plus(checkAfter(pending, now)), null, h.requestKey(), remoteId,
                            null, false));
                    return call.isCheck() ? HandOffReport.NOTHING : HandOffReport.oneAccepted();
                }
                case RETRY -> {
                    if (call.attempt() < retries.maxAttempts()) {
                        tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(),
                                h.lastAttemptAt(), clip(answer.detail()), now.plus(retries.after(call.attempt())), null,
                                h.requestKey(), null, null, false));
                        return HandOffReport.oneRetrying(true);
                    }
                    return fail(tx, plan, p, h, null, answer.detail(), now);
                }
                default -> {
                    return fail(tx, plan, p, h, remoteId, answer.detail(), now);
                }
            }
        });
    }

    private HandOffReport fail(StoreTransaction tx, Plan plan, Post p,
                               HandOffRow h, String remoteId, String reason, Instant now) {
        Post failed = p.withStatus(PostStatus.FAILED, now);
        tx.posts().updateStatus(failed);
        plan.put(failed.planned());
        tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(), clip(reason),
                null, null, h.requestKey(), remoteId, null, false));
        return HandOffReport.oneFailed(true, firstLine(p) + ": " + reason);
    }

    /**
     * Writes what came of an attempt: published, a retry planned (exponential backoff), or failed with the
     * reason kept. An answer to an attempt that was overtaken (the user marked the post published or
     * retried it meanwhile, or deleted it) changes nothing.
     */
    HandOffReport record(Claim claim, Delivery delivery, Instant now) {
        WebhookCall call = claim.call();
        return ws.write(claim.ownerId(), (tx, plan) -> {
            Post p = tx.posts().find(call.idempotencyKey()).orElse(null);
            HandOffRow h = tx.handOffs().find(call.idempotencyKey()).orElse(null);
            if (p == null || p.status() != PostStatus.SENDING || h == null || h.attempts() != call.attempt()) {
                return HandOffReport.NOTHING;
            }
            String error = delivery.outcome() == Delivery.Outcome.DELIVERED ? h.lastError() : clip(delivery.detail());
            boolean retry = delivery.outcome() == Delivery.Outcome.RETRY && call.attempt() < retries.maxAttempts();
            if (retry) {
                tx.handOffs().put(HandOffRow.plain(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(), error,
                        now.plus(retries.after(call.attempt())), null));
                return HandOffReport.oneRetrying(false);
            }
            boolean delivered = delivery.outcome() == Delivery.Outcome.DELIVERED;
            Post done = p.withStatus(delivered ? PostStatus.PUBLISHED : PostStatus.FAILED, now);
            tx.posts().updateStatus(done);
            plan.put(done.planned());
            tx.handOffs().put(HandOffRow.plain(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(), error,
                    null, delivered ? now : null));
            return delivered ? HandOffReport.oneDelivered(false) : HandOffReport.oneFailed(false, firstLine(p) + ": " + error);
        });
    }

    /** The webhook body: Blotato's publish request ({@code post}, {@code scheduledTime}) and the post id. */
    static String body(Post p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("postId", p.id());
        body.put("scheduledTime", BlotatoPostView.time(p.scheduledAt()));
        body.put("post", BlotatoPostView.of(p));
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post cannot be written as JSON", e);
        }
    }

    private static String firstLine(Post p) {
        String line = p.content().firstLine();
        return "\"" + (line.length() > 40 ? line.substring(0, 39) + "…" : line) + "\"";
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
    }
}
