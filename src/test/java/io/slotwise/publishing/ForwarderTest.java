package io.slotwise.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.ThreadPost;
import io.slotwise.publishing.VendorServer.Answer;
import io.slotwise.publishing.VendorServer.Received;
import io.slotwise.service.DraftInput;
import io.slotwise.service.HandOff;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forwarder publisher (SPEC §11) against a hosted scheduler that fails in each way its documents say it can:
 * a real HTTP server on loopback ({@link VendorServer}), the real store on disk (closed and reopened for restarts),
 * the scheduler on a test clock and a deterministic executor. Only the HTTP timeout is real time.
 */
class ForwarderTest extends HandOffRun {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static final String BLOTATO_KEY = "blt_live_4f1c9a77e2d8secret";
    private static final String AYRSHARE_KEY = "AYR-7Q2K-9XW3-PLMN-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VendorServer vendor;

    @BeforeEach
    void open() throws Exception {
        vendor = new VendorServer();
        reopen();
    }

    @AfterEach
    void close() {
        stop();
        vendor.close();
    }

    private HandOffReport start() {
        return start(Forwarder.http(TIMEOUT));
    }

    private HandOffReport start(Forwarder forwarder) {
        return start(WebhookSender.http(TIMEOUT), forwarder);
    }

    private void blotato(String account, Platform platform, String pageId) {
        s.accounts().create(ME, account, platform, account, null, List.of());
        s.accounts().setPublisher(ME, account, PublisherForm.blotato(BLOTATO_KEY, "98432", pageId, vendor.base("/v2")));
    }

    private void ayrshare(String account, String profileKey) {
        s.accounts().create(ME, account, Platform.LINKEDIN, account, null, List.of());
        s.accounts().setPublisher(ME, account, PublisherForm.ayrshare(AYRSHARE_KEY, profileKey, vendor.base("/api")));
    }

    private Post post(String account, Platform platform, PostContent content, Instant at) {
        Post p = s.schedules().submit(ME, new PostSubmission(new DraftInput(platform, account, null, content,
                "{\"targetType\":\"" + platform.id() + "\"}", Set.of()), at, false));
        if (executor != null) {
            executor.runDue();
        }
        return p;
    }

    private Post post(String account, Platform platform, String text) {
        return post(account, platform, PostContent.text(text), NINE);
    }

    private PostStatus status(Post p) {
        return s.posts().find(ME, p.id()).orElseThrow().status();
    }

    private HandOff handOff(Post p) {
        return Publishing.over(s).handOff(ME, p.id()).orElseThrow();
    }

    private static JsonNode json(Received r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static Answer submitted(String id) {
        return Answer.made(201, "{\"postSubmissionId\":\"" + id + "\"}");
    }

    private static Answer blotatoStatus(String status, String extra) {
        return Answer.json(200, "{\"postSubmissionId\":\"sub_1\",\"status\":\"" + status + "\"" + extra + "}");
    }

    @Test
    void blotatoGetsItsPublishNowRequestAndIsAskedWithBackoffUntilPublishedWithThePublicUrl() throws Exception {
        vendor.on("POST /v2/posts", submitted("sub_1"))
                .on("GET /v2/posts/", blotatoStatus("in-progress", ""), blotatoStatus("in-progress", ""))
                .otherwise("GET /v2/posts/", blotatoStatus("published",
                        ",\"publicUrl\":\"https://x.com/janesmith/status/1\""));
        blotato("tw", Platform.TWITTER, null);
        start();
        Post p = post("tw", Platform.TWITTER, new PostContent("Launch day 🚀", List.of("https://example.com/a.png"),
                List.of(new ThreadPost("Part two", List.of()), new ThreadPost("Part three", List.of()))), NINE);

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        HandOff taken = handOff(p);
        assertThat(taken.channel()).isEqualTo(PublisherKind.BLOTATO);
        assertThat(taken.remoteId()).isEqualTo("sub_1");
        assertThat(taken.attempts()).isEqualTo(1);
        assertThat(taken.awaitingAnswer()).isFalse();
        assertThat(taken.nextAttemptAt()).isEqualTo(NINE.plusSeconds(10));

        Received create = vendor.received("POST /v2/posts").get(0);
        assertThat(create.header("blotato-api-key")).isEqualTo(BLOTATO_KEY);
        JsonNode body = json(create);
        assertThat(body.has("scheduledTime")).as("publish now").isFalse();
        assertThat(body.has("useNextFreeSlot")).isFalse();
        JsonNode post = body.path("post");
        assertThat(post.path("accountId").asText()).as("Blotato's account, not Slotwise's").isEqualTo("98432");
        assertThat(post.path("content").path("text").asText()).isEqualTo("Launch day 🚀");
        assertThat(post.path("content").path("platform").asText()).isEqualTo("twitter");
        assertThat(post.path("content").path("mediaUrls").get(0).asText()).isEqualTo("https://example.com/a.png");
        assertThat(post.path("content").path("additionalPosts")).extracting(n -> n.path("text").asText())
                .containsExactly("Part two", "Part three");
        assertThat(post.path("target").path("targetType").asText()).isEqualTo("twitter");

        // Asked 10 s after it was taken, then after as long again as it has been waiting: 10 s, 20 s, 40 s.
        executor.advanceTo(NINE.plusSeconds(20));
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        assertThat(handOff(p).nextAttemptAt()).isEqualTo(NINE.plusSeconds(40));
        executor.advanceTo(NINE.plusSeconds(40));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        HandOff done = handOff(p);
        assertThat(done.publicUrl()).isEqualTo("https://x.com/janesmith/status/1");
        assertThat(done.publishedAt()).isEqualTo(NINE.plusSeconds(40));
        assertThat(vendor.received("GET /v2/posts/")).hasSize(3).extracting(Received::path)
                .containsOnly("/v2/posts/sub_1");
        assertThat(vendor.received("GET /v2/posts/")).extracting(r -> r.header("blotato-api-key"))
                .containsOnly(BLOTATO_KEY);

        executor.advance(Duration.ofHours(1));
        assertThat(vendor.received()).hasSize(4);
        assertThat(vendor.postsMade()).isEqualTo(1);
        assertThat(heard).extracting(HandOffReport::describe)
                .containsExactly("Hosted scheduler: 1 taken, being published", "Hosted scheduler: 1 published");
    }

    @Test
    void aWrongKeyIsNotRetriedTheMessageIsBlotatosOwnAndTheUsersRetrySendsItAgain() {
        vendor.on("POST /v2/posts", Answer.json(401, "{\"message\":\"Invalid API key\"}"))
                .otherwise("POST /v2/posts", submitted("sub_2"))
                .otherwise("GET /v2/posts/", blotatoStatus("published", ""));
        blotato("tw", Platform.TWITTER, null);
        start();
        Post p = post("tw", Platform.TWITTER, "Wrong key");

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).lastError()).isEqualTo("HTTP 401 — Invalid API key");
        assertThat(Publishing.over(s).dueAndFailed(ME)).extracting(x -> x.handOff().lastError())
                .containsExactly("HTTP 401 — Invalid API key");
        executor.advance(Duration.ofHours(1));
        assertThat(vendor.received()).hasSize(1);

        // The user fixes the key (the other fields stay) and retries.
        s.accounts().setPublisher(ME, "tw", PublisherForm.blotato("blt_live_new_key_0001", "98432", null,
                vendor.base("/v2")));
        Publishing.over(s).retry(ME, p.id());
        executor.advance(Duration.ofSeconds(10));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(vendor.received("POST /v2/posts")).extracting(r -> r.header("blotato-api-key"))
                .containsExactly(BLOTATO_KEY, "blt_live_new_key_0001");
        assertThat(handOff(p).publicUrl()).as("Blotato gave none").isNull();
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetriedWithBackoffThenTheRequestIsTaken() throws Exception {
        vendor.on("POST /v2/posts", Answer.json(429, "{\"message\":\"Rate limit exceeded\"}"),
                        Answer.json(500, "{\"message\":\"Internal error\"}"), submitted("sub_3"))
                .otherwise("GET /v2/posts/", blotatoStatus("published", ",\"publicUrl\":\"https://fb.com/p/3\""));
        blotato("fb", Platform.FACEBOOK, "987654321");
        start();
        Post p = post("fb", Platform.FACEBOOK, "Busy Blotato");

        executor.advanceTo(NINE);
        assertThat(handOff(p).lastError()).isEqualTo("HTTP 429 — Rate limit exceeded");
        assertThat(handOff(p).nextAttemptAt()).isEqualTo(NINE.plusSeconds(30));
        executor.advanceTo(NINE.plusSeconds(30));
        assertThat(handOff(p).lastError()).isEqualTo("HTTP 500 — Internal error");
        assertThat(handOff(p).nextAttemptAt()).isEqualTo(NINE.plusSeconds(90));
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        executor.advanceTo(NINE.plusSeconds(90));
        assertThat(handOff(p).remoteId()).isEqualTo("sub_3");
        assertThat(handOff(p).attempts()).isEqualTo(3);
        executor.advance(Duration.ofSeconds(10));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publicUrl()).isEqualTo("https://fb.com/p/3");
        JsonNode target = json(vendor.received("POST /v2/posts").get(2)).path("post").path("target");
        assertThat(target.path("targetType").asText()).isEqualTo("facebook");
        assertThat(target.path("pageId").asText()).isEqualTo("987654321");
        assertThat(vendor.postsMade()).isEqualTo(1);
    }

    @Test
    void aServerErrorOnEveryAttemptFailsAfterTheRetryLimitWithTheSameIdempotencyKeyEveryTime() throws Exception {
        vendor.otherwise("POST /api/post", Answer.json(500, "{\"status\":\"error\",\"code\":500,"
                + "\"message\":\"Ayrshare is down\"}"));
        ayrshare("li", null);
        start();
        Post p = post("li", Platform.LINKEDIN, "Never made");

        executor.advanceTo(NINE.plus(Duration.ofHours(1)));
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        HandOff h = handOff(p);
        assertThat(h.attempts()).isEqualTo(RetrySchedule.STANDARD.maxAttempts());
        assertThat(h.lastAttemptAt()).isEqualTo(NINE.plus(Duration.ofSeconds(30 + 60 + 120 + 240 + 480)));
        assertThat(h.lastError()).isEqualTo("HTTP 500 — Ayrshare is down");
        List<Received> creates = vendor.received("POST /api/post");
        assertThat(creates).hasSize(6);
        List<String> keys = creates.stream().map(r -> {
            try {
                return json(r).path("idempotencyKey").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(keys).containsOnly(p.id());
    }

    @Test
    void ayrshareGetsItsPostRequestWithTheProfileKeyAndItsAnswerGivesThePublicUrl() throws Exception {
        vendor.on("POST /api/post", Answer.made(200, "{\"status\":\"success\",\"id\":\"ayr_1\",\"postIds\":[{"
                + "\"status\":\"success\",\"id\":\"urn:li:share:1\",\"platform\":\"linkedin\","
                + "\"postUrl\":\"https://www.linkedin.com/feed/update/urn:li:share:1\"}]}"));
        ayrshare("li", "client-b-profile-key");
        start();
        Post p = post("li", Platform.LINKEDIN, new PostContent("First", List.of("https://example.com/v.mp4"),
                List.of(new ThreadPost("Second", List.of()))), NINE);

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publicUrl()).isEqualTo("https://www.linkedin.com/feed/update/urn:li:share:1");
        assertThat(handOff(p).remoteId()).isEqualTo("ayr_1");
        Received create = vendor.received().get(0);
        assertThat(create.method() + " " + create.path()).isEqualTo("POST /api/post");
        assertThat(create.header("Authorization")).isEqualTo("Bearer " + AYRSHARE_KEY);
        assertThat(create.header("Profile-Key")).isEqualTo("client-b-profile-key");
        JsonNode body = json(create);
        assertThat(body.path("post").asText()).isEqualTo("First\n\nSecond");
        assertThat(body.path("platforms")).extracting(JsonNode::asText).containsExactly("linkedin");
        assertThat(body.path("mediaUrls")).extracting(JsonNode::asText).containsExactly("https://example.com/v.mp4");
        assertThat(body.path("idempotencyKey").asText()).isEqualTo(p.id());
        assertThat(body.has("scheduleDate")).as("publish now").isFalse();
    }

    @Test
    void ayrshareAnErrorStatusFailsWithAyrsharesOwnMessage() {
        vendor.on("POST /api/post", Answer.json(400, "{\"status\":\"error\",\"errors\":[{\"action\":\"post\","
                + "\"status\":\"error\",\"code\":137,\"message\":\"Duplicate or similar content posted within the "
                + "same two day period.\",\"platform\":\"linkedin\"}],\"postIds\":[]}"),
                Answer.json(200, "{\"status\":\"error\",\"errors\":[{\"action\":\"post\",\"status\":\"error\","
                        + "\"message\":\"The media URL is not reachable.\",\"platform\":\"linkedin\"}]}"));
        ayrshare("li", null);
        start();
        Post dup = post("li", Platform.LINKEDIN, "Said before");
        Post media = post("li", Platform.LINKEDIN, PostContent.text("Bad media"), NINE.plusSeconds(60));

        executor.advanceTo(NINE.plusSeconds(60));
        assertThat(status(dup)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(dup).lastError())
                .isEqualTo("HTTP 400 — Duplicate or similar content posted within the same two day period.");
        assertThat(status(media)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(media).lastError()).isEqualTo("The media URL is not reachable.");
        executor.advance(Duration.ofHours(1));
        assertThat(vendor.received()).hasSize(2);
    }

    @Test
    void blotatoSayingFailedKeepsItsErrorMessageAndARetryMakesANewRequest() {
        vendor.on("POST /v2/posts", submitted("sub_4"), submitted("sub_5"))
                .on("GET /v2/posts/", blotatoStatus("failed", ",\"errorMessage\":\"Instagram rejected the image: "
                        + "aspect ratio 3:1 is not allowed\""))
                .otherwise("GET /v2/posts/", blotatoStatus("published", ""));
        blotato("ig", Platform.INSTAGRAM, null);
        start();
        Post p = post("ig", Platform.INSTAGRAM, "Wide picture");

        executor.advanceTo(NINE.plusSeconds(10));
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).lastError()).isEqualTo("Instagram rejected the image: aspect ratio 3:1 is not allowed");
        assertThat(handOff(p).remoteId()).isEqualTo("sub_4");
        assertThat(heard).extracting(HandOffReport::describe).last().asString()
                .isEqualTo("Hosted scheduler: 1 failed (\"Wide picture\": Instagram rejected the image: aspect ratio "
                        + "3:1 is not allowed)");

        Publishing.over(s).retry(ME, p.id());
        executor.advance(Duration.ofSeconds(10));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).remoteId()).isEqualTo("sub_5");
        assertThat(vendor.postsMade()).isEqualTo(2);
    }

    @Test
    void ayrshareNotAnsweringInTimeIsSentAgainWithTheSameKeyAndMakesOnePost() {
        String success = "{\"status\":\"success\",\"id\":\"ayr_2\",\"postIds\":[{\"status\":\"success\","
                + "\"platform\":\"linkedin\",\"postUrl\":\"https://www.linkedin.com/feed/update/2\"}]}";
        vendor.on("POST /api/post", Answer.madeButSlow(1500, success));
        ayrshare("li", null);
        start();
        Post p = post("li", Platform.LINKEDIN, "Slow network");

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        assertThat(handOff(p).lastError()).isEqualTo("No answer within 400 ms");
        executor.advanceTo(NINE.plusSeconds(30));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publicUrl()).isEqualTo("https://www.linkedin.com/feed/update/2");
        assertThat(vendor.received("POST /api/post")).hasSize(2);
        assertThat(vendor.postsMade()).as("the key made the second request a replay").isEqualTo(1);
    }

    @Test
    void blotatoNotAnsweringInTimeIsUnknownAndNeverSentAgainByItself() {
        vendor.on("POST /v2/posts", Answer.madeButSlow(1500, "{\"postSubmissionId\":\"sub_6\"}"));
        vendor.otherwise("POST /v2/posts", Answer.json(500, "{\"message\":\"should not be called\"}"));
        blotato("tw", Platform.TWITTER, null);
        start();
        Post p = post("tw", Platform.TWITTER, "Maybe posted");

        executor.advanceTo(NINE.plus(Duration.ofHours(1)));
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).lastError()).isEqualTo("Unknown — No answer within 400 ms, so the post may or may not "
                + "be on Blotato. Check Blotato before retrying.");
        assertThat(vendor.received("POST /v2/posts")).hasSize(1);
    }

    @Test
    void blotatoUnreachableIsRetriedSinceNothingWasSent() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        s.accounts().create(ME, "tw", Platform.TWITTER, "tw", null, List.of());
        s.accounts().setPublisher(ME, "tw", PublisherForm.blotato(BLOTATO_KEY, "98432", null,
                "http://127.0.0.1:" + port + "/v2"));
        start();
        Post p = post("tw", Platform.TWITTER, "Offline");

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.SENDING);
        assertThat(handOff(p).lastError()).startsWith("Could not connect to 127.0.0.1:" + port);
        assertThat(handOff(p).nextAttemptAt()).isEqualTo(NINE.plusSeconds(30));
        executor.advance(Duration.ofHours(1));
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).attempts()).isEqualTo(6);
    }

    @Test
    void postsThatFellDueWhileSlotwiseWasClosedAreForwardedOnStartAndReported() {
        vendor.on("POST /v2/posts", submitted("sub_7"))
                .on("POST /api/post", Answer.made(200, "{\"status\":\"success\",\"id\":\"ayr_3\",\"postIds\":[{"
                        + "\"status\":\"success\",\"platform\":\"linkedin\"}]}"))
                .otherwise("GET /v2/posts/", blotatoStatus("published", ""));
        blotato("tw", Platform.TWITTER, null);
        ayrshare("li", null);
        Post a = post("tw", Platform.TWITTER, "While closed");
        Post b = post("li", Platform.LINKEDIN, PostContent.text("Also while closed"), NINE.plusSeconds(60));
        stop();

        clock.set(NINE.plus(Duration.ofHours(3)));
        reopen();
        assertThat(start().asCatchUp()).isEqualTo("2 posts fell due while Slotwise was closed: 2 forwarded to "
                + "Blotato or Ayrshare. Hosted scheduler: 1 published, 1 taken, being published.");
        assertThat(status(b)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(status(a)).isEqualTo(PostStatus.SENDING);
        executor.advance(Duration.ofSeconds(10));
        assertThat(status(a)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(vendor.postsMade()).isEqualTo(2);
    }

    @Test
    void blotatoAfterACrashMidRequestIsUnknownNotPostedTwiceAndTheUserCanRetry() {
        vendor.on("POST /v2/posts", submitted("sub_8"), submitted("sub_9"))
                .otherwise("GET /v2/posts/", blotatoStatus("published", ""));
        blotato("tw", Platform.TWITTER, null);
        Post p = post("tw", Platform.TWITTER, "Sent, then Slotwise died");
        clock.set(NINE);
        // The scheduler's steps by hand, stopping where a crash would: the request made, its answer never written.
        HandOffs steps = new HandOffs(s.workspace(), RetrySchedule.STANDARD);
        steps.takeFallenDue(NINE);
        HandOffs.Claim claim = steps.claim(p.id(), NINE);
        assertThat(claim.forward().attempt()).isEqualTo(1);
        assertThat(handOff(p).awaitingAnswer()).as("written down before it is made").isTrue();
        assertThat(steps.claim(p.id(), NINE).forward()).as("claimed once").isNull();
        ForwardAnswer lost;
        try {
            lost = Forwarder.http(TIMEOUT).send(claim.forward());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(lost.remoteId()).isEqualTo("sub_8");
        stop();

        clock.set(NINE.plus(Duration.ofMinutes(2)));
        reopen();
        HandOffReport catchUp = start();
        assertThat(catchUp.asCatchUp()).isEqualTo("Hosted scheduler: 1 failed (\"Sent, then Slotwise died\": Unknown "
                + "— Slotwise stopped before Blotato answered, so the post may or may not be on Blotato. Check "
                + "Blotato before retrying.).");
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).awaitingAnswer()).isFalse();
        executor.advance(Duration.ofHours(1));
        assertThat(vendor.received("POST /v2/posts")).hasSize(1);
        assertThat(vendor.postsMade()).isEqualTo(1);

        // The user looked on Blotato, found nothing, and retries: a new request.
        Publishing.over(s).retry(ME, p.id());
        executor.advance(Duration.ofSeconds(10));
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).remoteId()).isEqualTo("sub_9");
    }

    @Test
    void ayrshareAfterACrashMidRequestIsSentAgainWithTheSameKeyAndPostedOnce() {
        vendor.on("POST /api/post", Answer.made(200, "{\"status\":\"success\",\"id\":\"ayr_4\",\"postIds\":[{"
                + "\"status\":\"success\",\"platform\":\"linkedin\",\"postUrl\":\"https://lnkd.in/4\"}]}"));
        ayrshare("li", null);
        Post p = post("li", Platform.LINKEDIN, "Sent, then Slotwise died");
        clock.set(NINE);
        HandOffs steps = new HandOffs(s.workspace(), RetrySchedule.STANDARD);
        steps.takeFallenDue(NINE);
        HandOffs.Claim claim = steps.claim(p.id(), NINE);
        try {
            assertThat(Forwarder.http(TIMEOUT).send(claim.forward()).outcome())
                    .isEqualTo(ForwardAnswer.Outcome.PUBLISHED);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        stop();

        clock.set(NINE.plus(Duration.ofMinutes(2)));
        reopen();
        assertThat(start().asCatchUp()).isEqualTo("Hosted scheduler: 1 published.");
        assertThat(status(p)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(handOff(p).publicUrl()).isEqualTo("https://lnkd.in/4");
        assertThat(handOff(p).attempts()).isEqualTo(2);
        assertThat(vendor.received("POST /api/post")).hasSize(2);
        assertThat(vendor.postsMade()).isEqualTo(1);
    }

    @Test
    void aForwarderWithoutItsKeyFailsTheDuePostSayingSoAndDoesNotFallBackToManual() {
        blotato("tw", Platform.TWITTER, null);
        // What a restore of a backup without keys leaves.
        s.accounts().setPublisher(ME, "tw", s.accounts().publisher(ME, "tw").withoutKey());
        assertThat(s.accounts().publisher(ME, "tw").describe()).isEqualTo("Blotato — needs its API key");
        start();
        Post p = post("tw", Platform.TWITTER, "Keyless");

        executor.advanceTo(NINE);
        assertThat(status(p)).isEqualTo(PostStatus.FAILED);
        assertThat(handOff(p).lastError()).isEqualTo("Blotato needs its API key: enter it in Accounts & labels, "
                + "then retry");
        assertThat(vendor.received()).isEmpty();
        assertThatThrownBy(() -> Publishing.over(s).retry(ME, p.id())).isInstanceOf(ServiceException.class)
                .hasMessage("Blotato" + Publishing.NEEDS_KEY);
    }

    @Test
    void theKeyNeverReachesTheLogNorAnyTextTheUserSees() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        vendor.otherwise("POST /v2/posts", Answer.json(401, "{\"message\":\"Invalid API key\"}"));
        blotato("tw", Platform.TWITTER, null);
        blotato("tw2", Platform.TWITTER, null);
        Post broken;
        Post refused;
        try {
            System.setErr(capture);
            System.setOut(capture);
            // A forwarder that breaks with the key in its exception's message, as a careless library might.
            Forwarder real = Forwarder.http(TIMEOUT);
            start(call -> {
                if (call.post().accountId().equals("tw")) {
                    throw new IllegalStateException("request with header blotato-api-key: " + call.settings().apiKey());
                }
                return real.send(call);
            });
            broken = post("tw", Platform.TWITTER, "Breaks");
            refused = post("tw2", Platform.TWITTER, "Refused");
            executor.advanceTo(NINE.plus(Duration.ofHours(1)));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the failure was logged").contains("Forwarding post " + broken.id() + " to Blotato failed");
        assertThat(log).doesNotContain(BLOTATO_KEY).doesNotContain("4f1c9a77");
        assertThat(status(broken)).isEqualTo(PostStatus.FAILED);
        assertThat(status(refused)).isEqualTo(PostStatus.FAILED);
        List<String> shown = new java.util.ArrayList<>();
        shown.add(s.accounts().publisher(ME, "tw").describe());
        shown.add(s.accounts().publisher(ME, "tw").toString());
        shown.add(s.accounts().publishers(ME).toString());
        shown.add(handOff(broken).toString());
        shown.add(handOff(refused).toString());
        heard.forEach(r -> shown.add(r.describe()));
        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain(BLOTATO_KEY));
        assertThat(s.accounts().publisher(ME, "tw").describe()).isEqualTo("Blotato → 98432 at 127.0.0.1:"
                + vendor.base("").replaceAll(".*:", "") + " (key ••••cret)");
    }
}
