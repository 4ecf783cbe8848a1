package io.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.ThreadPost;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.publishing.WebhookSender;
import io.slotwise.publishing.Forwarder;
import io.slotwise.service.DraftInput;
import io.slotwise.service.HandOff;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.Services;
import io.slotwise.service.TestClock;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forwarder publisher against Slotwise's own local API, which speaks both vendors' dialects: one Slotwise
 * (here) forwards its due posts to another ("the remote", a real {@link LocalApi} over HTTP), as it would to Blotato
 * or Ayrshare. The remote never posts to a network (SPEC §7, §11): a post sent to it "publish now" goes to its
 * account's publisher, manual by default, so it stays in progress until the remote's user marks it published, which
 * is what this test does, as that user would; the forwarder sees it published on its next check.
 */
class ForwardToSlotwiseTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private ApiHarness remote;
    private final TestClock clock = new TestClock(NINE.minus(Duration.ofHours(1)));
    private Services local;
    private TestExecutor executor;
    private HandOffScheduler scheduler;
    private HandOffScheduler remoteScheduler;

    @BeforeEach
    void open() {
        remote = new ApiHarness(NINE.minus(Duration.ofHours(1)));
        remoteScheduler = new HandOffScheduler(remote.services, new TestExecutor(remote.clock),
                WebhookSender.http(Duration.ofSeconds(2)), RetrySchedule.STANDARD);
        local = Services.over(Store.inMemory("forwarding-" + UUID.randomUUID()), clock, new SplittableRandom(3));
        executor = new TestExecutor(clock);
        scheduler = new HandOffScheduler(local, executor, WebhookSender.http(Duration.ofSeconds(2)),
                Forwarder.http(Duration.ofSeconds(5)), RetrySchedule.STANDARD);
        scheduler.start();
        executor.runDue();
    }

    @AfterEach
    void close() {
        scheduler.close();
        remoteScheduler.close();
        local.close();
        remote.close();
    }

    private Post post(String account, Platform platform, PostContent content) {
        Post p = local.schedules().submit(ME, new PostSubmission(new DraftInput(platform, account, null, content,
                "{\"targetType\":\"" + platform.id() + "\"}", Set.of()), NINE, false));
        executor.runDue();
        return p;
    }

    /** Both machines' clocks move together; the remote hands its due posts to its (manual) publisher. */
    private void advanceTo(Instant t) {
        remote.clock.set(t);
        remoteScheduler.runDue();
        executor.advanceTo(t);
        remote.clock.set(clock.instant());
        remoteScheduler.runDue();
    }

    private HandOff handOff(Post p) {
        return Publishing.over(local).handOff(ME, p.id()).orElseThrow();
    }

    private PostStatus status(Post p) {
        return local.posts().find(ME, p.id()).orElseThrow().status();
    }

    @Test
    void aDuePostForwardedToSlotwisesBlotatoApiArrivesWithItsThreadAndIsFollowedUntilPublished() {
        local.accounts().create(ME, "tw", Platform.TWITTER, "Jane on X", null, List.of());
        local.accounts().setPublisher(ME, "tw", PublisherForm.blotato(ApiHarness.KEY, "acc_remote", null,
                remote.uri("/v2").toString()));
        Post p = post("tw", Platform.TWITTER, new PostContent("Thread start", List.of(),
                List.of(new ThreadPost("Middle", List.of()), new ThreadPost("End", List.of()))));

        advanceTo(NINE);
        HandOff taken = handOff(p);
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        String remoteId = taken.remoteId();
        assertThat(remoteId).isNotNull();

        // Read back through the remote's own API: Blotato's status, FeedHive's view of the text.
        assertThat(remote.get("/v2/posts/" + remoteId).json().path("status").asText()).isEqualTo("in-progress");
        JsonNode arrived = remote.get("/plan/posts/" + remoteId).json().path("data");
        assertThat(arrived.path("text").asText()).isEqualTo("Thread start");
        assertThat(arrived.path("account_ids")).extracting(JsonNode::asText).containsExactly("acc_remote");
        Post there = remote.services.posts().find(ME, remoteId).orElseThrow();
        assertThat(there.platform()).isEqualTo(Platform.TWITTER);
        assertThat(there.content().additionalPosts()).extracting(ThreadPost::text).containsExactly("Middle", "End");
        assertThat(there.status()).as("waiting for the remote's user").isEqualTo(PostStatus.DUE);

        advanceTo(NINE.plus(Duration.ofMinutes(1)));
        assertThat(status(p)).as("still in progress over there").isEqualTo(PostStatus.SENDING);

        Publishing.over(remote.services).markPublished(ME, remoteId);
        assertThat(remote.get("/v2/posts/" + remoteId).json().path("status").asText()).isEqualTo("published");
        advanceTo(NINE.plus(Duration.ofMinutes(3)));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publicUrl()).as("Slotwise's API gives no public URL").isNull();
        assertThat(remote.services.posts().find(ME, remoteId)).isPresent();
        assertThat(handOff(p).attempts()).isEqualTo(1);
    }

    @Test
    void aDuePostForwardedToSlotwisesAyrshareApiArrivesOnItsPlatformAndIsFollowedUntilPublished() {
        local.accounts().create(ME, "li", Platform.LINKEDIN, "Company page", null, List.of());
        local.accounts().setPublisher(ME, "li", PublisherForm.ayrshare(ApiHarness.KEY, null,
                remote.uri("/api").toString()));
        Post p = post("li", Platform.LINKEDIN, new PostContent("Hello LinkedIn",
                List.of("https://example.com/chart.png"), List.of(new ThreadPost("More below", List.of()))));

        advanceTo(NINE);
        String remoteId = handOff(p).remoteId();
        assertThat(remoteId).isNotNull();
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        JsonNode arrived = remote.get("/api/post/" + remoteId).json();
        assertThat(arrived.path("post").asText()).isEqualTo("Hello LinkedIn\n\nMore below");
        assertThat(arrived.path("platforms")).extracting(JsonNode::asText).containsExactly("linkedin");
        assertThat(arrived.path("mediaUrls")).extracting(JsonNode::asText).containsExactly("https://example.com/chart.png");
        assertThat(arrived.path("status").asText()).isEqualTo("pending");

        Publishing.over(remote.services).markPublished(ME, remoteId);
        advanceTo(NINE.plus(Duration.ofMinutes(1)));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(remote.get("/api/post/" + remoteId).json().path("status").asText()).isEqualTo("success");
    }
}
