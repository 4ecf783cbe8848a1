package io.slotwise.api;

import static io.slotwise.api.ApiHarness.parse;
import static io.slotwise.api.ApiHarness.q;
import static io.slotwise.api.ApiHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slotwise.api.ApiHarness.Res;
import io.slotwise.engine.Account;
import io.slotwise.engine.Platform;
import io.slotwise.service.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every example request printed in the five vendor documents in {@code seeds/}, replayed over HTTP
 * against a running {@link LocalApi}. "Now" is Monday 2026-03-30 08:00 UTC, so the documents'
 * April 2026 dates lie in the future.
 */
class DocumentExamplesTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");

    private ApiHarness h;

    @BeforeEach
    void start() {
        h = new ApiHarness(NOW);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    // ---------------------------------------------------------------------------------------------
    // 000 Blotato — Schedule Slots
    // ---------------------------------------------------------------------------------------------

    private static final String TWO_SLOTS = q("""
            {'slots': [
              {'hour': 9, 'minute': 0, 'day': 'monday',
               'selectedTargets': [{'platform': 'twitter', 'accountId': null}]},
              {'hour': 14, 'minute': 30, 'day': 'wednesday',
               'selectedTargets': [{'platform': 'linkedin', 'accountId': 'li_42', 'subaccountId': 'page_7'},
                                   {'platform': 'twitter', 'accountId': '98432'}]}
            ]}""");

    @Test
    void blotatoListSlotsIsEmptyAtFirst() {
        Res r = h.get("/v2/schedule/slots");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json()).isEqualTo(parse("{\"items\": []}"));
    }

    @Test
    void blotatoCreateSlotsAnswers201WithItemsInBlotatoShapeAndListShowsThem() {
        Res created = h.post("/v2/schedule/slots", TWO_SLOTS);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode items = created.json().get("items");
        assertThat(created.json().size()).isEqualTo(1);
        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            assertThat(item.fieldNames()).toIterable().containsExactly("id", "hour", "minute", "day", "selectedTargets");
            assertThat(item.get("id").isTextual()).isTrue();
            assertThat(item.get("id").asText()).isNotBlank();
            assertThat(item.get("hour").isInt()).isTrue();
            assertThat(item.get("minute").isInt()).isTrue();
        }
        assertThat(withoutId(items.get(0))).isEqualTo(parse(q("""
                {'hour': 9, 'minute': 0, 'day': 'monday',
                 'selectedTargets': [{'platform': 'twitter', 'accountId': null, 'subaccountId': null}]}""")));
        assertThat(withoutId(items.get(1))).isEqualTo(parse(q("""
                {'hour': 14, 'minute': 30, 'day': 'wednesday',
                 'selectedTargets': [{'platform': 'linkedin', 'accountId': 'li_42', 'subaccountId': 'page_7'},
                                     {'platform': 'twitter', 'accountId': '98432', 'subaccountId': null}]}""")));
        assertThat(items.get(0).get("id").asText()).isNotEqualTo(items.get(1).get("id").asText());

        // Blotato gives no order for the list; both slots were made at the same instant
        Res list = h.get("/v2/schedule/slots");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void blotatoCreateSlotAtADayAndTimeAlreadyTakenIsAnErrorAndCreatesNothing() {
        assertThat(h.post("/v2/schedule/slots", TWO_SLOTS).status()).isEqualTo(201);
        JsonNode before = h.get("/v2/schedule/slots").json();

        Res again = h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': 10, 'minute': 0, 'day': 'friday', 'selectedTargets': [{'platform': 'bluesky', 'accountId': null}]},
                           {'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'linkedin', 'accountId': null}]}]}"""));
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("already exists").contains("monday").contains("09:00");
        assertThat(h.get("/v2/schedule/slots").json()).isEqualTo(before);
    }

    @Test
    void blotatoUpdateSlotTargetsIsAFullReplacementAnswering204() {
        String id = h.post("/v2/schedule/slots", TWO_SLOTS).json().get("items").get(1).get("id").asText();
        Res r = h.patch("/v2/schedule/slots/" + id, q("""
                {'selectedTargets': [{'platform': 'instagram', 'accountId': null}]}"""));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(r.body()).isEmpty();

        JsonNode slot = slotById(h.get("/v2/schedule/slots").json().get("items"), id);
        assertThat(slot.get("selectedTargets")).isEqualTo(parse(q("""
                [{'platform': 'instagram', 'accountId': null, 'subaccountId': null}]""")));
        assertThat(slot.get("hour").asInt()).isEqualTo(14);
        assertThat(slot.get("minute").asInt()).isEqualTo(30);
        assertThat(slot.get("day").asText()).isEqualTo("wednesday");

        Res missing = h.patch("/v2/schedule/slots/slot_nope", q("{'selectedTargets': []}"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Slot not found");
    }

    @Test
    void blotatoDeleteSlotWorksUnderBothSpellings() {
        JsonNode items = h.post("/v2/schedule/slots", TWO_SLOTS).json().get("items");
        String first = items.get(0).get("id").asText();
        String second = items.get(1).get("id").asText();

        Res a = h.delete("/v2/schedules/slots/" + first);  // the document's spelling
        assertThat(a.status()).as(a.toString()).isEqualTo(204);
        assertThat(a.body()).isEmpty();
        Res b = h.delete("/v2/schedule/slots/" + second);  // the spelling of the other slot endpoints
        assertThat(b.status()).as(b.toString()).isEqualTo(204);
        assertThat(h.get("/v2/schedule/slots").json().get("items")).isEmpty();

        Res again = h.delete("/v2/schedules/slots/" + first);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void blotatoDeleteSlotWithFutureScheduledPostsFailsWithTheDocumentsMessage() {
        String slotId = h.post("/v2/schedule/slots", TWO_SLOTS).json().get("items").get(0).get("id").asText();
        Res post = h.post("/v2/posts", nextFreeTweet("acc_1", "queued"));
        assertThat(post.status()).as(post.toString()).isEqualTo(201);
        String postId = post.json().get("postSubmissionId").asText();
        JsonNode before = h.get("/v2/schedule/slots").json();

        for (String path : List.of("/v2/schedules/slots/", "/v2/schedule/slots/")) {
            Res r = h.delete(path + slotId);
            assertThat(r.status()).as(path + " " + r).isEqualTo(400);
            assertThat(r.json().get("message").asText())
                    .isEqualTo("Slot has future scheduled content. Delete the scheduled posts first.");
            assertThat(r.json().has("success")).isFalse();
            assertThat(r.json().has("status")).isFalse();
        }
        assertThat(h.get("/v2/schedule/slots").json()).isEqualTo(before);

        // "Delete the scheduled posts first (see Schedules), then delete the slot."
        assertThat(h.delete("/v2/schedules/" + postId).status()).isEqualTo(204);
        assertThat(h.delete("/v2/schedules/slots/" + slotId).status()).isEqualTo(204);
    }

    @Test
    void blotatoDeleteSlotWhosePostsArePastSucceedsAndKeepsThePosts() {
        String slotId = h.post("/v2/schedule/slots", TWO_SLOTS).json().get("items").get(0).get("id").asText();
        String postId = h.post("/v2/posts", nextFreeTweet("acc_1", "past")).json().get("postSubmissionId").asText();
        assertThat(h.get("/v2/schedules/" + postId).json().at("/schedule/scheduledAt").asText())
                .isEqualTo("2026-03-30T09:00:00.000Z");

        h.clock.set(Instant.parse("2026-03-31T08:00:00Z"));
        Res r = h.delete("/v2/schedules/slots/" + slotId);
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        // "Past scheduled posts linked to this slot are cleaned up automatically": unlinked, still there.
        assertThat(h.services.posts().find(ME, postId)).hasValueSatisfying(p -> assertThat(p.slotId()).isNull());
    }

    @Test
    void blotatoFindNextAvailableSlotAnswers201WithSlotIdAndUtcTime() {
        // the document's pair: { "platform": "twitter", "accountId": "98432" } → slot_1 at 2026-04-02T09:00:00Z
        String slotId = createBlotatoSlot(9, 0, "thursday", "{'platform': 'twitter', 'accountId': null}");
        Res r = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter', 'accountId': '98432'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().fieldNames()).toIterable().containsExactly("slot");
        JsonNode slot = r.json().get("slot");
        assertThat(slot.fieldNames()).toIterable().containsExactlyInAnyOrder("slotId", "slotTime");
        assertThat(slot.get("slotId").asText()).isEqualTo(slotId);
        assertThat(Instant.parse(slot.get("slotTime").asText())).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));

        // accountId omitted: "match slots for all accounts on the platform"
        Res any = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter'}"));
        assertThat(any.status()).isEqualTo(201);
        assertThat(any.json().at("/slot/slotId").asText()).isEqualTo(slotId);

        // a lookup writes nothing: the same answer again
        Res again = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter', 'accountId': '98432'}"));
        assertThat(again.json()).isEqualTo(r.json());
    }

    @Test
    void blotatoFindNextAvailableSlotWithNoSlotsForThePlatformIs400() {
        createBlotatoSlot(9, 0, "thursday", "{'platform': 'twitter', 'accountId': null}");
        Res r = h.post("/v2/schedule/slots/next-available", q("{'platform': 'linkedin', 'accountId': 'li_1'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).isEqualTo("no slots are configured for this platform/account");
    }

    // ---------------------------------------------------------------------------------------------
    // 001 Blotato — Schedules
    // ---------------------------------------------------------------------------------------------

    private static final String DOC_DRAFT = q("""
            {'accountId': '98432',
             'content': {'text': 'Scheduled post content', 'mediaUrls': [], 'platform': 'twitter'},
             'target': {'targetType': 'twitter'}}""");

    /** The account the document's examples show (name "Jane Smith", username "janesmith"). */
    private void addJane() {
        h.services.accounts().create(ME, "98432", Platform.TWITTER, "Jane Smith", "janesmith", List.of());
    }

    private String scheduleDocPost() {
        Res r = h.post("/v2/posts", "{\"post\": " + DOC_DRAFT + ", \"scheduledTime\": \"2026-04-01T14:00:00Z\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().fieldNames()).toIterable().containsExactly("postSubmissionId");
        return r.json().get("postSubmissionId").asText();
    }

    @Test
    void blotatoGetScheduledPostHasTheDocumentsShape() {
        addJane();
        String id = scheduleDocPost();
        Res r = h.get("/v2/schedules/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("""
                {'schedule': {
                  'id': '%s',
                  'scheduledAt': '2026-04-01T14:00:00.000Z',
                  'account': {'id': '98432', 'name': 'Jane Smith', 'username': 'janesmith', 'profileImageUrl': null,
                              'subaccountId': null, 'subId': null, 'subaccountName': null},
                  'draft': {'accountId': '98432',
                            'content': {'text': 'Scheduled post content', 'mediaUrls': [], 'platform': 'twitter'},
                            'target': {'targetType': 'twitter'}}}}""".formatted(id))));

        Res missing = h.get("/v2/schedules/sch_abc123");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Schedule not found");
    }

    @Test
    void blotatoListScheduledPostsPagesWithAStringCountAndNoCursorOnTheLastPage() {
        addJane();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // out of time order on purpose; the list is ascending by scheduledAt
            int day = 1 + (i * 5) % 12;
            Res r = h.post("/v2/posts", q("""
                    {'post': {'accountId': '98432', 'content': {'text': 'post %d', 'mediaUrls': [], 'platform': 'twitter'},
                              'target': {'targetType': 'twitter'}},
                     'scheduledTime': '2026-04-%02dT14:00:00Z'}""".formatted(i, day)));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            ids.add(r.json().get("postSubmissionId").asText());
        }
        // a past post is not listed ("Only future posts are returned")
        assertThat(h.post("/v2/posts", "{\"post\": " + DOC_DRAFT + ", \"scheduledTime\": \"2026-03-01T10:00:00Z\"}")
                .status()).isEqualTo(201);

        // GET /v2/schedules?limit=10
        Res first = h.get("/v2/schedules?limit=10");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode p1 = first.json();
        assertThat(p1.fieldNames()).toIterable().containsExactly("items", "count", "cursor");
        assertThat(p1.get("count").isTextual()).as("count is a string").isTrue();
        assertThat(p1.get("count").asText()).isEqualTo("12");
        assertThat(p1.get("cursor").isTextual()).isTrue();
        assertThat(p1.get("items")).hasSize(10);

        // GET /v2/schedules?limit=10&cursor=…
        Res second = h.get("/v2/schedules?limit=10&cursor=" + p1.get("cursor").asText());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode p2 = second.json();
        assertThat(p2.has("cursor")).as("cursor absent on the last page").isFalse();
        assertThat(p2.get("count").asText()).isEqualTo("12");
        assertThat(p2.get("items")).hasSize(2);

        List<String> times = new ArrayList<>(texts(p1.get("items"), "scheduledAt"));
        times.addAll(texts(p2.get("items"), "scheduledAt"));
        assertThat(times).hasSize(12).isSorted().doesNotHaveDuplicates();
        assertThat(times.get(0)).isEqualTo("2026-04-01T14:00:00.000Z");
        assertThat(times.get(11)).isEqualTo("2026-04-12T14:00:00.000Z");
        List<String> listed = new ArrayList<>(texts(p1.get("items"), "id"));
        listed.addAll(texts(p2.get("items"), "id"));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        // every item has the document's shape
        for (JsonNode item : p1.get("items")) {
            assertThat(item.fieldNames()).toIterable().containsExactly("id", "scheduledAt", "account", "draft");
            assertThat(item.at("/account/name").asText()).isEqualTo("Jane Smith");
        }

        // default limit 20: everything on one page, no cursor
        JsonNode all = h.get("/v2/schedules").json();
        assertThat(all.get("items")).hasSize(12);
        assertThat(all.has("cursor")).isFalse();
    }

    @Test
    void blotatoListScheduledPostsRefusesTheDocumentsPlaceholderCursorAndLimitsOutOfRange() {
        // "eyJzY2hlZHVsZWRBd..." is an elided cursor in the document, not a real one
        Res r = h.get("/v2/schedules?limit=10&cursor=eyJzY2hlZHVsZWRBd...");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).isEqualTo("Invalid cursor");
        for (String limit : List.of("0", "51", "ten")) {
            Res bad = h.get("/v2/schedules?limit=" + limit);
            assertThat(bad.status()).as(limit).isEqualTo(400);
            assertThat(bad.json().get("message").asText()).contains("limit");
        }
        assertThat(h.get("/v2/schedules?limit=50").status()).isEqualTo(200);
        assertThat(h.get("/v2/schedules?limit=1").status()).isEqualTo(200);
    }

    @Test
    void blotatoRescheduleToANewTime() {
        addJane();
        String id = scheduleDocPost();
        Res r = h.patch("/v2/schedules/" + id, q("{'patch': {'scheduledTime': '2026-04-05T10:00:00Z'}}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        JsonNode s = h.get("/v2/schedules/" + id).json().get("schedule");
        assertThat(s.get("scheduledAt").asText()).isEqualTo("2026-04-05T10:00:00.000Z");
        assertThat(s.at("/draft/content/text").asText()).isEqualTo("Scheduled post content");
    }

    @Test
    void blotatoUpdateThePostText() {
        addJane();
        String id = scheduleDocPost();
        Res r = h.patch("/v2/schedules/" + id, q("""
                {'patch': {'draft': {'accountId': '98432',
                  'content': {'text': 'New text for this scheduled post', 'mediaUrls': [], 'platform': 'twitter'},
                  'target': {'targetType': 'twitter'}}}}"""));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        JsonNode s = h.get("/v2/schedules/" + id).json().get("schedule");
        assertThat(s.get("scheduledAt").asText()).isEqualTo("2026-04-01T14:00:00.000Z");
        assertThat(s.get("draft")).isEqualTo(parse(q("""
                {'accountId': '98432',
                 'content': {'text': 'New text for this scheduled post', 'mediaUrls': [], 'platform': 'twitter'},
                 'target': {'targetType': 'twitter'}}""")));
    }

    @Test
    void blotatoUpdateTimeAndDraftTogetherAsInTheRequestBodyExample() {
        addJane();
        String id = scheduleDocPost();
        Res r = h.patch("/v2/schedules/" + id, q("""
                {'patch': {'scheduledTime': '2026-04-05T10:00:00Z',
                  'draft': {'accountId': '98432',
                    'content': {'text': 'Updated post content', 'mediaUrls': [], 'platform': 'twitter'},
                    'target': {'targetType': 'twitter'}}}}"""));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        JsonNode s = h.get("/v2/schedules/" + id).json().get("schedule");
        assertThat(s.get("scheduledAt").asText()).isEqualTo("2026-04-05T10:00:00.000Z");
        assertThat(s.at("/draft/content/text").asText()).isEqualTo("Updated post content");
    }

    @Test
    void blotatoRescheduleToTheNextAvailableSlotInTwoSteps() {
        addJane();
        String slotId = createBlotatoSlot(9, 0, "thursday", "{'platform': 'twitter', 'accountId': null}");
        String id = scheduleDocPost();

        // 1. POST /v2/schedule/slots/next-available  { "platform": "twitter", "accountId": "98432" }
        Res next = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter', 'accountId': '98432'}"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.json().at("/slot/slotId").asText()).isEqualTo(slotId);
        String slotTime = next.json().at("/slot/slotTime").asText();
        assertThat(Instant.parse(slotTime)).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));

        // 2. PATCH /v2/schedules/sch_abc123  { "patch": { "scheduledTime": <slotTime> } }
        Res r = h.patch("/v2/schedules/" + id, "{\"patch\": {\"scheduledTime\": \"" + slotTime + "\"}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(h.get("/v2/schedules/" + id).json().at("/schedule/scheduledAt").asText())
                .isEqualTo("2026-04-02T09:00:00.000Z");

        // the post now sits at the slot's time for that account, so that occurrence is taken
        Res after = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter', 'accountId': '98432'}"));
        assertThat(Instant.parse(after.json().at("/slot/slotTime").asText()))
                .isEqualTo(Instant.parse("2026-04-09T09:00:00Z"));
    }

    /**
     * "Update the post text" with the full draft naming another account. The post stays linked to
     * its slot occurrence; when that account's lane there is already taken, SPEC §4 (one post per
     * lane) and §6 (a move onto a taken lane is refused with the reason) say the PATCH must be
     * refused, not leave two posts of one account in one lane.
     */
    @Test
    void blotatoUpdateDraftToAnotherAccountMustNotDoubleBookALane() {
        createBlotatoSlot(9, 0, "monday", "{'platform': 'twitter', 'accountId': null}");
        String a = h.post("/v2/posts", nextFreeTweet("acc_1", "a")).json().get("postSubmissionId").asText();
        String b = h.post("/v2/posts", nextFreeTweet("acc_2", "b")).json().get("postSubmissionId").asText();
        // one lane per account: both sit in today's 09:00 occurrence
        assertThat(h.get("/v2/schedules/" + a).json().at("/schedule/scheduledAt").asText()).isEqualTo("2026-03-30T09:00:00.000Z");
        assertThat(h.get("/v2/schedules/" + b).json().at("/schedule/scheduledAt").asText()).isEqualTo("2026-03-30T09:00:00.000Z");
        JsonNode before = h.get("/v2/schedules/" + b).json();

        Res r = h.patch("/v2/schedules/" + b, q("""
                {'patch': {'draft': {'accountId': 'acc_1',
                  'content': {'text': 'b, now for acc_1', 'mediaUrls': [], 'platform': 'twitter'},
                  'target': {'targetType': 'twitter'}}}}"""));

        List<String> acc1At0900 = new ArrayList<>();
        for (JsonNode item : h.get("/v2/schedules").json().get("items")) {
            if (item.at("/draft/accountId").asText().equals("acc_1")
                    && item.get("scheduledAt").asText().equals("2026-03-30T09:00:00.000Z")) {
                acc1At0900.add(item.get("id").asText());
            }
        }
        assertThat(acc1At0900).as("acc_1's lane in the 2026-03-30 09:00 occurrence holds one post; PATCH answered "
                + r).hasSize(1);
        assertThat(r.status()).as(r.toString()).isIn(400, 422);
        assertThat(h.get("/v2/schedules/" + b).json()).isEqualTo(before);
    }

    @Test
    void blotatoListScheduledPostsPagesThroughPostsAtTheSameTime() {
        for (int i = 0; i < 7; i++) {
            assertThat(h.post("/v2/posts", q("""
                    {'post': {'accountId': 'acc_%d', 'content': {'text': 'same time', 'mediaUrls': [], 'platform': 'twitter'},
                              'target': {'targetType': 'twitter'}}, 'scheduledTime': '2026-04-02T09:00:00Z'}""".formatted(i)))
                    .status()).isEqualTo(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = h.get("/v2/schedules?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.get("count").asText()).isEqualTo("7");
            seen.addAll(texts(page.get("items"), "id"));
            cursor = page.has("cursor") ? page.get("cursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void blotatoUpdateScheduledPostErrors() {
        addJane();
        String id = scheduleDocPost();
        JsonNode before = h.get("/v2/schedules/" + id).json();

        Res empty = h.patch("/v2/schedules/" + id, q("{'patch': {}}"));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.json().get("message").asText()).isEqualTo("Empty patch");
        Res noPatch = h.patch("/v2/schedules/" + id, "{}");
        assertThat(noPatch.status()).isEqualTo(422);
        Res invalid = h.patch("/v2/schedules/" + id, q("{'patch': {'scheduledTime': 'next tuesday'}}"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("message").asText()).isEqualTo("Invalid date");
        Res past = h.patch("/v2/schedules/" + id, q("{'patch': {'scheduledTime': '2026-03-29T10:00:00Z'}}"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("message").asText()).isEqualTo("Scheduled time is in the past");
        Res missing = h.patch("/v2/schedules/sch_abc123", q("{'patch': {'scheduledTime': '2026-04-05T10:00:00Z'}}"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Schedule not found");

        assertThat(h.get("/v2/schedules/" + id).json()).isEqualTo(before);
    }

    @Test
    void blotatoDeleteScheduledPost() {
        addJane();
        String id = scheduleDocPost();
        Res r = h.delete("/v2/schedules/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(h.get("/v2/schedules/" + id).status()).isEqualTo(404);
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("0");
        Res again = h.delete("/v2/schedules/" + id);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("message").asText()).isEqualTo("Schedule not found");
    }

    // ---------------------------------------------------------------------------------------------
    // 003 Blotato — Quickstart
    // ---------------------------------------------------------------------------------------------

    @Test
    void quickstartPostToAPlatformImmediately() {
        Res r = h.post("/v2/posts", q("""
                {'post': {'accountId': 'acc_12345',
                  'content': {'text': 'Hello, world!', 'mediaUrls': [], 'platform': 'twitter'},
                  'target': {'targetType': 'twitter'}}}"""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().fieldNames()).toIterable().containsExactly("postSubmissionId");
        String id = r.json().get("postSubmissionId").asText();
        assertThat(id).isNotBlank();

        // handed to the publisher now: due at once, not among the future scheduled posts
        assertThat(h.services.posts().find(ME, id)).hasValueSatisfying(p -> assertThat(p.scheduledAt()).isEqualTo(NOW));
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("0");
        // an account the API had not heard of is registered (SPEC §7)
        assertThat(h.services.accounts().find(ME, "acc_12345")).hasValueSatisfying(a -> {
            assertThat(a.platform()).isEqualTo(Platform.TWITTER);
            assertThat(a.addedByApi()).isTrue();
        });
    }

    @Test
    void quickstartPostAtAScheduledTimeInThePastAsPrinted() {
        // The quickstart's time, 2025-03-10T15:30:00Z, is a year before "now".
        Res r = h.post("/v2/posts", q("""
                {'post': {'accountId': 'acc_67890',
                  'content': {'text': 'Scheduled post example', 'mediaUrls': [], 'platform': 'facebook'},
                  'target': {'targetType': 'facebook', 'pageId': '987654321'}},
                 'scheduledTime': '2025-03-10T15:30:00Z'}"""));
        // Slotwise accepts it as a post whose time has come: kept at the printed time, due at once
        // for the publisher (SPEC §11 catch-up), and not listed among the future scheduled posts.
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("postSubmissionId").asText();
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("0");
        JsonNode s = h.get("/v2/schedules/" + id).json().get("schedule");
        assertThat(s.get("scheduledAt").asText()).isEqualTo("2025-03-10T15:30:00.000Z");
        assertThat(s.at("/draft/target")).isEqualTo(parse(q("{'targetType': 'facebook', 'pageId': '987654321'}")));
        assertThat(s.at("/draft/content/platform").asText()).isEqualTo("facebook");
        assertThat(s.at("/account/id").asText()).isEqualTo("acc_67890");
        assertThat(s.at("/account/subaccountId").asText()).isEqualTo("987654321");
    }

    @Test
    void quickstartPostAtAScheduledTimeInTheFuture() {
        Res r = h.post("/v2/posts", q("""
                {'post': {'accountId': 'acc_67890',
                  'content': {'text': 'Scheduled post example', 'mediaUrls': [], 'platform': 'facebook'},
                  'target': {'targetType': 'facebook', 'pageId': '987654321'}},
                 'scheduledTime': '2026-04-10T15:30:00Z'}"""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("postSubmissionId").asText();
        JsonNode list = h.get("/v2/schedules").json();
        assertThat(list.get("count").asText()).isEqualTo("1");
        assertThat(list.at("/items/0/id").asText()).isEqualTo(id);
        assertThat(list.at("/items/0/scheduledAt").asText()).isEqualTo("2026-04-10T15:30:00.000Z");
        assertThat(list.at("/items/0/draft/target")).isEqualTo(parse(q("{'targetType': 'facebook', 'pageId': '987654321'}")));
    }

    @Test
    void quickstartTwitterThreadKeepsAdditionalPostsVerbatim() {
        String thread = """
                [{"text": "Here's the second tweet, adding more info.", "mediaUrls": []},
                 {"text": "And here's the third tweet to conclude!", "mediaUrls": []}]""";
        Res r = h.post("/v2/posts", """
                {"post": {"accountId": "acc_13579",
                  "content": {"text": "This is the first tweet in the thread.", "mediaUrls": [], "platform": "twitter",
                    "additionalPosts": %s},
                  "target": {"targetType": "twitter"}}}""".formatted(thread));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("postSubmissionId").asText();
        JsonNode content = h.get("/v2/schedules/" + id).json().at("/schedule/draft/content");
        assertThat(content.get("text").asText()).isEqualTo("This is the first tweet in the thread.");
        assertThat(content.get("additionalPosts")).isEqualTo(parse(thread));
        assertThat(content.at("/additionalPosts/0/text").asText()).isEqualTo("Here's the second tweet, adding more info.");
    }

    @Test
    void quickstartThreadScheduledInTheFutureIsListedWithItsParts() {
        Res r = h.post("/v2/posts", q("""
                {'post': {'accountId': 'acc_13579',
                  'content': {'text': 'first', 'mediaUrls': [], 'platform': 'twitter',
                    'additionalPosts': [{'text': 'second', 'mediaUrls': []}, {'text': 'third', 'mediaUrls': ['https://example.com/a.png']}]},
                  'target': {'targetType': 'twitter'}},
                 'scheduledTime': '2026-04-03T12:00:00Z'}"""));
        assertThat(r.status()).isEqualTo(201);
        JsonNode item = h.get("/v2/schedules").json().at("/items/0");
        assertThat(item.at("/draft/content/additionalPosts")).isEqualTo(parse(q("""
                [{'text': 'second', 'mediaUrls': []}, {'text': 'third', 'mediaUrls': ['https://example.com/a.png']}]""")));
    }

    @Test
    void quickstartUploadMediaThenPostWithTheReturnedUrl() {
        Res upload = h.post("/v2/media", q("{'url': 'https://example.com/image.jpg'}"));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        assertThat(upload.json().fieldNames()).toIterable().containsExactly("url");
        String url = upload.json().get("url").asText();
        assertThat(url).startsWith("http").endsWith(".jpg");

        // The document's publish body has a trailing comma after the URL ("...jpg",\n],): that is not
        // JSON, and like Blotato's own server Slotwise refuses it with a 400 and writes nothing.
        String printed = """
                {
                "post": {
                "accountId": "acc_24680",
                "content": {
                "text": "Check out this image!",
                "mediaUrls": [
                "%s",
                ],
                "platform": "instagram"
                },
                "target": {
                "targetType": "instagram"
                }
                }
                }""".formatted(url);
        Res asPrinted = h.post("/v2/posts", printed);
        assertThat(asPrinted.status()).as(asPrinted.toString()).isEqualTo(400);
        assertThat(asPrinted.json().get("message").asText()).startsWith("Request body must be valid JSON");
        assertThat(h.services.accounts().find(ME, "acc_24680")).isEmpty();

        // The same request without the stray comma.
        Res r = h.post("/v2/posts", printed.replace("\",\n]", "\"\n]"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("postSubmissionId").asText();
        JsonNode content = h.get("/v2/schedules/" + id).json().at("/schedule/draft/content");
        assertThat(content.get("mediaUrls")).isEqualTo(parse("[\"" + url + "\"]"));
        assertThat(content.get("platform").asText()).isEqualTo("instagram");

        // the returned URL stands for the uploaded one
        Res media = h.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("blotato-api-key", ApiHarness.KEY).GET().build());
        assertThat(media.status()).isEqualTo(302);
    }

    @Test
    void quickstartAuthenticationHeaderIsRequired() {
        Res none = h.send("POST", "/v2/posts", q("""
                {'post': {'accountId': 'acc_12345',
                  'content': {'text': 'Hello, world!', 'mediaUrls': [], 'platform': 'twitter'},
                  'target': {'targetType': 'twitter'}}}"""));
        assertThat(none.status()).isEqualTo(201);  // with the key

        Res noKey = h.send("POST", "/v2/posts", q("""
                {'post': {'accountId': 'acc_nokey',
                  'content': {'text': 'Hello, world!', 'mediaUrls': [], 'platform': 'twitter'},
                  'target': {'targetType': 'twitter'}}}"""), new String[0]);
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.contentType()).startsWith("application/json");
        assertThat(noKey.json().get("message").asText()).isNotBlank();
        assertThat(h.services.accounts().find(ME, "acc_nokey")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // 002 FeedHive — Plan slots and assign-next
    // ---------------------------------------------------------------------------------------------

    private static final String DOC_PLAN_SLOT = q("""
            {
              'week_day': 1,
              'start_time': '13:30',
              'end_time': '14:30',
              'timezone': 'Europe/Copenhagen',
              'label_ids': ['lbl_1', 'lbl_2'],
              'recurrence': {
                'interval': 'weekly',
                'repeat_every': 1
              },
              'is_active': true
            }""");

    private String label(String name) {
        Res r = h.post("/plan/labels", "{\"name\": \"" + name + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(r.json().at("/data/name").asText()).isEqualTo(name);
        return r.json().at("/data/id").asText();
    }

    private String draft(String account, String platform, String... labels) {
        StringBuilder ls = new StringBuilder("[");
        for (int i = 0; i < labels.length; i++) {
            ls.append(i == 0 ? "" : ",").append('"').append(labels[i]).append('"');
        }
        ls.append(']');
        Res r = h.post("/plan/posts", """
                {"text": "draft for %s", "account_ids": ["%s"], "platform": "%s", "label_ids": %s}"""
                .formatted(account, account, platform, ls));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/data/status").asText()).isEqualTo("draft");
        return r.json().at("/data/id").asText();
    }

    private static String withLabels(String body, String... ids) {
        return body.replace("\"lbl_1\", \"lbl_2\"", "\"" + String.join("\", \"", ids) + "\"")
                .replace("\"lbl_3\"", ids.length > 2 ? "\"" + ids[2] + "\"" : "\"lbl_3\"");
    }

    @Test
    void feedHiveListSlotsExampleOnAnEmptyPlan() {
        Res r = h.get("/plan/slots?limit=20");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("""
                {'success': true, 'data': {'items': [], 'total': 0, 'has_more': false, 'next_cursor': null}}""")));
    }

    @Test
    void feedHiveCreateSlotWithTheDocumentsLiteralLabelIdsIsRefusedWhileThoseLabelsDoNotExist() {
        Res r = h.post("/plan/slots", DOC_PLAN_SLOT);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.json().get("message").asText()).isEqualTo("One or more labels were not found");
        assertThat(h.get("/plan/slots?limit=20").json().at("/data/total").asInt()).isZero();
    }

    @Test
    void feedHiveCreateGetListPatchDeleteWithTheDocumentsBodies() {
        String l1 = label("Launch");
        String l2 = label("Evergreen");
        String l3 = label("Weekend");

        // POST /plan/slots
        Res created = h.post("/plan/slots", withLabels(DOC_PLAN_SLOT, l1, l2));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        JsonNode slot = created.json().get("data");
        String id = slot.get("id").asText();
        assertThat(id).isNotBlank();
        ObjectNode expected = (ObjectNode) parse(q("""
                {'week_day': 1, 'start_time': '13:30', 'end_time': '14:30', 'timezone': 'Europe/Copenhagen',
                 'recurrence': {'interval': 'weekly', 'repeat_every': 1}, 'is_active': true}"""));
        for (var f : List.of("week_day", "start_time", "end_time", "timezone", "recurrence", "is_active")) {
            assertThat(slot.get(f)).as(f).isEqualTo(expected.get(f));
        }
        List<String> labels = new ArrayList<>();
        slot.get("label_ids").forEach(n -> labels.add(n.asText()));
        assertThat(labels).containsExactlyInAnyOrder(l1, l2);

        // GET /plan/slots?limit=20
        Res list = h.get("/plan/slots?limit=20");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("success").asBoolean()).isTrue();
        assertThat(list.json().at("/data/total").asInt()).isEqualTo(1);
        assertThat(list.json().at("/data/has_more").asBoolean()).isFalse();
        assertThat(list.json().at("/data/next_cursor").isNull()).isTrue();
        assertThat(list.json().at("/data/items/0")).isEqualTo(slot);

        // GET /plan/slots/slot_123 (with the id Slotwise gave)
        Res one = h.get("/plan/slots/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(created.json());

        // PATCH /plan/slots/slot_123
        Res patched = h.patch("/plan/slots/" + id, withLabels(q("""
                {
                  'week_day': 2,
                  'start_time': '15:00',
                  'end_time': '16:00',
                  'timezone': 'Europe/Copenhagen',
                  'label_ids': ['lbl_3'],
                  'recurrence': {
                    'interval': 'daily',
                    'repeat_every': 1
                  },
                  'is_active': false
                }"""), l1, l2, l3));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("success").asBoolean()).isTrue();
        JsonNode p = patched.json().get("data");
        assertThat(p.get("id").asText()).isEqualTo(id);
        assertThat(p.get("week_day").asInt()).isEqualTo(2);
        assertThat(p.get("start_time").asText()).isEqualTo("15:00");
        assertThat(p.get("end_time").asText()).isEqualTo("16:00");
        assertThat(p.get("timezone").asText()).isEqualTo("Europe/Copenhagen");
        assertThat(p.get("label_ids")).isEqualTo(parse("[\"" + l3 + "\"]"));
        assertThat(p.get("recurrence")).isEqualTo(parse(q("{'interval': 'daily', 'repeat_every': 1}")));
        assertThat(p.get("is_active").asBoolean()).isFalse();
        assertThat(h.get("/plan/slots/" + id).json().get("data")).isEqualTo(p);

        // DELETE /plan/slots/slot_123
        Res deleted = h.delete("/plan/slots/" + id);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(deleted.json().get("data")).isEqualTo(p);
        Res gone = h.get("/plan/slots/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json()).isEqualTo(parse(q("{'success': false, 'message': 'Slot not found'}")));
        assertThat(h.delete("/plan/slots/" + id).status()).isEqualTo(404);
        assertThat(h.get("/plan/slots?limit=20").json().at("/data/total").asInt()).isZero();
    }

    @Test
    void feedHiveGetTheDocumentsLiteralSlotIdIsNotFound() {
        Res r = h.get("/plan/slots/slot_123");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.json().get("message").asText()).isEqualTo("Slot not found");
        Res p = h.patch("/plan/slots/slot_123", q("{'is_active': false}"));
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.json().get("message").asText()).isEqualTo("Slot not found");
        Res d = h.delete("/plan/slots/slot_123");
        assertThat(d.status()).isEqualTo(404);
        assertThat(d.json().get("message").asText()).isEqualTo("Slot not found");
    }

    @Test
    void feedHiveListSlotsPagesWithCursor() {
        for (int i = 0; i < 25; i++) {
            Res r = h.post("/plan/slots", q("""
                    {'week_day': %d, 'start_time': '%02d:00', 'end_time': '%02d:30',
                     'recurrence': {'interval': 'weekly', 'repeat_every': 1}}""".formatted(i % 7, i % 23, i % 23)));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        JsonNode p1 = h.get("/plan/slots?limit=20").json().get("data");
        assertThat(p1.get("items")).hasSize(20);
        assertThat(p1.get("total").asInt()).isEqualTo(25);
        assertThat(p1.get("has_more").asBoolean()).isTrue();
        assertThat(p1.get("next_cursor").isTextual()).isTrue();
        JsonNode p2 = h.get("/plan/slots?limit=20&cursor=" + p1.get("next_cursor").asText()).json().get("data");
        assertThat(p2.get("items")).hasSize(5);
        assertThat(p2.get("has_more").asBoolean()).isFalse();
        assertThat(p2.get("next_cursor").isNull()).isTrue();
        List<String> ids = new ArrayList<>(texts(p1.get("items"), "id"));
        ids.addAll(texts(p2.get("items"), "id"));
        assertThat(ids).hasSize(25).doesNotHaveDuplicates();
        // the default is 20
        assertThat(h.get("/plan/slots").json().at("/data/items")).hasSize(20);

        Res tooMany = h.get("/plan/slots?limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json()).isEqualTo(parse(q("{'success': false, 'message': 'Invalid limit parameter', 'field': 'limit'}")));
        assertThat(h.get("/plan/slots?limit=abc").json().get("message").asText()).isEqualTo("Invalid limit parameter");
        assertThat(h.get("/plan/slots?limit=0").json().get("message").asText()).isEqualTo("Invalid limit parameter");
        Res badCursor = h.get("/plan/slots?cursor=not-a-cursor");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().get("message").asText()).isEqualTo("Invalid cursor");
    }

    @Test
    void feedHiveAssignNextWithTheDocumentsLiteralIdsReportsEachPostNotFound() {
        Res r = h.post("/plan/assign-next", q("{'post_ids': ['post_1', 'post_2', 'post_3']}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("""
                {'success': true, 'data': {'items': [
                  {'post_id': 'post_1', 'success': false, 'data': null, 'message': 'Post not found'},
                  {'post_id': 'post_2', 'success': false, 'data': null, 'message': 'Post not found'},
                  {'post_id': 'post_3', 'success': false, 'data': null, 'message': 'Post not found'}]}}""")));
    }

    @Test
    void feedHiveAssignNextPlacesDraftsInRequestOrderFollowingLabelsAndOccupancy() {
        String l1 = label("Launch");
        String l2 = label("Evergreen");
        String slotId = h.post("/plan/slots", withLabels(DOC_PLAN_SLOT, l1, l2)).json().at("/data/id").asText();
        String post1 = draft("tw_1", "twitter", l1);
        String post2 = draft("tw_1", "twitter", l2);
        String post3 = draft("tw_1", "twitter");  // no labels: only slots without labels, and there are none

        Res r = h.post("/plan/assign-next", "{\"post_ids\": [\"" + post1 + "\", \"" + post2 + "\", \"" + post3 + "\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        JsonNode items = r.json().at("/data/items");
        assertThat(texts(items, "post_id")).containsExactly(post1, post2, post3);
        for (JsonNode item : items) {
            assertThat(item.fieldNames()).toIterable().containsExactly("post_id", "success", "data", "message");
        }
        // Monday 13:30 Copenhagen (CEST since 29 March) is 11:30 UTC; today's occurrence is still ahead.
        JsonNode first = items.get(0);
        assertThat(first.get("success").asBoolean()).isTrue();
        assertThat(first.get("message").isNull()).isTrue();
        assertThat(first.at("/data/id").asText()).isEqualTo(post1);
        assertThat(first.at("/data/status").asText()).isEqualTo("scheduled");
        assertThat(first.at("/data/slot_id").asText()).isEqualTo(slotId);
        assertThat(first.at("/data/scheduled_at").asText()).isEqualTo("2026-03-30T11:30:00.000Z");
        // the same account's lane in that occurrence is now taken: the next week's
        JsonNode second = items.get(1);
        assertThat(second.get("success").asBoolean()).isTrue();
        assertThat(second.at("/data/scheduled_at").asText()).isEqualTo("2026-04-06T11:30:00.000Z");
        JsonNode third = items.get(2);
        assertThat(third.get("success").asBoolean()).isFalse();
        assertThat(third.get("data").isNull()).isTrue();
        assertThat(third.get("message").asText()).isEqualTo("No available slot");

        // the posts as stored
        assertThat(h.get("/plan/posts/" + post1).json().at("/data/scheduled_at").asText())
                .isEqualTo("2026-03-30T11:30:00.000Z");
        assertThat(h.get("/plan/posts/" + post3).json().at("/data/status").asText()).isEqualTo("draft");

        // once scheduled, a post is not assigned again
        Res again = h.post("/plan/assign-next", "{\"post_ids\": [\"" + post1 + "\"]}");
        assertThat(again.json().at("/data/items/0/message").asText()).isEqualTo("Post is already scheduled");
        assertThat(again.json().at("/data/items/0/success").asBoolean()).isFalse();

        // Blotato sees them too
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("2");
    }

    @Test
    void feedHiveAssignNextRequestValidationMessages() {
        String post = draft("tw_1", "twitter");
        record Case(String body, String message) {
        }
        for (Case c : List.of(
                new Case("[]", "Request body must be a JSON object"),
                new Case("{}", "post_ids is required"),
                new Case("{\"post_ids\": \"" + post + "\"}", "post_ids must be an array"),
                new Case("{\"post_ids\": []}", "post_ids must not be empty"),
                new Case("{\"post_ids\": [1]}", "Each post ID must be a string"),
                new Case("{\"post_ids\": [\"" + post + "\", \"" + post + "\"]}", "Duplicate post ID \"" + post + "\""))) {
            Res r = h.post("/plan/assign-next", c.body());
            assertThat(r.status()).as(c.body()).isEqualTo(400);
            assertThat(r.json().get("success").asBoolean()).isFalse();
            assertThat(r.json().get("message").asText()).as(c.body()).isEqualTo(c.message());
        }
        assertThat(h.get("/plan/posts/" + post).json().at("/data/status").asText()).isEqualTo("draft");
    }

    @Test
    void feedHiveAssignNextAfterSlotDeletionKeepsAssignedPosts() {
        String slotId = h.post("/plan/slots", q("""
                {'week_day': 1, 'start_time': '13:30', 'end_time': '14:30', 'timezone': 'Europe/Copenhagen',
                 'recurrence': {'interval': 'weekly', 'repeat_every': 1}}""")).json().at("/data/id").asText();
        String post = draft("tw_1", "twitter");
        assertThat(h.post("/plan/assign-next", "{\"post_ids\": [\"" + post + "\"]}").json()
                .at("/data/items/0/success").asBoolean()).isTrue();
        // "This removes the slot definition only and does not automatically change posts already assigned"
        assertThat(h.delete("/plan/slots/" + slotId).status()).isEqualTo(200);
        JsonNode p = h.get("/plan/posts/" + post).json().get("data");
        assertThat(p.get("status").asText()).isEqualTo("scheduled");
        assertThat(p.get("scheduled_at").asText()).isEqualTo("2026-03-30T11:30:00.000Z");
    }

    @Test
    void feedHiveRandomTimeWhenExactSlotTimesIsOff() {
        h.services.settings().save(h.services.settings().get().withExactSlotTimes(false));
        String slotId = h.post("/plan/slots", q("""
                {'week_day': 1, 'start_time': '13:30', 'end_time': '14:30', 'timezone': 'Europe/Copenhagen',
                 'recurrence': {'interval': 'weekly', 'repeat_every': 1}}""")).json().at("/data/id").asText();
        String p1 = draft("tw_1", "twitter");
        String p2 = draft("tw_1", "twitter");
        JsonNode items = h.post("/plan/assign-next", "{\"post_ids\": [\"" + p1 + "\", \"" + p2 + "\"]}").json()
                .at("/data/items");
        // "a uniformly random instant inside the occurrence time range"
        Instant first = Instant.parse(items.at("/0/data/scheduled_at").asText());
        assertThat(first).isBetween(Instant.parse("2026-03-30T11:30:00Z"), Instant.parse("2026-03-30T12:30:00Z"));
        assertThat(first).isBefore(Instant.parse("2026-03-30T12:30:00Z"));
        assertThat(items.at("/0/data/slot_id").asText()).isEqualTo(slotId);
        // the occurrence is occupied by a post inside its range: the second goes a week later
        Instant second = Instant.parse(items.at("/1/data/scheduled_at").asText());
        assertThat(second).isBetween(Instant.parse("2026-04-06T11:30:00Z"), Instant.parse("2026-04-06T12:30:00Z"));
        assertThat(second).isBefore(Instant.parse("2026-04-06T12:30:00Z"));
        // Blotato lists them at those times
        assertThat(texts(h.get("/v2/schedules").json().get("items"), "scheduledAt"))
                .containsExactly(items.at("/0/data/scheduled_at").asText(), items.at("/1/data/scheduled_at").asText());
    }

    // ---------------------------------------------------------------------------------------------
    // 004 Ayrshare — auto-schedule
    // ---------------------------------------------------------------------------------------------

    @Test
    void ayrshareSetAutoScheduleExample() {
        Res r = h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("""
                {'status': 'success', 'message': 'Auto schedule set.', 'title': 'Instagram Schedule'}""")));

        Res list = h.get("/api/auto-schedule/list");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).isEqualTo(parse(q("""
                {'status': 'success', 'schedules': {'Instagram Schedule': {'schedule': ['13:05Z', '20:14Z']}}}""")));
    }

    @Test
    void ayrsharePostWithAutoScheduleTakesTheNextAvailableTimes() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Res r = h.post("/api/post", q("""
                    {'post': 'Post %d', 'platforms': ['instagram'], 'mediaUrls': ['https://example.com/p.jpg'],
                     'autoSchedule': {'schedule': true, 'title': 'Instagram Schedule'}}""".formatted(i)));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("status").asText()).isEqualTo("success");
            assertThat(r.json().get("id").asText()).isNotBlank();
            dates.add(r.json().get("scheduleDate").asText());
        }
        // now is 08:00Z: today 13:05Z, today 20:14Z, then "the first available time tomorrow"
        assertThat(dates).containsExactly("2026-03-30T13:05:00.000Z", "2026-03-30T20:14:00.000Z",
                "2026-03-31T13:05:00.000Z");

        JsonNode schedule = h.get("/api/auto-schedule/list").json().at("/schedules/Instagram Schedule");
        assertThat(schedule.get("schedule")).isEqualTo(parse(q("['13:05Z', '20:14Z']")));
        assertThat(schedule.get("lastScheduleDate").asText()).isEqualTo("2026-03-31T13:05:00.000Z");
    }

    @Test
    void ayrsharePostWithoutTitleUsesTheDefaultSchedule() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));
        Res noDefault = h.post("/api/post", q("{'post': 'x', 'platforms': ['instagram'], 'autoSchedule': {'schedule': true}}"));
        assertThat(noDefault.status()).as(noDefault.toString()).isEqualTo(400);
        assertThat(noDefault.json().get("status").asText()).isEqualTo("error");
        assertThat(noDefault.json().get("code").asInt()).isEqualTo(400);

        h.post("/api/auto-schedule/set", q("{'schedule': ['09:00Z']}"));
        Res r = h.post("/api/post", q("{'post': 'x', 'platforms': ['instagram'], 'autoSchedule': {'schedule': true}}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("scheduleDate").asText()).isEqualTo("2026-03-30T09:00:00.000Z");
    }

    @Test
    void ayrshareDeleteAutoScheduleExample() {
        assertThat(h.post("/api/auto-schedule/set", q("{'schedule': ['09:00Z'], 'title': 'Schedule Title'}")).status())
                .isEqualTo(200);
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));

        Res r = h.delete("/api/auto-schedule/delete", q("{'title': 'Schedule Title'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("{'status': 'success'}")));
        JsonNode schedules = h.get("/api/auto-schedule/list").json().get("schedules");
        assertThat(schedules.has("Schedule Title")).isFalse();
        assertThat(schedules.has("Instagram Schedule")).isTrue();
    }

    @Test
    void ayrshareListExampleShapeWithDaysOfWeek() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['20:03Z', '22:34Z'], 'title': 'Title 1'}"));
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '22:14Z'], 'title': 'Title 2', 'daysOfWeek': [2, 3, 4]}"));
        Res r = h.get("/api/auto-schedule/list");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(parse(q("""
                {'status': 'success', 'schedules': {
                  'Title 1': {'schedule': ['20:03Z', '22:34Z']},
                  'Title 2': {'schedule': ['13:05Z', '22:14Z'], 'daysOfWeek': [2, 3, 4]}}}""")));
        // Title 2 runs Tuesday to Thursday: a post today (Monday) goes tomorrow at 13:05Z
        Res post = h.post("/api/post", q("{'post': 'x', 'platforms': ['twitter'], 'autoSchedule': {'schedule': true, 'title': 'Title 2'}}"));
        assertThat(post.json().get("scheduleDate").asText()).isEqualTo("2026-03-31T13:05:00.000Z");
    }

    @Test
    void ayrsharePostWithScheduleDate() {
        Res r = h.post("/api/post", q("{'post': 'At a date', 'platforms': ['twitter'], 'scheduleDate': '2026-04-07T12:00:00Z'}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("success");
        assertThat(r.json().get("scheduleDate").asText()).isEqualTo("2026-04-07T12:00:00.000Z");
        assertThat(h.get("/v2/schedules").json().at("/items/0/id").asText()).isEqualTo(r.json().get("id").asText());
    }

    // ---------------------------------------------------------------------------------------------
    // Authentication: both headers, every dialect
    // ---------------------------------------------------------------------------------------------

    @Test
    void bothAuthHeadersWorkInEveryDialect() {
        String[] blotatoKey = {"blotato-api-key", ApiHarness.KEY};
        String[] bearer = {"Authorization", "Bearer " + ApiHarness.KEY};
        for (String[] auth : List.of(blotatoKey, bearer)) {
            assertThat(h.send("GET", "/v2/schedule/slots", null, auth).status()).isEqualTo(200);
            assertThat(h.send("GET", "/v2/schedules", null, auth).status()).isEqualTo(200);
            assertThat(h.send("GET", "/plan/slots?limit=20", null, auth).status()).isEqualTo(200);
            assertThat(h.send("GET", "/api/auto-schedule/list", null, auth).status()).isEqualTo(200);
        }
        assertThat(h.send("GET", "/plan/slots", null, "Authorization", "bearer " + ApiHarness.KEY).status())
                .isEqualTo(200);
    }

    @Test
    void missingOrWrongKeyIs401JsonInEachDialectAndWritesNothing() {
        List<String[]> bad = List.of(new String[0],
                new String[] {"blotato-api-key", "wrong"},
                new String[] {"Authorization", "Bearer wrong"},
                new String[] {"Authorization", ApiHarness.KEY},  // no "Bearer "
                new String[] {"blotato-api-key", ""});
        for (String[] headers : bad) {
            String what = String.join(": ", headers);
            Res b = h.send("POST", "/v2/schedule/slots", TWO_SLOTS, headers);
            assertThat(b.status()).as(what).isEqualTo(401);
            assertThat(b.contentType()).as(what).startsWith("application/json");
            assertThat(b.json().get("message").asText()).as(what).isNotBlank();
            assertThat(b.json().has("success")).isFalse();

            Res f = h.send("POST", "/plan/slots", q("""
                    {'week_day': 1, 'start_time': '09:00', 'end_time': '10:00',
                     'recurrence': {'interval': 'weekly', 'repeat_every': 1}}"""), headers);
            assertThat(f.status()).as(what).isEqualTo(401);
            assertThat(f.json().get("success").asBoolean(true)).isFalse();
            assertThat(f.json().get("message").asText()).isNotBlank();

            Res a = h.send("POST", "/api/auto-schedule/set", q("{'schedule': ['13:05Z'], 'title': 'x'}"), headers);
            assertThat(a.status()).as(what).isEqualTo(401);
            assertThat(a.json().get("status").asText()).isEqualTo("error");
            assertThat(a.json().get("code").asInt()).isEqualTo(401);

            Res p = h.send("POST", "/v2/posts", nextFreeTweet("acc_x", "x").replace("\"useNextFreeSlot\": true,", ""),
                    headers);
            assertThat(p.status()).as(what).isEqualTo(401);

            Res g = h.send("GET", "/v2/schedules", null, headers);
            assertThat(g.status()).as(what).isEqualTo(401);
        }
        assertThat(h.get("/v2/schedule/slots").json().get("items")).isEmpty();
        assertThat(h.get("/plan/slots").json().at("/data/total").asInt()).isZero();
        assertThat(h.get("/api/auto-schedule/list").json().get("schedules")).isEmpty();
        assertThat(h.services.posts().between(ME, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
        assertThat(h.services.accounts().list(ME)).extracting(Account::id).doesNotContain("acc_x");
    }

    // ---------------------------------------------------------------------------------------------

    private String createBlotatoSlot(int hour, int minute, String day, String target) {
        Res r = h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': %d, 'minute': %d, 'day': '%s', 'selectedTargets': [%s]}]}"""
                .formatted(hour, minute, day, target)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().at("/items/0/id").asText();
    }

    static String nextFreeTweet(String account, String text) {
        return q("""
                {'useNextFreeSlot': true,
                 'post': {'accountId': '%s', 'content': {'text': '%s', 'mediaUrls': [], 'platform': 'twitter'},
                          'target': {'targetType': 'twitter'}}}""".formatted(account, text));
    }

    private static JsonNode withoutId(JsonNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("id");
        return copy;
    }

    private static JsonNode slotById(JsonNode items, String id) {
        for (JsonNode n : items) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no slot " + id + " in " + items);
    }
}
