package io.slotwise.api;

import static io.slotwise.api.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.api.ApiHarness.Res;
import io.slotwise.engine.Account;
import io.slotwise.service.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer's refusals: malformed and mistyped bodies, oversized bodies, unknown routes and
 * methods, each dialect's error shape, nothing written by a failing request, loopback only.
 */
class ApiEdgeCasesTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    private static final int MIB = 1024 * 1024;

    private ApiHarness h;

    @BeforeEach
    void start() {
        h = new ApiHarness(NOW);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static final String PLAN_SLOT = q("""
            {'week_day': 1, 'start_time': '13:30', 'end_time': '14:30', 'timezone': 'Europe/Copenhagen',
             'recurrence': {'interval': 'weekly', 'repeat_every': 1}}""");
    private static final String BLOTATO_SLOT = q("""
            {'slots': [{'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': null}]}]}""");

    /** Blotato: {"message"} (and possibly "field"), none of the other dialects' keys. */
    private static void blotatoError(Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.isObject()).isTrue();
        assertThat(j.get("message").isTextual()).as(r.toString()).isTrue();
        assertThat(j.get("message").asText()).isNotBlank();
        assertThat(j.has("success")).as(r.toString()).isFalse();
        assertThat(j.has("status")).as(r.toString()).isFalse();
        assertThat(j.has("code")).as(r.toString()).isFalse();
    }

    /** FeedHive: {"success": false, "message"}. */
    private static void feedHiveError(Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.get("success")).as(r.toString()).isNotNull();
        assertThat(j.get("success").isBoolean() && !j.get("success").asBoolean()).as(r.toString()).isTrue();
        assertThat(j.get("message").asText()).as(r.toString()).isNotBlank();
        assertThat(j.has("data")).isFalse();
        assertThat(j.has("status")).isFalse();
    }

    /** Ayrshare: {"status": "error", "code": status, "message"}. */
    private static void ayrshareError(Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).as(r.toString()).isEqualTo("error");
        assertThat(j.get("code").isInt()).as(r.toString()).isTrue();
        assertThat(j.get("code").asInt()).isEqualTo(status);
        assertThat(j.get("message").asText()).as(r.toString()).isNotBlank();
        assertThat(j.has("success")).isFalse();
    }

    /** Everything a client can list, in every dialect, plus the accounts and posts in the store. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        parts.add(h.get("/v2/schedule/slots").body());
        parts.add(h.get("/v2/schedules?limit=50").body());
        parts.add(h.get("/plan/slots?limit=100").body());
        parts.add(h.get("/api/auto-schedule/list").body());
        parts.add(h.services.accounts().list(ME).toString());
        parts.add(h.services.posts().between(ME, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).toString());
        parts.add(h.services.posts().drafts(ME).toString());
        parts.add(h.services.labels().list(ME).toString());
        return String.join("\n", parts);
    }

    // ---- malformed JSON ----

    @Test
    void malformedJsonIs400WithAMessageInEachDialectsShape() {
        for (String bad : List.of("{", "{\"slots\": [}", "not json", "{} {}", "{'slots': []}", "[1,]")) {
            Res b = h.post("/v2/schedule/slots", bad);
            blotatoError(b, 400);
            assertThat(b.json().get("message").asText()).as(bad).startsWith("Request body must be valid JSON");
            Res f = h.post("/plan/slots", bad);
            feedHiveError(f, 400);
            assertThat(f.json().get("message").asText()).as(bad).startsWith("Request body must be valid JSON");
            Res a = h.post("/api/auto-schedule/set", bad);
            ayrshareError(a, 400);
            assertThat(a.json().get("message").asText()).as(bad).startsWith("Request body must be valid JSON");
        }
        blotatoError(h.post("/v2/posts", "{\"post\": "), 400);
        blotatoError(h.post("/v2/schedule/slots/next-available", "{platform: twitter}"), 400);
        feedHiveError(h.post("/plan/assign-next", "{\"post_ids\": [\"a\""), 400);
        feedHiveError(h.post("/plan/posts", "{"), 400);
        ayrshareError(h.post("/api/post", "{\"post\": \"x\", }"), 400);
        ayrshareError(h.delete("/api/auto-schedule/delete", "{title"), 400);
    }

    @Test
    void malformedJsonOnAPatchIs400NotThe422OfAnEmptyPatch() {
        String id = h.post("/v2/posts", q("""
                {'post': {'accountId': 'a1', 'content': {'text': 't', 'mediaUrls': [], 'platform': 'twitter'},
                          'target': {'targetType': 'twitter'}}, 'scheduledTime': '2026-04-05T10:00:00Z'}"""))
                .json().get("postSubmissionId").asText();
        blotatoError(h.patch("/v2/schedules/" + id, "{\"patch\": {"), 400);
        String slot = h.post("/plan/slots", PLAN_SLOT).json().at("/data/id").asText();
        feedHiveError(h.patch("/plan/slots/" + slot, "{\"is_active\": fals}"), 400);
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        Res b = h.post("/v2/schedule/slots", "[]");
        blotatoError(b, 400);
        assertThat(b.json().get("message").asText()).isEqualTo("Request body must be a JSON object");
        Res f = h.post("/plan/slots", "\"text\"");
        feedHiveError(f, 400);
        assertThat(f.json().get("message").asText()).isEqualTo("Request body must be a JSON object");
        Res a = h.post("/api/auto-schedule/set", "42");
        ayrshareError(a, 400);
        assertThat(a.json().get("message").asText()).isEqualTo("Request body must be a JSON object");
        Res empty = h.post("/plan/slots", "");
        feedHiveError(empty, 400);
    }

    // ---- wrong types and missing fields ----

    private record Case(String path, String body, String field, String message) {
    }

    @Test
    void wrongTypesAndMissingFieldsAre400NamingTheField() {
        String slotId = h.post("/plan/slots", PLAN_SLOT).json().at("/data/id").asText();
        List<Case> cases = List.of(
                // FeedHive (the document's own messages)
                new Case("/plan/slots", PLAN_SLOT.replace("\"week_day\": 1", "\"week_day\": \"1\""),
                        "week_day", "week_day must be an integer between 0 and 6"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"week_day\": 1", "\"week_day\": 1.5"),
                        "week_day", "week_day must be an integer between 0 and 6"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"week_day\": 1", "\"week_day\": 7"),
                        "week_day", "week_day must be an integer between 0 and 6"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"week_day\": 1,", ""),
                        "week_day", "week_day is required"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"13:30\"", "1330"),
                        "start_time", "start_time must be in HH:MM 24-hour format"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"13:30\"", "\"1:30pm\""),
                        "start_time", "start_time must be in HH:MM 24-hour format"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"14:30\"", "\"24:00\""),
                        "end_time", "end_time must be in HH:MM 24-hour format"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"14:30\"", "\"13:30\""),
                        "end_time", "end_time must be later than start_time on the same day"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"end_time\": \"14:30\",", ""),
                        "end_time", "end_time is required"),
                new Case("/plan/slots", PLAN_SLOT.replace("Europe/Copenhagen", "+02:00"),
                        "timezone", "timezone must be a valid IANA timezone"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"Europe/Copenhagen\"", "2"),
                        "timezone", "timezone must be a valid IANA timezone"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"weekly\"", "\"yearly\""),
                        "recurrence.interval", "recurrence.interval must be one of: daily, weekly, monthly"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"repeat_every\": 1", "\"repeat_every\": \"1\""),
                        "recurrence.repeat_every", "recurrence.repeat_every must be an integer greater than or equal to 1"),
                new Case("/plan/slots", PLAN_SLOT.replace("\"repeat_every\": 1", "\"repeat_every\": 0"),
                        "recurrence.repeat_every", "recurrence.repeat_every must be an integer greater than or equal to 1"),
                new Case("/plan/slots", "{\"week_day\": 1, \"start_time\": \"13:30\", \"end_time\": \"14:30\"}",
                        "recurrence", "recurrence is required"),
                new Case("/plan/slots", PLAN_SLOT.replace("{'week_day'".replace('\'', '"'), "{\"label_ids\": \"lbl_1\", \"week_day\""),
                        "label_ids", "label_ids must be an array of unique label IDs"),
                new Case("/plan/slots", PLAN_SLOT.replace("{'week_day'".replace('\'', '"'), "{\"is_active\": \"yes\", \"week_day\""),
                        "is_active", "is_active must be a boolean"),
                new Case("/plan/slots/" + slotId, "{\"week_day\": \"2\"}",
                        "week_day", "week_day must be an integer between 0 and 6"),
                new Case("/plan/slots/" + slotId, "{\"end_time\": \"12:00\"}",
                        "end_time", "end_time must be later than start_time on the same day"),
                new Case("/plan/posts", "{\"text\": 5, \"account_ids\": [\"a\"], \"platform\": \"twitter\"}",
                        "text", "text must be a string"),
                new Case("/plan/posts", "{\"text\": \"t\", \"account_ids\": \"a\", \"platform\": \"twitter\"}",
                        "account_ids", "account_ids must be an array of strings"),
                // Blotato
                new Case("/v2/schedule/slots", BLOTATO_SLOT.replace("\"hour\": 9", "\"hour\": \"9\""),
                        "slots[0].hour", "slots[0].hour must be an integer between 0 and 23"),
                new Case("/v2/schedule/slots", BLOTATO_SLOT.replace("\"minute\": 0", "\"minute\": 60"),
                        "slots[0].minute", "slots[0].minute must be an integer between 0 and 59"),
                new Case("/v2/schedule/slots", BLOTATO_SLOT.replace("\"monday\"", "1"),
                        "slots[0].day", "slots[0].day must be one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday"),
                new Case("/v2/schedule/slots", BLOTATO_SLOT.replace("\"accountId\": null", "\"accountId\": 98432"),
                        "slots[0].selectedTargets[0].accountId", "slots[0].selectedTargets[0].accountId must be a string or null"),
                new Case("/v2/schedule/slots", "{\"slots\": {}}", "slots", "slots must be an array"),
                new Case("/v2/schedule/slots", "{}", "slots", "slots is required"),
                new Case("/v2/schedule/slots/next-available", "{\"platform\": \"twitter\", \"accountId\": 98432}",
                        "accountId", "accountId must be a string"),
                new Case("/v2/schedule/slots/next-available", "{\"platform\": 7}",
                        "platform", "platform must be one of: twitter, linkedin, facebook, instagram, tiktok, threads, bluesky, pinterest, youtube"),
                new Case("/v2/schedule/slots/next-available", "{}", "platform", "platform is required"),
                new Case("/v2/posts", tweet().replace("\"useNextFreeSlot\": true", "\"useNextFreeSlot\": \"true\""),
                        "useNextFreeSlot", "useNextFreeSlot must be a boolean"),
                new Case("/v2/posts", tweet().replace("\"useNextFreeSlot\": true", "\"scheduledTime\": 1775000000"),
                        "scheduledTime", "scheduledTime must be an ISO 8601 date-time"),
                new Case("/v2/posts", tweet().replace("\"text\": \"t\"", "\"text\": 5"),
                        "post.content.text", "post.content.text must be a string"),
                new Case("/v2/posts", tweet().replace("\"accountId\": \"acc_1\"", "\"accountId\": 12345"),
                        "post.accountId", "post.accountId must be a non-empty string"),
                new Case("/v2/posts", tweet().replace("\"mediaUrls\": []", "\"mediaUrls\": \"https://x/y.png\""),
                        "post.content.mediaUrls", "post.content.mediaUrls must be an array of URLs"),
                new Case("/v2/posts", "{\"scheduledTime\": \"2026-04-05T10:00:00Z\"}", "post", "post is required"),
                // Ayrshare
                new Case("/api/auto-schedule/set", "{\"schedule\": \"13:05Z\"}",
                        "schedule", "schedule must be an array of UTC times like \"13:05Z\""),
                new Case("/api/auto-schedule/set", "{\"schedule\": [1305]}",
                        "schedule", "schedule must be an array of UTC times like \"13:05Z\""),
                new Case("/api/auto-schedule/set", "{\"schedule\": [\"13:05Z\"], \"daysOfWeek\": [\"1\"]}",
                        "daysOfWeek", "daysOfWeek must be an array of numbers 0-6"),
                new Case("/api/auto-schedule/set", "{\"schedule\": [\"13:05Z\"], \"title\": 3}",
                        "title", "title must be a string"),
                new Case("/api/post", "{\"post\": \"x\", \"platforms\": \"twitter\"}",
                        "platforms", "platforms must be a non-empty array of platform names"),
                new Case("/api/post", "{\"post\": 1, \"platforms\": [\"twitter\"]}", "post", "post must be a string"),
                new Case("/api/post", "{\"post\": \"x\", \"platforms\": [\"twitter\"], \"autoSchedule\": {\"schedule\": \"yes\"}}",
                        "autoSchedule.schedule", "autoSchedule.schedule must be true"));
        String before = snapshot();
        for (Case c : cases) {
            Res r = c.path().startsWith("/plan/slots/") ? h.patch(c.path(), c.body()) : h.post(c.path(), c.body());
            String what = c.path() + " " + c.body();
            if (c.path().startsWith("/v2")) {
                blotatoError(r, 400);
            } else if (c.path().startsWith("/plan")) {
                feedHiveError(r, 400);
            } else {
                ayrshareError(r, 400);
            }
            assertThat(r.json().get("message").asText()).as(what).isEqualTo(c.message());
            assertThat(r.json().get("message").asText()).as(what).contains(lastSegment(c.field()));
            assertThat(r.json().path("field").asText(null)).as(what).isEqualTo(c.field());
        }
        Res del = h.delete("/api/auto-schedule/delete", "{\"title\": 5}");
        ayrshareError(del, 400);
        assertThat(del.json().get("message").asText()).isEqualTo("title must be a string");
        assertThat(snapshot()).isEqualTo(before);
    }

    private static String lastSegment(String field) {
        return field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }

    private static String tweet() {
        return q("""
                {'useNextFreeSlot': true,
                 'post': {'accountId': 'acc_1', 'content': {'text': 't', 'mediaUrls': [], 'platform': 'twitter'},
                          'target': {'targetType': 'twitter'}}}""");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Res f = h.post("/plan/slots", PLAN_SLOT.replace("{", "{\"colour\": \"red\", \"owner\": {\"id\": 1}, "));
        assertThat(f.status()).as(f.toString()).isEqualTo(200);
        Res b = h.post("/v2/schedule/slots", BLOTATO_SLOT.replace("\"hour\"", "\"note\": [1, 2], \"hour\""));
        assertThat(b.status()).as(b.toString()).isEqualTo(201);
        Res a = h.post("/api/auto-schedule/set", "{\"schedule\": [\"13:05Z\"], \"shortenLinks\": true}");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
    }

    // ---- size ----

    private static String padded(String json, int totalBytes) {
        // {"pad": "xxxx…", <rest of the object>}
        String head = "{\"pad\": \"";
        String tail = "\", " + json.substring(1);
        int n = totalBytes - head.length() - tail.length();
        return head + "x".repeat(Math.max(0, n)) + tail;
    }

    /**
     * Over 1 MiB: 413 in each dialect's shape, with a Content-Length or chunked, nothing written.
     * Sent over a raw socket: the server answers 413 as soon as it knows and closes the connection, so
     * a client still writing the body may see "broken pipe" before it reads the answer. The JDK 17
     * HttpClient then drops the answer (and with Expect: 100-continue it hangs, JDK-8286171), so it
     * cannot observe this reliably; a raw socket reads the answer that was sent.
     */
    @Test
    void bodyOverOneMebibyteIs413InEachDialectWithContentLengthOrChunkedAndWritesNothing() throws IOException {
        String before = snapshot();
        record Big(String path, String json, int size, String error) {
        }
        List<Big> bigs = List.of(
                new Big("/plan/slots", PLAN_SLOT, MIB + 1, "{\"success\":false,\"message\":\"Request body is larger than 1 MiB\"}"),
                new Big("/plan/slots", PLAN_SLOT, 5 * MIB, "{\"success\":false,\"message\":\"Request body is larger than 1 MiB\"}"),
                new Big("/v2/schedule/slots", BLOTATO_SLOT, 2 * MIB, "{\"message\":\"Request body is larger than 1 MiB\"}"),
                new Big("/v2/posts", tweet(), MIB + 1, "{\"message\":\"Request body is larger than 1 MiB\"}"),
                new Big("/api/auto-schedule/set", "{\"schedule\": [\"13:05Z\"]}", 3 * MIB,
                        "{\"status\":\"error\",\"code\":413,\"message\":\"Request body is larger than 1 MiB\"}"));
        for (boolean chunked : List.of(false, true)) {
            for (Big b : bigs) {
                byte[] body = padded(b.json(), b.size()).getBytes(StandardCharsets.UTF_8);
                assertThat(body).hasSize(b.size());
                String answer = rawPost(b.path(), body, chunked);
                String what = (chunked ? "chunked " : "Content-Length ") + b.size() + " to " + b.path();
                assertThat(answer).as(what).startsWith("HTTP/1.1 413");
                assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(what).contains("content-type: application/json");
                assertThat(answer).as(what).endsWith(b.error());
            }
        }
        assertThat(snapshot()).isEqualTo(before);
        // and the server still serves
        assertThat(h.get("/plan/slots").status()).isEqualTo(200);
    }

    private String rawPost(String path, byte[] body, boolean chunked) throws IOException {
        try (Socket s = new Socket("127.0.0.1", h.api.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ApiHarness.KEY
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                for (int from = 0; from < body.length; from += 64 * 1024) {
                    int n = Math.min(64 * 1024, body.length - from);
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(body, from, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // refused part-way (broken pipe / reset): the answer was sent before the close
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bodyJustUnderOneMebibyteIsAccepted() {
        String body = padded(PLAN_SLOT, MIB - 16);
        Res r = h.post("/plan/slots", body);
        assertThat(r.status()).as(r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())))
                .isEqualTo(200);
        assertThat(r.json().at("/data/start_time").asText()).isEqualTo("13:30");
    }

    // ---- routes and methods ----

    @Test
    void unknownRouteIs404JsonInTheDialectOfItsPath() {
        Res b = h.get("/v2/nothing-here");
        blotatoError(b, 404);
        assertThat(b.json().get("message").asText()).contains("/v2/nothing-here");
        blotatoError(h.post("/v2/schedule/slotz", BLOTATO_SLOT), 404);
        feedHiveError(h.get("/plan/nothing"), 404);
        feedHiveError(h.post("/plan/slots/abc/def", "{}"), 404);
        ayrshareError(h.get("/api/histories"), 404);
        ayrshareError(h.post("/api/auto-schedule/sett", "{}"), 404);

        Res none = h.get("/nothing");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/json");
        assertThat(none.json().get("message").asText()).isNotBlank();
        Res root = h.get("/");
        assertThat(root.status()).isEqualTo(404);
        assertThat(root.contentType()).startsWith("application/json");
    }

    @Test
    void wrongMethodOnAKnownPathIs405JsonInTheDialectOfItsPath() {
        for (String[] mp : List.of(new String[] {"PUT", "/v2/schedule/slots"}, new String[] {"DELETE", "/v2/schedule/slots"},
                new String[] {"GET", "/v2/schedule/slots/next-available"}, new String[] {"POST", "/v2/schedules"},
                new String[] {"PUT", "/v2/schedules/sch_1"}, new String[] {"GET", "/v2/posts"})) {
            Res r = h.send(mp[0], mp[1], mp[0].equals("GET") ? null : "{}");
            blotatoError(r, 405);
        }
        for (String[] mp : List.of(new String[] {"PUT", "/plan/slots"}, new String[] {"DELETE", "/plan/slots"},
                new String[] {"GET", "/plan/assign-next"}, new String[] {"PUT", "/plan/slots/slot_1"})) {
            feedHiveError(h.send(mp[0], mp[1], mp[0].equals("GET") ? null : "{}"), 405);
        }
        for (String[] mp : List.of(new String[] {"GET", "/api/post"}, new String[] {"POST", "/api/auto-schedule/list"},
                new String[] {"GET", "/api/auto-schedule/set"}, new String[] {"POST", "/api/auto-schedule/delete"})) {
            ayrshareError(h.send(mp[0], mp[1], mp[0].equals("GET") ? null : "{}"), 405);
        }
    }

    // ---- nothing written by a failing request ----

    @Test
    void aBlotatoSlotBatchWithOneBadSlotCreatesNone() {
        String before = snapshot();
        Res r = h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': 'tw_new'}]},
                           {'hour': 25, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': null}]}]}"""));
        blotatoError(r, 400);
        assertThat(r.json().get("message").asText()).isEqualTo("slots[1].hour must be an integer between 0 and 23");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBlotatoSlotBatchRepeatingADayAndTimeCreatesNoneAndLeavesNoPhantomInTheEngine() {
        String before = snapshot();
        Res r = h.post("/v2/schedule/slots", q("""
                {'slots': [{'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'twitter', 'accountId': 'tw_new'}]},
                           {'hour': 9, 'minute': 0, 'day': 'monday', 'selectedTargets': [{'platform': 'linkedin', 'accountId': null}]}]}"""));
        blotatoError(r, 400);
        assertThat(snapshot()).isEqualTo(before);
        // the first slot was inserted before the second failed: the engine must not remember it
        Res next = h.post("/v2/schedule/slots/next-available", "{\"platform\": \"twitter\"}");
        blotatoError(next, 400);
        assertThat(next.json().get("message").asText()).isEqualTo("no slots are configured for this platform/account");
        Res post = h.post("/v2/posts", tweet());
        blotatoError(post, 400);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aUseNextFreeSlotPostWithNoSlotRegistersNoAccount() {
        String before = snapshot();
        Res r = h.post("/v2/posts", tweet());
        blotatoError(r, 400);
        assertThat(r.json().get("message").asText()).isEqualTo("no slots are configured for this platform/account");
        assertThat(h.services.accounts().find(ME, "acc_1")).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPostNamingAnAccountOfAnotherPlatformIsRefusedAndWritesNothing() {
        h.post("/v2/schedule/slots", BLOTATO_SLOT);
        assertThat(h.post("/v2/posts", tweet().replace("acc_1", "li_1").replace("twitter", "linkedin")
                .replace("\"useNextFreeSlot\": true,", "\"scheduledTime\": \"2026-04-03T10:00:00Z\",")).status())
                .isEqualTo(201);
        String before = snapshot();
        Res r = h.post("/v2/posts", tweet().replace("acc_1", "li_1"));
        blotatoError(r, 400);
        assertThat(r.json().get("message").asText()).contains("li_1").contains("linkedin");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void failingFeedHiveWritesChangeNothing() {
        String lbl = h.post("/plan/labels", "{\"name\": \"L\"}").json().at("/data/id").asText();
        String slotId = h.post("/plan/slots", PLAN_SLOT).json().at("/data/id").asText();
        String before = snapshot();

        feedHiveError(h.post("/plan/slots", PLAN_SLOT.replace("{", "{\"label_ids\": [\"" + lbl + "\", \"lbl_missing\"], ")), 400);
        feedHiveError(h.post("/plan/slots", PLAN_SLOT.replace("{", "{\"label_ids\": [\"" + lbl + "\", \"" + lbl + "\"], ")), 400);
        Res patch = h.patch("/plan/slots/" + slotId, "{\"start_time\": \"15:00\", \"end_time\": \"14:00\"}");
        feedHiveError(patch, 400);
        Res labels = h.patch("/plan/slots/" + slotId, "{\"is_active\": false, \"label_ids\": [\"lbl_missing\"]}");
        feedHiveError(labels, 400);
        assertThat(labels.json().get("message").asText()).isEqualTo("One or more labels were not found");
        Res noFields = h.patch("/plan/slots/" + slotId, "{\"colour\": \"red\"}");
        feedHiveError(noFields, 400);
        assertThat(noFields.json().get("message").asText()).isEqualTo("No valid fields provided for update");
        feedHiveError(h.post("/plan/posts", "{\"text\": \"t\", \"account_ids\": [\"a\"], \"platform\": \"myspace\"}"), 400);
        feedHiveError(h.post("/plan/posts", "{\"text\": \"t\", \"account_ids\": [\"new_acc\"]}"), 400);
        feedHiveError(h.post("/plan/posts", "{\"text\": \"t\", \"account_ids\": [\"a\"], \"platform\": \"twitter\", "
                + "\"label_ids\": [\"lbl_missing\"]}"), 400);
        feedHiveError(h.post("/plan/labels", "{\"name\": \"\"}"), 400);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void failingAyrshareWritesChangeNothing() {
        h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '20:14Z'], 'title': 'Instagram Schedule'}"));
        String before = snapshot();
        ayrshareError(h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z', '25:00Z'], 'title': 'Instagram Schedule'}")), 400);
        ayrshareError(h.post("/api/auto-schedule/set", q("{'schedule': ['13:05'], 'title': 'Instagram Schedule'}")), 400);
        ayrshareError(h.post("/api/auto-schedule/set", q("{'schedule': [], 'title': 'Instagram Schedule'}")), 400);
        ayrshareError(h.post("/api/auto-schedule/set", q("{'schedule': ['13:05Z'], 'excludeDates': ['soon']}")), 400);
        Res missing = h.post("/api/post", q("{'post': 'x', 'platforms': ['tiktok'], 'autoSchedule': {'schedule': true, 'title': 'Nope'}}"));
        ayrshareError(missing, 400);
        ayrshareError(h.post("/api/post", q("{'post': 'x', 'platforms': ['myspace']}")), 400);
        ayrshareError(h.post("/api/post", q("{'post': 'x', 'platforms': ['tiktok'], 'scheduleDate': 'tomorrow'}")), 400);
        Res delete = h.delete("/api/auto-schedule/delete", q("{'title': 'Nope'}"));
        ayrshareError(delete, 404);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(h.services.accounts().list(ME)).extracting(Account::id).doesNotContain("tiktok");
    }

    @Test
    void failingBlotatoWritesChangeNothing() {
        String slotId = h.post("/v2/schedule/slots", BLOTATO_SLOT).json().at("/items/0/id").asText();
        String postId = h.post("/v2/posts", tweet()).json().get("postSubmissionId").asText();
        String before = snapshot();

        blotatoError(h.patch("/v2/schedule/slots/" + slotId, "{\"selectedTargets\": [{\"platform\": \"myspace\"}]}"), 400);
        blotatoError(h.patch("/v2/schedule/slots/" + slotId, "{\"selectedTargets\": \"twitter\"}"), 400);
        blotatoError(h.delete("/v2/schedule/slots/" + slotId), 400);
        blotatoError(h.patch("/v2/schedules/" + postId, "{\"patch\": {\"scheduledTime\": \"2020-01-01T00:00:00Z\"}}"), 422);
        blotatoError(h.patch("/v2/schedules/" + postId, q("""
                {'patch': {'scheduledTime': '2026-04-20T10:00:00Z', 'draft': {'accountId': 'acc_1',
                  'content': {'text': 'x', 'mediaUrls': [], 'platform': 'myspace'}, 'target': {'targetType': 'twitter'}}}}""")), 400);
        blotatoError(h.post("/v2/posts", tweet().replace("\"useNextFreeSlot\": true,",
                "\"useNextFreeSlot\": true, \"scheduledTime\": \"2026-04-20T10:00:00Z\",")), 400);
        blotatoError(h.post("/v2/media", "{\"url\": \"\"}"), 400);
        blotatoError(h.delete("/v2/schedules/sch_missing"), 404);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- loopback only ----

    @Test
    void listensOnLoopbackOnly() throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), h.api.port()), 2000);
            assertThat(s.isConnected()).isTrue();
        }
        List<InetAddress> external = nonLoopbackIpv4();
        Assumptions.assumeFalse(external.isEmpty(),
                "this machine has no non-loopback IPv4 address: the refusal from outside cannot be checked here");
        for (InetAddress a : external) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, h.api.port()), 2000);
                }
            }).as("connecting to " + a.getHostAddress() + ":" + h.api.port()).isInstanceOf(IOException.class);
        }
    }

    static List<InetAddress> nonLoopbackIpv4() throws SocketException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isAnyLocalAddress()) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    @Test
    void theKeyIsCheckedBeforeTheRouteOrTheBody() {
        Res r = h.send("POST", "/plan/slots", "{", new String[0]);
        feedHiveError(r, 401);
        Res unknown = h.send("POST", "/v2/no-such-route", "{", "blotato-api-key", "nope");
        blotatoError(unknown, 401);
    }
}
