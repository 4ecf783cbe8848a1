package io.slotwise.api;

import static io.slotwise.api.ApiHarness.parse;
import static io.slotwise.api.ApiHarness.q;
import static io.slotwise.api.ApiHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.api.ApiHarness.Res;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One store, three dialects: what one vendor's script makes, the others see and use (SPEC §7). */
class CrossDialectTest {

    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");  // a Monday

    private ApiHarness h;

    @BeforeEach
    void start() {
        h = new ApiHarness(NOW);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static final String COPENHAGEN_MONDAY = q("""
            {'week_day': 1, 'start_time': '13:30', 'end_time': '14:30', 'timezone': 'Europe/Copenhagen',
             'recurrence': {'interval': 'weekly', 'repeat_every': 1}}""");

    private static String nextFree(String platform, String account, String text) {
        return q("""
                {'useNextFreeSlot': true,
                 'post': {'accountId': '%s', 'content': {'text': '%s', 'mediaUrls': [], 'platform': '%s'},
                          'target': {'targetType': '%s'}}}""".formatted(account, text, platform, platform));
    }

    private String postNextFree(String platform, String account, String text) {
        Res r = h.post("/v2/posts", nextFree(platform, account, text));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("postSubmissionId").asText();
    }

    // ---- FeedHive slot → Blotato ----

    @Test
    void aFeedHiveSlotIsFilledByABlotatoNextFreeSlotPostAndListedByBlotato() {
        Res created = h.post("/plan/slots", COPENHAGEN_MONDAY);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String slotId = created.json().at("/data/id").asText();

        // Blotato sees the window slot as its start in UTC for the coming week (CEST: 11:30Z), for everyone
        JsonNode blotatoSlots = h.get("/v2/schedule/slots").json().get("items");
        assertThat(blotatoSlots).hasSize(1);
        assertThat(blotatoSlots.get(0)).isEqualTo(parse(q("""
                {'id': '%s', 'hour': 11, 'minute': 30, 'day': 'monday', 'selectedTargets': []}""".formatted(slotId))));
        Res next = h.post("/v2/schedule/slots/next-available", q("{'platform': 'twitter', 'accountId': 'tw_1'}"));
        assertThat(next.json()).isEqualTo(parse(q("""
                {'slot': {'slotId': '%s', 'slotTime': '2026-03-30T11:30:00.000Z'}}""".formatted(slotId))));

        String first = postNextFree("twitter", "tw_1", "first");
        String second = postNextFree("twitter", "tw_1", "second");
        // a slot without targets has one lane: another account waits for the next occurrence too
        String third = postNextFree("linkedin", "li_1", "third");

        Res list = h.get("/v2/schedules");
        assertThat(list.status()).isEqualTo(200);
        JsonNode items = list.json().get("items");
        assertThat(list.json().get("count").asText()).isEqualTo("3");
        assertThat(texts(items, "id")).containsExactly(first, second, third);
        assertThat(texts(items, "scheduledAt")).containsExactly("2026-03-30T11:30:00.000Z", "2026-04-06T11:30:00.000Z",
                "2026-04-13T11:30:00.000Z");
        assertThat(items.get(0).at("/draft/content/text").asText()).isEqualTo("first");
        assertThat(items.get(2).at("/draft/content/platform").asText()).isEqualTo("linkedin");

        // FeedHive sees the Blotato posts in its slot
        JsonNode post = h.get("/plan/posts/" + first).json().get("data");
        assertThat(post.get("status").asText()).isEqualTo("scheduled");
        assertThat(post.get("slot_id").asText()).isEqualTo(slotId);
        assertThat(post.get("account_ids")).isEqualTo(parse("[\"tw_1\"]"));
        assertThat(post.get("scheduled_at").asText()).isEqualTo("2026-03-30T11:30:00.000Z");

        // and the occupancy is shared: a FeedHive draft for the same account goes after them
        String draft = h.post("/plan/posts", q("{'text': 'fh', 'account_ids': ['tw_1'], 'platform': 'twitter'}"))
                .json().at("/data/id").asText();
        JsonNode assigned = h.post("/plan/assign-next", "{\"post_ids\": [\"" + draft + "\"]}").json();
        assertThat(assigned.at("/data/items/0/data/scheduled_at").asText()).isEqualTo("2026-04-20T11:30:00.000Z");

        // Blotato's delete rule holds for the FeedHive slot; FeedHive's own delete keeps the posts
        Res refused = h.delete("/v2/schedules/slots/" + slotId);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("Slot has future scheduled content. Delete the scheduled posts first.");
        assertThat(h.delete("/plan/slots/" + slotId).status()).isEqualTo(200);
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("4");
        assertThat(h.get("/v2/schedule/slots").json().get("items")).isEmpty();
    }

    @Test
    void aFeedHiveSlotShowsToBlotatoAtItsNextOccurrenceAcrossADstChange() {
        h.clock.set(Instant.parse("2026-03-20T08:00:00Z"));  // a Friday, before Europe's spring-forward
        String slotId = h.post("/plan/slots", COPENHAGEN_MONDAY).json().at("/data/id").asText();
        JsonNode before = h.get("/v2/schedule/slots").json().at("/items/0");
        assertThat(before.get("id").asText()).isEqualTo(slotId);
        assertThat(before.get("day").asText()).isEqualTo("monday");
        assertThat(before.get("hour").asInt()).as("13:30 CET").isEqualTo(12);
        assertThat(before.get("minute").asInt()).isEqualTo(30);

        h.clock.set(Instant.parse("2026-03-24T08:00:00Z"));  // the next occurrence is after 29 March
        JsonNode after = h.get("/v2/schedule/slots").json().at("/items/0");
        assertThat(after.get("hour").asInt()).as("13:30 CEST").isEqualTo(11);
        assertThat(after.get("day").asText()).isEqualTo("monday");
    }

    @Test
    void aFeedHiveSlotWithLabelsIsNotUsedByBlotatoPostsWhichHaveNone() {
        String label = h.post("/plan/labels", "{\"name\": \"Launch\"}").json().at("/data/id").asText();
        h.post("/plan/slots", COPENHAGEN_MONDAY.replace("{", "{\"label_ids\": [\"" + label + "\"], "));
        Res r = h.post("/v2/posts", nextFree("twitter", "tw_1", "x"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).isEqualTo("no slots are configured for this platform/account");
        assertThat(h.get("/v2/schedules").json().get("count").asText()).isEqualTo("0");
    }

    // ---- Blotato slot → FeedHive ----

    @Test
    void aBlotatoSlotShowsInFeedHiveAsAWeeklyUtcSlotOneMinuteLong() {
        Res created = h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': null}]},
                           {'hour': 23, 'minute': 59, 'day': 'sunday', 'selectedTargets': [{'platform': 'linkedin', 'accountId': 'li_1'}]}]}"""));
        assertThat(created.status()).isEqualTo(201);
        String monday = created.json().at("/items/0/id").asText();
        String sunday = created.json().at("/items/1/id").asText();

        Res list = h.get("/plan/slots?limit=20");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().at("/data/total").asInt()).isEqualTo(2);
        JsonNode m = h.get("/plan/slots/" + monday).json().get("data");
        assertThat(m.get("id").asText()).isEqualTo(monday);
        assertThat(m.get("week_day").asInt()).isEqualTo(1);
        assertThat(m.get("start_time").asText()).isEqualTo("09:00");
        assertThat(m.get("end_time").asText()).isEqualTo("09:01");
        assertThat(m.get("timezone").asText()).isEqualTo("UTC");
        assertThat(m.get("recurrence")).isEqualTo(parse(q("{'interval': 'weekly', 'repeat_every': 1}")));
        assertThat(m.get("is_active").asBoolean()).isTrue();
        assertThat(m.get("label_ids")).isEmpty();
        List<JsonNode> listed = new ArrayList<>();
        list.json().at("/data/items").forEach(listed::add);
        assertThat(listed).contains(m);

        JsonNode s = h.get("/plan/slots/" + sunday).json().get("data");
        assertThat(s.get("week_day").asInt()).isEqualTo(0);
        assertThat(s.get("start_time").asText()).isEqualTo("23:59");
        assertThat(s.get("end_time").asText()).as("one minute after, same day").isEqualTo("00:00");
        assertThat(s.get("timezone").asText()).isEqualTo("UTC");

        // FeedHive's assign-next uses the Blotato slot for posts of its platform
        String tweet = h.post("/plan/posts", q("{'text': 't', 'account_ids': ['tw_9'], 'platform': 'twitter'}"))
                .json().at("/data/id").asText();
        String bluesky = h.post("/plan/posts", q("{'text': 'b', 'account_ids': ['bs_9'], 'platform': 'bluesky'}"))
                .json().at("/data/id").asText();
        JsonNode items = h.post("/plan/assign-next", "{\"post_ids\": [\"" + tweet + "\", \"" + bluesky + "\"]}")
                .json().at("/data/items");
        assertThat(items.at("/0/success").asBoolean()).isTrue();
        assertThat(items.at("/0/data/slot_id").asText()).isEqualTo(monday);
        assertThat(items.at("/0/data/scheduled_at").asText()).isEqualTo("2026-03-30T09:00:00.000Z");
        assertThat(items.at("/1/success").asBoolean()).isFalse();
        assertThat(items.at("/1/message").asText()).isEqualTo("No available slot");

        // a FeedHive PATCH of the Blotato slot shows back in Blotato's view
        Res patched = h.patch("/plan/slots/" + monday, q("{'start_time': '10:15', 'week_day': 2}"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode back = null;
        for (JsonNode n : h.get("/v2/schedule/slots").json().get("items")) {
            if (n.get("id").asText().equals(monday)) {
                back = n;
            }
        }
        assertThat(back).isNotNull();
        assertThat(back.get("day").asText()).isEqualTo("tuesday");
        assertThat(back.get("hour").asInt()).isEqualTo(10);
        assertThat(back.get("minute").asInt()).isEqualTo(15);
        assertThat(back.get("selectedTargets")).isEqualTo(parse(q("""
                [{'platform': 'twitter', 'accountId': null, 'subaccountId': null}]""")));
    }

    // ---- Ayrshare schedule → FeedHive and Blotato ----

    @Test
    void anAyrshareScheduleShowsInFeedHiveAndBlotatoAndIsUsedByThem() {
        Res set = h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        JsonNode plan = h.get("/plan/slots?limit=20").json().get("data");
        assertThat(plan.get("total").asInt()).isEqualTo(2);
        List<String> starts = texts(plan.get("items"), "start_time");
        assertThat(starts).containsExactlyInAnyOrder("13:05", "20:14");
        for (JsonNode slot : plan.get("items")) {
            assertThat(slot.get("timezone").asText()).isEqualTo("UTC");
            assertThat(slot.at("/recurrence/interval").asText()).isEqualTo("daily");
            assertThat(slot.at("/recurrence/repeat_every").asInt()).isEqualTo(1);
            assertThat(slot.get("is_active").asBoolean()).isTrue();
            String end = slot.get("start_time").asText().equals("13:05") ? "13:06" : "20:15";
            assertThat(slot.get("end_time").asText()).isEqualTo(end);
        }

        JsonNode blotato = h.get("/v2/schedule/slots").json().get("items");
        assertThat(blotato).hasSize(2);
        List<String> times = new ArrayList<>();
        for (JsonNode n : blotato) {
            times.add(n.get("day").asText() + " " + n.get("hour").asInt() + ":" + n.get("minute").asInt());
            assertThat(n.get("selectedTargets")).isEmpty();
        }
        // daily slots show at their next occurrence: both still ahead today (Monday 08:00Z)
        assertThat(times).containsExactlyInAnyOrder("monday 13:5", "monday 20:14");

        // a Blotato useNextFreeSlot post names no schedule, so any group's slot will do
        String tweet = postNextFree("twitter", "tw_1", "via blotato");
        assertThat(h.get("/v2/schedules/" + tweet).json().at("/schedule/scheduledAt").asText())
                .isEqualTo("2026-03-30T13:05:00.000Z");
        // the schedule's single lane is taken: Ayrshare's next post goes to 20:14Z
        Res ayr = h.post("/api/post", q("""
                {'post': 'via ayrshare', 'platforms': ['instagram'], 'autoSchedule': {'schedule': true, 'title': 'Instagram Schedule'}}"""));
        assertThat(ayr.json().get("scheduleDate").asText()).isEqualTo("2026-03-30T20:14:00.000Z");
        assertThat(h.get("/api/auto-schedule/list").json().at("/schedules/Instagram Schedule/lastScheduleDate").asText())
                .isEqualTo("2026-03-30T20:14:00.000Z");

        // deleting the schedule removes its slots everywhere; the posts keep their times
        assertThat(h.delete("/api/auto-schedule/delete", q("{'title': 'Instagram Schedule'}")).status()).isEqualTo(200);
        assertThat(h.get("/plan/slots").json().at("/data/total").asInt()).isZero();
        assertThat(h.get("/v2/schedule/slots").json().get("items")).isEmpty();
        assertThat(texts(h.get("/v2/schedules").json().get("items"), "scheduledAt"))
                .containsExactly("2026-03-30T13:05:00.000Z", "2026-03-30T20:14:00.000Z");
    }

    @Test
    void anAyrshareScheduleWithDaysOfWeekShowsAsWeeklySlots() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z'], 'title': 'Weekdays', 'daysOfWeek': [2, 4]}"));
        JsonNode items = h.get("/plan/slots").json().at("/data/items");
        assertThat(items).hasSize(2);
        List<Integer> days = new ArrayList<>();
        for (JsonNode n : items) {
            days.add(n.get("week_day").asInt());
            assertThat(n.at("/recurrence/interval").asText()).isEqualTo("weekly");
            assertThat(n.get("start_time").asText()).isEqualTo("13:05");
            assertThat(n.get("end_time").asText()).isEqualTo("13:06");
            assertThat(n.get("timezone").asText()).isEqualTo("UTC");
        }
        assertThat(days).containsExactlyInAnyOrder(2, 4);
        List<String> blotatoDays = texts(h.get("/v2/schedule/slots").json().get("items"), "day");
        assertThat(blotatoDays).containsExactlyInAnyOrder("tuesday", "thursday");
    }

    @Test
    void slotsFromAllThreeDialectsShareOneListing() {
        h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': null}]}]}"""));
        h.post("/plan/slots", COPENHAGEN_MONDAY);
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z']}"));
        assertThat(h.get("/plan/slots").json().at("/data/total").asInt()).isEqualTo(3);
        assertThat(h.get("/v2/schedule/slots").json().get("items")).hasSize(3);
        // Ayrshare lists only its own schedules: the Blotato slot has targets, the FeedHive one is a window
        assertThat(h.get("/api/auto-schedule/list").json()).isEqualTo(parse(q("""
                {'status': 'success', 'schedules': {'default': {'schedule': ['13:05Z']}}}""")));
    }
}
