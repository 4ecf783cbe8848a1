package io.slotwise.api;

import static io.slotwise.api.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.PostStatus;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dialects over posts whose time has come (SPEC §7, §11): "publish now" goes straight to the
 * publisher, and due or published posts leave Blotato's list of future schedules without breaking it;
 * FeedHive's clients still read a due post as "scheduled".
 */
class PublishingApiTest {

    private final ApiHarness h = new ApiHarness(Instant.parse("2026-03-02T08:00:00Z"));
    private final TestExecutor executor = new TestExecutor(h.clock);
    private final HandOffScheduler scheduler = new HandOffScheduler(h.services, executor, call -> {
        throw new AssertionError("no webhook is configured");
    }, RetrySchedule.STANDARD);

    @AfterEach
    void close() {
        scheduler.close();
        h.close();
    }

    private PostStatus status(String id) {
        return h.services.posts().find(Workspace.LOCAL_OWNER, id).orElseThrow().status();
    }

    @Test
    void publishNowGoesToThePublisherAndDuePostsLeaveTheListOfSchedules() {
        scheduler.start();
        executor.runDue();
        String now = h.post("/v2/posts", q("{'post': {'accountId': 'acc_1', 'content': {'text': 'right now', "
                + "'mediaUrls': [], 'platform': 'twitter'}, 'target': {'targetType': 'twitter'}}}"))
                .json().path("postSubmissionId").asText();
        String later = h.post("/v2/posts", q("{'post': {'accountId': 'acc_1', 'content': {'text': 'at nine', "
                + "'mediaUrls': [], 'platform': 'twitter'}, 'target': {'targetType': 'twitter'}}, "
                + "'scheduledTime': '2026-03-02T09:00:00Z'}")).json().path("postSubmissionId").asText();
        executor.runDue();
        assertThat(status(now)).isEqualTo(PostStatus.DUE);
        assertThat(status(later)).isEqualTo(PostStatus.SCHEDULED);
        var list = h.get("/v2/schedules").json();
        assertThat(ApiHarness.texts(list.path("items"), "id")).containsExactly(later);
        assertThat(list.path("count").asText()).isEqualTo("1");

        executor.advance(Duration.ofHours(1));
        assertThat(status(later)).isEqualTo(PostStatus.DUE);
        list = h.get("/v2/schedules").json();
        assertThat(list.path("items")).isEmpty();
        assertThat(list.path("count").asText()).isEqualTo("0");
        // A due post is still the user's to reschedule; FeedHive's clients read it as scheduled.
        assertThat(h.get("/v2/schedules/" + later).status()).isEqualTo(200);
        assertThat(h.get("/plan/posts/" + later).json().path("data").path("status").asText()).isEqualTo("scheduled");

        Publishing.over(h.services).markPublished(Workspace.LOCAL_OWNER, later);
        assertThat(h.get("/v2/schedules/" + later).status()).isEqualTo(404);
        assertThat(h.patch("/v2/schedules/" + later, q("{'patch': {'scheduledTime': '2026-03-05T10:00:00Z'}}"))
                .status()).isEqualTo(404);
        assertThat(h.get("/plan/posts/" + later).json().path("data").path("status").asText()).isEqualTo("published");
        assertThat(status(later)).isEqualTo(PostStatus.PUBLISHED);
    }
}
