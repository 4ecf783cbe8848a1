package io.slotwise.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Publisher;
import io.slotwise.service.Services;
import io.slotwise.service.TestClock;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.store.TeamServer;
import io.slotwise.store.ThrowawayPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing hand-off on a team calendar: every member's app runs it, and a due post still goes out once.
 * Two apps on one PostgreSQL database, each with its own scheduler, reach the post's time at the same moment.
 */
class TeamHandOffTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private WebhookReceiver hook;
    private Services anna;
    private Services ben;
    private HandOffScheduler annasHandOff;
    private HandOffScheduler bensHandOff;

    @BeforeEach
    void open() throws Exception {
        hook = new WebhookReceiver();
        TeamServer server = ThrowawayPostgres.shared().newTeamServer();
        anna = Services.over(Store.openTeam(server, dir.resolve("anna")), clock, new SplittableRandom(1));
        ben = Services.over(Store.openTeam(server, dir.resolve("ben")), clock, new SplittableRandom(2));
    }

    @AfterEach
    void close() {
        for (HandOffScheduler h : new HandOffScheduler[] {annasHandOff, bensHandOff}) {
            if (h != null) {
                h.close();
            }
        }
        if (anna != null) {
            anna.close();
        }
        ben.close();
        hook.close();
    }

    private HandOffScheduler start(Services app, TestExecutor executor) {
        HandOffScheduler h = new HandOffScheduler(app, executor, WebhookSender.http(Duration.ofSeconds(5)),
                RetrySchedule.STANDARD);
        h.start();
        executor.runDue();
        return h;
    }

    @Test
    void aPostDueInTwoMembersAppsAtOnceIsHandedOffOnce() throws Exception {
        anna.accounts().create(ME, "tw", Platform.TWITTER, "tw", null, List.of());
        anna.accounts().setPublisher(ME, "tw", Publisher.webhook(hook.url().toString()));
        Post post = anna.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("once"), "{\"targetType\":\"twitter\"}", Set.of()), NINE, false));
        TestExecutor annasClock = new TestExecutor(clock);
        TestExecutor bensClock = new TestExecutor(clock);
        annasHandOff = start(anna, annasClock);
        bensHandOff = start(ben, bensClock);

        clock.set(NINE);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runAt(together, annasClock));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runAt(together, bensClock));
        assertThat(a.join() + b.join()).as("hand-off rounds run").isPositive();

        assertThat(hook.received()).hasSize(1);
        assertThat(anna.posts().find(ME, post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(ben.posts().find(ME, post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
    }

    /**
     * Anna plans a post and closes her laptop; Ben's app, open all along, hears of the post through the team server
     * and hands it off at its time.
     */
    @Test
    void aPostAnotherMemberPlannedIsHandedOffByTheAppThatIsOpen() throws Exception {
        TestExecutor bensClock = new TestExecutor(clock);
        bensHandOff = start(ben, bensClock);
        assertThat(bensHandOff.waitingFor()).isEmpty();

        anna.accounts().create(ME, "tw", Platform.TWITTER, "tw", null, List.of());
        anna.accounts().setPublisher(ME, "tw", Publisher.webhook(hook.url().toString()));
        Post post = anna.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("from Anna"), "{\"targetType\":\"twitter\"}", Set.of()), NINE, false));
        anna.close();
        anna = null;

        // The change feed wakes Ben's scheduler (within about a second), which then waits for nine o'clock.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (bensHandOff.waitingFor().isEmpty() && System.nanoTime() < deadline) {
            bensClock.runDue();
            Thread.sleep(20);
        }
        assertThat(bensHandOff.waitingFor()).hasValue(NINE);
        bensClock.advanceTo(NINE);
        assertThat(hook.received()).extracting(WebhookReceiver.Received::body).singleElement().asString()
                .contains("from Anna");
        assertThat(ben.posts().find(ME, post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
    }

    private static int runAt(CyclicBarrier together, TestExecutor executor) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return executor.runDue();
    }
}
