package io.slotwise.api;

import static io.slotwise.api.ApiHarness.q;
import static io.slotwise.api.ApiHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.api.ApiHarness.Res;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ayrshare's post routes beyond posting, as its SDK calls them: get a post by the id posting answered,
 * update it (PUT), delete it (DELETE with {id}), the history and the user; each checked against what
 * Slotwise stored, read back through Blotato's dialect; bad input refused naming the field, nothing written.
 */
class AyrsharePostsTest {

    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    private static final String TWO_PLATFORMS = q("""
            {'post': 'Spring sale', 'platforms': ['twitter', 'linkedin'], 'scheduleDate': '2026-04-02T10:00:00Z',
             'mediaUrls': ['https://img.example/a.png'], 'source': 'npm'}""");

    private ApiHarness h;

    @BeforeEach
    void start() {
        h = new ApiHarness(NOW);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private JsonNode posted(String body) {
        Res r = h.post("/api/post", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode blotatoSchedules() {
        return h.get("/v2/schedules").json().get("items");
    }

    private static void ayrshareError(Res r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("error");
        assertThat(j.get("code").asInt()).isEqualTo(status);
        assertThat(j.get("message").asText()).isNotBlank();
        if (field != null) {
            assertThat(j.path("field").asText(null)).as(r.toString()).isEqualTo(field);
        }
    }

    // ---- get ----

    @Test
    void getPostAnswersEveryPlatformsPostUnderTheIdPostingGave() {
        JsonNode made = posted(TWO_PLATFORMS);
        String id = made.get("id").asText();

        Res got = h.get("/api/post/" + id + "?source=npm");
        assertThat(got.status()).as(got.toString()).isEqualTo(200);
        JsonNode p = got.json();
        assertThat(p.get("id").asText()).isEqualTo(id);
        assertThat(p.get("status").asText()).isEqualTo("pending");
        assertThat(p.get("post").asText()).isEqualTo("Spring sale");
        assertThat(texts(p.get("platforms"), "x")).hasSize(2);
        assertThat(p.get("platforms").get(0).asText()).isEqualTo("twitter");
        assertThat(p.get("platforms").get(1).asText()).isEqualTo("linkedin");
        assertThat(p.get("scheduleDate").asText()).isEqualTo("2026-04-02T10:00:00.000Z");
        assertThat(p.get("mediaUrls").get(0).asText()).isEqualTo("https://img.example/a.png");
        assertThat(texts(p.get("postIds"), "id")).isEqualTo(texts(made.get("postIds"), "id"));
        assertThat(texts(p.get("postIds"), "status")).containsOnly("scheduled");
        // what Blotato sees: two scheduled posts with those ids
        assertThat(texts(blotatoSchedules(), "id")).containsExactlyInAnyOrderElementsOf(texts(made.get("postIds"), "id"));
    }

    @Test
    void getPostOfAnUnknownIdOrAnotherProfileIs404() {
        String id = posted(TWO_PLATFORMS).get("id").asText();
        ayrshareError(h.get("/api/post/nope"), 404, null);
        Res other = h.send("GET", "/api/post/" + id, null, "Authorization", "Bearer " + ApiHarness.KEY,
                "Profile-Key", "client-b");
        ayrshareError(other, 404, null);
        // a post made through Blotato is a post of one platform under its own id
        Res blotato = h.post("/v2/posts", q("""
                {'post': {'accountId': 'tw_1', 'content': {'text': 'from blotato', 'mediaUrls': [], 'platform': 'twitter'},
                 'target': {'targetType': 'twitter'}}, 'scheduledTime': '2026-04-03T09:00:00Z'}"""));
        assertThat(blotato.status()).as(blotato.toString()).isEqualTo(201);
        JsonNode one = h.get("/api/post/" + blotato.json().get("postSubmissionId").asText()).json();
        assertThat(one.get("post").asText()).isEqualTo("from blotato");
        assertThat(one.get("postIds")).hasSize(1);
    }

    // ---- update ----

    @Test
    void updatePostMovesAndRewritesEveryPlatformsPost() {
        String id = posted(TWO_PLATFORMS).get("id").asText();
        Res up = h.send("PUT", "/api/post", q("""
                {'id': '%s', 'scheduleDate': '2026-04-05T16:30:00Z', 'post': 'Spring sale, extended', 'source': 'npm'}"""
                .formatted(id)));
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("success");
        assertThat(up.json().get("scheduleDate").asText()).isEqualTo("2026-04-05T16:30:00.000Z");

        JsonNode items = blotatoSchedules();
        assertThat(items).hasSize(2);
        for (JsonNode n : items) {
            assertThat(n.get("scheduledAt").asText()).isEqualTo("2026-04-05T16:30:00.000Z");
            assertThat(n.at("/draft/content/text").asText()).isEqualTo("Spring sale, extended");
            assertThat(n.at("/draft/content/mediaUrls/0").asText()).isEqualTo("https://img.example/a.png");
        }
        // only the time
        h.send("PUT", "/api/post", q("{'id': '%s', 'scheduleDate': '2026-04-06T09:00:00Z'}".formatted(id)));
        assertThat(texts(blotatoSchedules(), "scheduledAt")).containsOnly("2026-04-06T09:00:00.000Z");
        assertThat(h.get("/api/post/" + id).json().get("post").asText()).isEqualTo("Spring sale, extended");
    }

    @Test
    void aBadUpdateNamesItsFieldAndChangesNothing() {
        String id = posted(TWO_PLATFORMS).get("id").asText();
        String before = blotatoSchedules().toString();
        ayrshareError(h.send("PUT", "/api/post", q("{'scheduleDate': '2026-04-05T16:30:00Z'}")), 400, "id");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': 7, 'post': 'x'}")), 400, "id");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s'}".formatted(id))), 400, "scheduleDate");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'scheduleDate': 'soon'}".formatted(id))), 400, "scheduleDate");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'scheduleDate': '2026-03-01T00:00:00Z', 'post': 'new'}"
                .formatted(id))), 400, "scheduleDate");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'post': 42}".formatted(id))), 400, "post");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'post': 'x', 'scheduledPause': true}".formatted(id))),
                400, "scheduledPause");
        ayrshareError(h.send("PUT", "/api/post", q("{'id': 'nope', 'post': 'x'}")), 404, null);
        ayrshareError(h.send("PUT", "/api/post", "[1]"), 400, null);
        ayrshareError(h.send("PUT", "/api/post", "{\"id\": "), 400, null);
        assertThat(blotatoSchedules().toString()).isEqualTo(before);
    }

    @Test
    void anUpdateOntoATakenLaneIs422NamingScheduleDate() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z']}"));
        JsonNode queued = posted(q("{'post': 'first', 'platforms': ['twitter'], 'autoSchedule': {'schedule': true}}"));
        assertThat(queued.get("scheduleDate").asText()).isEqualTo("2026-03-30T13:05:00.000Z");
        String other = posted(q("{'post': 'second', 'platforms': ['twitter'], 'scheduleDate': '2026-04-02T10:00:00Z'}"))
                .get("id").asText();
        ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'scheduleDate': '2026-03-30T13:05:00Z'}".formatted(other))),
                422, "scheduleDate");
        assertThat(h.get("/v2/schedules/" + other).json().at("/schedule/scheduledAt").asText())
                .isEqualTo("2026-04-02T10:00:00.000Z");
    }

    @Test
    void aPostGoneToItsPublisherCanNoLongerBeChangedOrDeleted() {
        TestExecutor executor = new TestExecutor(h.clock);
        try (HandOffScheduler scheduler = new HandOffScheduler(h.services, executor, call -> {
            throw new AssertionError("no webhook is configured");
        }, RetrySchedule.STANDARD)) {
            scheduler.start();
            JsonNode made = posted(q("{'post': 'now', 'platforms': ['twitter', 'linkedin']}"));
            executor.runDue();
            String id = made.get("id").asText();
            Publishing.over(h.services).markPublished(Workspace.LOCAL_OWNER, made.at("/postIds/0/id").asText());
            JsonNode half = h.get("/api/post/" + id).json();
            assertThat(half.get("status").asText()).isEqualTo("pending");
            assertThat(texts(half.get("postIds"), "status")).containsExactly("success", "scheduled");

            ayrshareError(h.send("PUT", "/api/post", q("{'id': '%s', 'post': 'changed'}".formatted(id))), 400, "id");
            ayrshareError(h.delete("/api/post", q("{'id': '%s'}".formatted(id))), 400, "id");
            assertThat(h.get("/api/post/" + id).json().get("post").asText()).isEqualTo("now");
            assertThat(h.get("/api/post/" + id).json().get("postIds")).hasSize(2);

            Publishing.over(h.services).markPublished(Workspace.LOCAL_OWNER, made.at("/postIds/1/id").asText());
            assertThat(h.get("/api/post/" + id).json().get("status").asText()).isEqualTo("success");
            assertThat(texts(h.get("/api/history?status=success").json().get("history"), "id")).containsExactly(id);
        }
    }

    // ---- delete ----

    @Test
    void deletePostRemovesEveryPlatformsPost() {
        String keep = posted(q("{'post': 'keep me', 'platforms': ['instagram'], 'scheduleDate': '2026-04-03T10:00:00Z'}"))
                .get("id").asText();
        String id = posted(TWO_PLATFORMS).get("id").asText();
        Res del = h.delete("/api/post", q("{'id': '%s', 'source': 'npm'}".formatted(id)));
        assertThat(del.status()).as(del.toString()).isEqualTo(200);
        assertThat(del.json().get("status").asText()).isEqualTo("success");
        assertThat(del.json().get("id").asText()).isEqualTo(id);
        assertThat(texts(del.json().get("postIds"), "status")).containsExactly("deleted", "deleted");
        assertThat(texts(blotatoSchedules(), "id")).containsExactly(keep);
        ayrshareError(h.get("/api/post/" + id), 404, null);
        ayrshareError(h.delete("/api/post", q("{'id': '%s'}".formatted(id))), 404, null);
    }

    @Test
    void aBadDeleteNamesItsFieldAndDeletesNothing() {
        posted(TWO_PLATFORMS);
        ayrshareError(h.delete("/api/post", q("{'source': 'npm'}")), 400, "id");
        ayrshareError(h.delete("/api/post", q("{'id': ''}")), 400, "id");
        ayrshareError(h.delete("/api/post", q("{'id': 'nope'}")), 404, null);
        ayrshareError(h.delete("/api/post"), 400, null);
        ayrshareError(h.send("DELETE", "/api/post", q("{'id': '%s'}".formatted(posted(TWO_PLATFORMS).get("id").asText())),
                "Authorization", "Bearer wrong"), 401, null);
        assertThat(blotatoSchedules()).hasSize(4);
    }

    @Test
    void aPostDeletedThroughBlotatoLeavesTheRestOfItsGroup() {
        JsonNode made = posted(TWO_PLATFORMS);
        String id = made.get("id").asText();
        String second = made.at("/postIds/1/id").asText();
        assertThat(h.delete("/v2/schedules/" + id).status()).isIn(200, 204);
        JsonNode rest = h.get("/api/post/" + id).json();
        assertThat(texts(rest.get("postIds"), "id")).containsExactly(second);
    }

    // ---- history ----

    @Test
    void historyListsPostsNewestFirstWithAyrsharesFilters() {
        String first = posted(q("{'post': 'one', 'platforms': ['twitter'], 'scheduleDate': '2026-04-03T10:00:00Z'}"))
                .get("id").asText();
        h.clock.advance(Duration.ofMinutes(5));
        String second = posted(TWO_PLATFORMS).get("id").asText();

        JsonNode all = h.get("/api/history?source=npm").json();
        assertThat(all.get("status").asText()).isEqualTo("success");
        assertThat(texts(all.get("history"), "id")).containsExactly(second, first);
        assertThat(all.get("count").asInt()).isEqualTo(2);

        assertThat(texts(h.get("/api/history?platforms%5B0%5D=linkedin").json().get("history"), "id")).containsExactly(second);
        assertThat(texts(h.get("/api/history/twitter?source=npm").json().get("history"), "id")).containsExactly(second, first);
        assertThat(texts(h.get("/api/history?limit=1").json().get("history"), "id")).containsExactly(second);
        assertThat(h.get("/api/history?status=pending").json().get("history")).hasSize(2);
        assertThat(h.get("/api/history?status=success").json().get("history")).isEmpty();
        assertThat(h.get("/api/history/" + first).json().get("post").asText()).isEqualTo("one");

        h.clock.advance(Duration.ofDays(3));
        assertThat(h.get("/api/history?lastDays=2").json().get("history")).isEmpty();
        assertThat(h.get("/api/history?lastDays=0").json().get("history")).hasSize(2);
    }

    @Test
    void badHistoryParametersAreRefusedNamingThem() {
        ayrshareError(h.get("/api/history?limit=0"), 400, "limit");
        ayrshareError(h.get("/api/history?limit=lots"), 400, "limit");
        ayrshareError(h.get("/api/history?lastDays=-1"), 400, "lastDays");
        ayrshareError(h.get("/api/history?status=done"), 400, "status");
        ayrshareError(h.get("/api/history?platforms%5B0%5D=myspace"), 400, "platforms");
    }

    // ---- user ----

    @Test
    void userAnswersTheLinkedAccounts() {
        JsonNode empty = h.get("/api/user?source=npm").json();
        assertThat(empty.get("activeSocialAccounts")).isEmpty();
        posted(TWO_PLATFORMS);
        JsonNode user = h.get("/api/user").json();
        assertThat(texts(user.get("displayNames"), "platform")).containsExactlyInAnyOrder("twitter", "linkedin");
        List<String> active = List.of(user.get("activeSocialAccounts").get(0).asText(),
                user.get("activeSocialAccounts").get(1).asText());
        assertThat(active).containsExactly("linkedin", "twitter");
        // another profile has its own accounts
        Res other = h.send("GET", "/api/user", null, "Authorization", "Bearer " + ApiHarness.KEY, "Profile-Key", "client-b");
        assertThat(other.json().get("activeSocialAccounts")).isEmpty();
    }

    @Test
    void theSdksSourceFieldIsAcceptedOnEveryRoute() {
        assertThat(h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z'], 'source': 'npm'}")).status()).isEqualTo(200);
        assertThat(h.get("/api/auto-schedule/list?source=npm").status()).isEqualTo(200);
        JsonNode auto = posted(q("{'post': 'queued', 'platforms': ['twitter'], 'autoSchedule': {'schedule': true}, 'source': 'npm'}"));
        assertThat(auto.get("scheduleDate").asText()).isEqualTo("2026-03-30T13:05:00.000Z");
        assertThat(h.delete("/api/auto-schedule/delete", q("{'source': 'npm'}")).status()).isEqualTo(200);
    }
}
