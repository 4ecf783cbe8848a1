package io.slotwise.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.publishing.WebhookReceiver.Answer;
import io.slotwise.publishing.WebhookReceiver.Received;
import io.slotwise.service.DraftInput;
import io.slotwise.service.HandOff;
import io.slotwise.service.PostService;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.ServiceException;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publishing hand-off end to end (SPEC §11): a real HTTP receiver on loopback, the real store
 * on disk (closed and reopened for restarts), the scheduler on a test clock and a deterministic
 * executor, so minutes of retries run in milliseconds. Only the webhook timeout is real time.
 */
class HandOffSchedulerTest extends HandOffRun {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    /** Short, so a receiver that hangs costs the test well under a second. */
    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookReceiver hook;

    @BeforeEach
    void open() throws Exception {
        hook = new WebhookReceiver();
        reopen();
    }

    @AfterEach
    void close() {
        stop();
        hook.close();
    }

    /** Starts the scheduler as the app does; returns what its catch-up did. */
    private HandOffReport start() {
        return start(WebhookSender.http(TIMEOUT), Forwarder.http(TIMEOUT));
    }

    private void account(String id, Publisher publisher) {
        s.accounts().create(ME, id, Platform.TWITTER, id, null, List.of());
        s.accounts().setPublisher(ME, id, publisher);
    }

    private Publisher webhook(URI url) {
        return Publisher.webhook(url.toString());
    }

    private Post post(String account, String text, Instant at) {
        Post p = s.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, account, null,
                PostContent.text(text), "{\"targetType\":\"twitter\"}", Set.of()), at, false));
        if (executor != null) {
            executor.runDue();
        }
        return p;
    }

    private PostStatus status(Post p) {
        return s.posts().find(ME, p.id()).orElseThrow().status();
    }

    /** The hand-off's user side over the services open now (a restart reopens them). */
    private Publishing publishing() {
        return Publishing.over(s);
    }

    private HandOff handOff(Post p) {
        return publishing().handOff(ME, p.id()).orElseThrow();
    }

    private static URI nothingListening() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/hook");
        }
    }

    @Test
    void aWebhookThatFailsThenTimesOutThenAcceptsGetsThePostOnceWithBackoffRecorded() throws Exception {
        hook.thenAnswer(Answer.status(500), Answer.hang(1500)).otherwise(Answer.status(200));
        account("tw", webhook(hook.url()));
        start();
        Post p = post("tw", "Launch day 🚀", NINE);
        assertThat(scheduler.waitingFor()).contains(NINE);
        assertThat(hook.received()).isEmpty();

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        HandOff first = handOff(p);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).startsWith("HTTP 500");
        assertThat(first.nextAttemptAt()).isEqualTo(NINE.plusSeconds(30));

        executor.advanceTo(NINE.plusSeconds(30));
        HandOff second = handOff(p);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.lastError()).isEqualTo("No answer within 400 ms");
        assertThat(second.nextAttemptAt()).isEqualTo(NINE.plusSeconds(90));
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);

        executor.advance(Duration.ofMinutes(1));
        HandOff done = handOff(p);
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.lastAttemptAt()).isEqualTo(NINE.plusSeconds(90));
        assertThat(done.publishedAt()).isEqualTo(NINE.plusSeconds(90));
        assertThat(done.nextAttemptAt()).isNull();

        // Three requests, one post: the same key every time, and the receiver kept only the one it accepted.
        assertThat(hook.received()).extracting(Received::idempotencyKey).containsExactly(p.id(), p.id(), p.id());
        assertThat(hook.accepted()).containsExactly(p.id());
        Received last = hook.received().get(2);
        assertThat(last.contentType()).isEqualTo("application/json");
        JsonNode body = JSON.readTree(last.body());
        assertThat(body.path("postId").asText()).isEqualTo(p.id());
        assertThat(body.path("scheduledTime").asText()).isEqualTo("2026-03-02T09:00:00.000Z");
        assertThat(body.path("post").path("accountId").asText()).isEqualTo("tw");
        assertThat(body.path("post").path("content").path("text").asText()).isEqualTo("Launch day 🚀");
        assertThat(body.path("post").path("content").path("platform").asText()).isEqualTo("twitter");
        assertThat(body.path("post").path("target").path("targetType").asText()).isEqualTo("twitter");

        executor.advance(Duration.ofHours(1));
        assertThat(hook.received()).hasSize(3);
        assertThat(heard).extracting(HandOffReport::describe)
                .containsExactly("Webhook: 1 to be retried", "Webhook: 1 to be retried", "Webhook: 1 delivered");
    }

    @Test
    void aClientErrorFailsAtOnceWithTheReasonAndTheUsersRetryDeliversIt() {
        hook.thenAnswer(Answer.status(404)).otherwise(Answer.status(200));
        account("tw", webhook(hook.url()));
        start();
        Post p = post("tw", "Wrong path", NINE);

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        HandOff failed = handOff(p);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("HTTP 404 — {\"error\":\"status 404\"}");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(publishing().dueAndFailed(ME)).extracting(x -> x.post().id()).containsExactly(p.id());
        assertThat(heard.get(0).describe()).isEqualTo("Webhook: 1 failed (\"Wrong path\": HTTP 404 — {\"error\":\"status 404\"})");
        executor.advance(Duration.ofHours(1));
        assertThat(hook.received()).hasSize(1);

        assertThat(publishing().retry(ME, p.id()).status()).isEqualTo(PostStatus.SENDING);
        executor.runDue();
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).attempts()).isEqualTo(1);
        assertThat(hook.received()).extracting(Received::idempotencyKey).containsExactly(p.id(), p.id());
        assertThat(hook.accepted()).containsExactly(p.id());
        assertThat(publishing().dueAndFailed(ME)).isEmpty();
        assertThatThrownBy(() -> publishing().retry(ME, p.id())).hasMessageStartingWith(Publishing.NOT_RETRYABLE);
    }

    @Test
    void aWebhookDownForEveryAttemptEndsFailedAfterTheWholeBackoffWithNothingLost() throws Exception {
        account("tw", webhook(nothingListening()));
        start();
        Post p = post("tw", "Nobody home", NINE);

        executor.advanceTo(NINE.plus(Duration.ofHours(1)));
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        HandOff h = handOff(p);
        assertThat(h.attempts()).isEqualTo(RetrySchedule.STANDARD.maxAttempts()).isEqualTo(6);
        // 30 s, 1, 2, 4 and 8 minutes apart: the sixth attempt 15 min 30 s after the first.
        assertThat(h.lastAttemptAt()).isEqualTo(NINE.plus(Duration.ofSeconds(30 + 60 + 120 + 240 + 480)));
        assertThat(h.lastError()).startsWith("Could not connect to 127.0.0.1:");
        assertThat(h.nextAttemptAt()).isNull();
        // Nothing lost: the post, whole, waits in the list for the user.
        List<PostHandOff> waiting = publishing().dueAndFailed(ME);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).post().content().text()).isEqualTo("Nobody home");
        assertThat(waiting.get(0).handOff()).isEqualTo(h);

        // The user points the account at a working webhook and retries.
        s.accounts().setPublisher(ME, "tw", webhook(hook.url()));
        publishing().retry(ME, p.id());
        executor.runDue();
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(hook.accepted()).containsExactly(p.id());
    }

    @Test
    void postsThatFellDueWhileSlotwiseWasClosedAreHandledOnStartAndReported() {
        account("hooked", webhook(hook.url()));
        account("byhand", Publisher.MANUAL);
        Post a = post("hooked", "first", NINE);
        Post b = post("hooked", "second", NINE.plus(Duration.ofHours(1)));
        Post c = post("byhand", "by hand", NINE.plus(Duration.ofMinutes(30)));
        Post later = post("hooked", "tomorrow", Instant.parse("2026-03-03T12:00:00Z"));
        stop();

        clock.set(Instant.parse("2026-03-02T12:00:00Z"));
        reopen();
        HandOffReport catchUp = start();
        assertThat(catchUp.asCatchUp()).isEqualTo(
                "3 posts fell due while Slotwise was closed: 2 sent to the webhook, 1 waiting for you. "
                        + "Webhook: 2 delivered.");
        assertThat(List.of(status(a), status(b), status(c), status(later))).containsExactly(
                PostStatus.PUBLISHED, PostStatus.PUBLISHED, PostStatus.DUE, PostStatus.SCHEDULED);
        assertThat(hook.accepted()).containsExactly(a.id(), b.id());
        assertThat(publishing().dueAndFailed(ME)).extracting(x -> x.post().id()).containsExactly(c.id());
        assertThat(scheduler.waitingFor()).contains(later.scheduledAt());
        // The catch-up is the start's answer, not a later round's notification.
        assertThat(heard).isEmpty();
    }

    @Test
    void aManualPostTurnsDueAtItsTimeAndTheUserMarksItPublished() {
        account("byhand", Publisher.MANUAL);
        start();
        Post p = post("byhand", "Post me yourself", NINE);
        executor.advanceTo(NINE.minusSeconds(1));
        assertThat(status(p)).isEqualTo(PostStatus.SCHEDULED);

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.DUE);
        HandOff h = handOff(p);
        assertThat(h.channel()).isEqualTo(PublisherKind.MANUAL);
        assertThat(h.dueAt()).isEqualTo(NINE);
        assertThat(h.nextAttemptAt()).isNull();
        assertThat(heard).extracting(HandOffReport::describe).containsExactly("1 post is due: publish it, then mark it published");
        assertThat(publishing().dueAndFailed(ME)).extracting(x -> x.post().id()).containsExactly(p.id());
        // Still on its occurrence for the calendar, no longer in Blotato's list of future schedules.
        assertThat(s.schedules().listScheduled(ME, 20, null).items()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        assertThat(publishing().markPublished(ME, p.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publishedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(5)));
        assertThat(publishing().dueAndFailed(ME)).isEmpty();
        assertThat(hook.received()).isEmpty();
        assertThatThrownBy(() -> publishing().markPublished(ME, p.id()))
                .isInstanceOf(ServiceException.class).hasMessageStartingWith(Publishing.NOT_DUE);
    }

    @Test
    void roundsRacingOnSeveralThreadsAndTwoSchedulersSendEachPostExactlyOnce() throws Exception {
        // A slow receiver keeps attempts in flight while the other rounds look for work.
        hook.otherwise(Answer.slow(200, 60));
        account("tw", webhook(hook.url()));
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(post("tw", "post " + i, NINE.plusSeconds(i)));
        }
        clock.set(NINE.plusSeconds(10));
        HandOffScheduler one = new HandOffScheduler(s, new TestExecutor(clock), WebhookSender.http(TIMEOUT.multipliedBy(5)),
                RetrySchedule.STANDARD);
        HandOffScheduler two = new HandOffScheduler(s, new TestExecutor(clock), WebhookSender.http(TIMEOUT.multipliedBy(5)),
                RetrySchedule.STANDARD);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HandOffReport>> rounds = new ArrayList<>();
            for (HandOffScheduler sch : List.of(one, two, one, two)) {
                rounds.add(threads.submit(() -> {
                    go.await();
                    return sch.runDue();
                }));
            }
            go.countDown();
            HandOffReport all = HandOffReport.NOTHING;
            for (Future<HandOffReport> r : rounds) {
                all = all.plus(r.get(30, TimeUnit.SECONDS));
            }
            assertThat(all.toWebhook()).isEqualTo(8);
            assertThat(all.delivered()).isEqualTo(8);
        } finally {
            threads.shutdownNow();
            one.close();
            two.close();
        }
        List<String> ids = posts.stream().map(Post::id).toList();
        assertThat(hook.received()).extracting(Received::idempotencyKey).containsExactlyInAnyOrderElementsOf(ids);
        for (Post p : posts) {
            assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
            assertThat(handOff(p).attempts()).isEqualTo(1);
        }
    }

    @Test
    void aRestartInTheMiddleOfTheRetryScheduleContinuesIt() {
        hook.thenAnswer(Answer.status(503), Answer.status(503), Answer.status(503)).otherwise(Answer.status(200));
        account("tw", webhook(hook.url()));
        start();
        Post p = post("tw", "Persistent", NINE);
        executor.advanceTo(NINE.plusSeconds(30));
        assertThat(handOff(p).attempts()).isEqualTo(2);
        stop();

        clock.set(NINE.plusSeconds(45));
        reopen();
        HandOffReport catchUp = start();
        assertThat(catchUp.asCatchUp()).isEqualTo("Nothing fell due while Slotwise was closed");
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        // The third attempt keeps the time planned before the restart: one minute after the second.
        assertThat(scheduler.waitingFor()).contains(NINE.plusSeconds(90));
        executor.advanceTo(NINE.plusSeconds(90));
        assertThat(handOff(p).attempts()).isEqualTo(3);
        assertThat(handOff(p).nextAttemptAt()).isEqualTo(NINE.plusSeconds(90 + 120));
        executor.advance(Duration.ofMinutes(2));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).attempts()).isEqualTo(4);
        assertThat(hook.received()).hasSize(4).extracting(Received::idempotencyKey).containsOnly(p.id());
    }

    @Test
    void anAttemptThatNeverReportedBackIsMadeAgainWithTheSameKeyAndTheReceiverKeepsItOnce() throws Exception {
        account("tw", webhook(hook.url()));
        Post p = post("tw", "Sent, then Slotwise died", NINE);
        clock.set(NINE);
        // The scheduler's steps by hand, stopping where a crash would: after sending, before writing it down.
        HandOffs steps = new HandOffs(s.workspace(), RetrySchedule.STANDARD);
        steps.takeFallenDue(NINE);
        HandOffs.Claim claim = steps.claim(p.id(), NINE);
        assertThat(claim.call().attempt()).isEqualTo(1);
        assertThat(steps.claim(p.id(), NINE).call()).as("claimed once").isNull();
        assertThat(WebhookSender.http(TIMEOUT).send(claim.call()).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        stop();

        clock.set(NINE.plus(Duration.ofMinutes(2)));
        reopen();
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        assertThat(start().asCatchUp()).isEqualTo("Webhook: 1 delivered.");
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).attempts()).isEqualTo(2);
        assertThat(hook.received()).extracting(Received::idempotencyKey).containsExactly(p.id(), p.id());
        assertThat(hook.accepted()).containsExactly(p.id());
    }

    @Test
    void itSleepsUntilTheNextDuePostAndReArmsWhenPostsAreAddedMovedOrRemoved() {
        account("tw", Publisher.MANUAL);
        start();
        assertThat(scheduler.waitingFor()).isEmpty();
        assertThat(executor.waiting()).as("no polling").isZero();

        Post ten = post("tw", "ten", NINE.plus(Duration.ofHours(1)));
        assertThat(scheduler.waitingFor()).contains(NINE.plus(Duration.ofHours(1)));
        Post nine = post("tw", "nine", NINE);
        assertThat(scheduler.waitingFor()).contains(NINE);
        assertThat(executor.waiting()).as("one timer").isEqualTo(1);

        s.posts().moveToTime(ME, nine.id(), NINE.plus(Duration.ofHours(2)));
        executor.runDue();
        assertThat(scheduler.waitingFor()).contains(NINE.plus(Duration.ofHours(1)));
        s.posts().delete(ME, ten.id());
        executor.runDue();
        assertThat(scheduler.waitingFor()).contains(NINE.plus(Duration.ofHours(2)));
        s.posts().unschedule(ME, nine.id());
        executor.runDue();
        assertThat(scheduler.waitingFor()).isEmpty();
        assertThat(executor.waiting()).isZero();
    }

    @Test
    void aDuePostCanBeRescheduledButAPublishedOneStaysPutAndUndoCannotSendItAgain() {
        account("tw", Publisher.MANUAL);
        start();
        Post p = post("tw", "Missed it", NINE);
        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.DUE);
        Post moved = s.posts().moveToTime(ME, p.id(), NINE.plus(Duration.ofDays(1)));
        executor.runDue();
        assertThat(moved.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduler.waitingFor()).contains(NINE.plus(Duration.ofDays(1)));

        executor.advance(Duration.ofDays(1));
        assertThat(status(p)).isEqualTo(PostStatus.DUE);
        publishing().markPublished(ME, p.id());
        assertThatThrownBy(() -> s.posts().moveToTime(ME, p.id(), NINE.plus(Duration.ofDays(3))))
                .hasMessage(PostService.ALREADY_PUBLISHED);
        assertThatThrownBy(() -> s.posts().unschedule(ME, p.id())).hasMessage(PostService.ALREADY_PUBLISHED);
        // Undoing the move would put it back as scheduled, to be sent again: refused.
        assertThatThrownBy(() -> s.posts().restore(ME, moved)).hasMessage(PostService.HANDED_OFF_SINCE);
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
    }
}
