package io.slotwise.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.api.blotato.BlotatoPostView;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.Workspace;
import io.slotwise.store.HandOffDao.HandOffRow;
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

    /** A webhook attempt counted in the store, ready to be made; {@code call} null when there is none. */
    record Claim(String ownerId, WebhookCall call, boolean turnedDue) {
        static final Claim NONE = new Claim(null, null, false);
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
                for (Post p : tx.posts().fallenDue(owner, now)) {
                    Publisher publisher = Publisher.ofAccount(tx, p.accountId());
                    Post handed = p.withStatus(publisher.isWebhook() ? PostStatus.SENDING : PostStatus.DUE, now);
                    tx.posts().updateStatus(handed);
                    tx.handOffs().put(new HandOffRow(p.id(), publisher.kind().id(), now, 0, null, null,
                            publisher.isWebhook() ? now : null, null));
                    plan.put(handed.planned());
                    if (publisher.isWebhook()) {
                        webhook++;
                    } else {
                        manual++;
                    }
                }
                return new HandOffReport(manual, webhook, 0, 0, 0, List.of());
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
                tx.handOffs().put(new HandOffRow(id, PublisherKind.WEBHOOK.id(),
                        old.map(HandOffRow::dueAt).orElse(now), old.map(HandOffRow::attempts).orElse(0),
                        old.map(HandOffRow::lastAttemptAt).orElse(null), old.map(HandOffRow::lastError).orElse(null),
                        now, null));
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
            if (!publisher.isWebhook()) {
                Post due = p.withStatus(PostStatus.DUE, now);
                tx.posts().updateStatus(due);
                plan.put(due.planned());
                tx.handOffs().put(new HandOffRow(postId, PublisherKind.MANUAL.id(), h.dueAt(), h.attempts(),
                        h.lastAttemptAt(), h.lastError(), null, null));
                return new Claim(owner, null, true);
            }
            int attempt = h.attempts() + 1;
            if (tx.handOffs().claim(postId, h.attempts(), now, now.plus(retries.after(attempt))) != 1) {
                return Claim.NONE;
            }
            return new Claim(owner, new WebhookCall(publisher.webhookUrl(), p.id(), body(p), attempt), false);
        });
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
                tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(), error,
                        now.plus(retries.after(call.attempt())), null));
                return new HandOffReport(0, 0, 0, 1, 0, List.of());
            }
            boolean delivered = delivery.outcome() == Delivery.Outcome.DELIVERED;
            Post done = p.withStatus(delivered ? PostStatus.PUBLISHED : PostStatus.FAILED, now);
            tx.posts().updateStatus(done);
            plan.put(done.planned());
            tx.handOffs().put(new HandOffRow(p.id(), h.channel(), h.dueAt(), h.attempts(), h.lastAttemptAt(), error,
                    null, delivered ? now : null));
            return delivered ? new HandOffReport(0, 0, 1, 0, 0, List.of())
                    : new HandOffReport(0, 0, 0, 0, 1, List.of(firstLine(p) + ": " + error));
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
