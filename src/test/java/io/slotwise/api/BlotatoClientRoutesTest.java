package io.slotwise.api;

import static io.slotwise.api.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.api.ApiHarness.Res;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Subaccount;
import io.slotwise.publishing.Delivery;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.service.MediaLibrary;
import io.slotwise.service.Publisher;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What Blotato's official n8n node calls beyond the documents' routes: the credential test (GET /v2/users/me), the
 * account pickers, the post-status poll (GET /v2/posts/:id) and a data-URI media upload; and a cursor that is not
 * even percent-encoding, through Blotato's and FeedHive's lists. Each refusal names its field and writes nothing.
 */
class BlotatoClientRoutesTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    /** The smallest PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final ApiHarness h = new ApiHarness(NOW);

    @AfterEach
    void stop() {
        h.close();
    }

    private static void blotatoError(Res r, int status, String message, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        JsonNode b = r.json();
        assertThat(b.path("message").asText()).isEqualTo(message);
        if (field == null) {
            assertThat(b.has("field")).isFalse();
        } else {
            assertThat(b.path("field").asText()).isEqualTo(field);
        }
    }

    // ---- users/me: the credential test ----

    @Test
    void theCredentialTestFindsTheLocalUser() {
        Res r = h.get("/v2/users/me");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("id").asText()).isEqualTo(ME);
        assertThat(r.json().path("subscriptionStatus").asText()).isEqualTo("active");
        assertThat(r.json().has("apiKey")).as("the key is never echoed").isFalse();
        Res wrong = h.send("GET", "/v2/users/me", null, "blotato-api-key", "nope");
        blotatoError(wrong, 401, "Invalid or missing API key", null);
    }

    // ---- the account pickers ----

    @Test
    void theAccountPickerListsTheAccountsOfOnePlatform() {
        h.services.accounts().create(ME, "acc_x", Platform.TWITTER, "Ada on X", "ada", List.of());
        h.services.accounts().create(ME, "acc_fb", Platform.FACEBOOK, "Ada Lovelace", null,
                List.of(new Subaccount("page_1", "Ada's Bakery"), new Subaccount("page_2", "Ada's Books")));

        JsonNode all = h.get("/v2/users/me/accounts").json().path("items");
        assertThat(ApiHarness.texts(all, "id")).containsExactlyInAnyOrder("acc_x", "acc_fb");

        JsonNode x = h.get("/v2/users/me/accounts?platform=twitter").json().path("items");
        assertThat(x).hasSize(1);
        assertThat(x.get(0).path("id").asText()).isEqualTo("acc_x");
        assertThat(x.get(0).path("fullname").asText()).isEqualTo("Ada on X");
        assertThat(x.get(0).path("username").asText()).isEqualTo("ada");
        assertThat(x.get(0).path("platform").asText()).isEqualTo("twitter");

        JsonNode fb = h.get("/v2/users/me/accounts?platform=facebook").json().path("items");
        assertThat(fb.get(0).path("username").asText()).as("no username: the name").isEqualTo("Ada Lovelace");
        assertThat(h.get("/v2/users/me/accounts?platform=pinterest").json().path("items")).isEmpty();
    }

    @Test
    void theSubaccountPickerListsAnAccountsPages() {
        h.services.accounts().create(ME, "acc_fb", Platform.FACEBOOK, "Ada", null,
                List.of(new Subaccount("page_1", "Ada's Bakery")));
        Res r = h.get("/v2/users/me/accounts/acc_fb/subaccounts?platform=facebook");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode items = r.json().path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("id").asText()).isEqualTo("page_1");
        assertThat(items.get(0).path("name").asText()).isEqualTo("Ada's Bakery");
        assertThat(items.get(0).path("accountId").asText()).isEqualTo("acc_fb");
        assertThat(h.get("/v2/users/me/accounts/acc_fb/subaccounts?platform=linkedin").json().path("items"))
                .as("an account of another platform has no pages of this one").isEmpty();
    }

    @Test
    void thePickersRefuseAnUnknownPlatformAndAnUnknownAccount() {
        blotatoError(h.get("/v2/users/me/accounts?platform=myspace"), 400,
                "platform must be one of: " + RequestValues.PLATFORMS, "platform");
        blotatoError(h.get("/v2/users/me/accounts/nobody/subaccounts?platform=facebook"), 404,
                "Account not found", null);
        blotatoError(h.get("/v2/users/me/accounts/nobody/subaccounts?platform=myspace"), 400,
                "platform must be one of: " + RequestValues.PLATFORMS, "platform");
        assertThat(h.services.accounts().list(ME)).as("nothing registered by a read").isEmpty();
    }

    // ---- GET /v2/posts/:postSubmissionId ----

    private String submit(String extra) {
        Res r = h.post("/v2/posts", q("{'post': {'accountId': 'acc_1', 'content': {'text': 'hello', "
                + "'mediaUrls': [], 'platform': 'twitter'}, 'target': {'targetType': 'twitter'}}" + extra + "}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("postSubmissionId").asText();
    }

    @Test
    void aPostAtALaterTimeIsScheduledWithItsTime() {
        String id = submit(", 'scheduledTime': '2026-03-05T10:00:00Z'");
        Res r = h.get("/v2/posts/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("postSubmissionId").asText()).isEqualTo(id);
        assertThat(r.json().path("status").asText()).isEqualTo("scheduled");
        assertThat(r.json().path("scheduledTime").asText()).isEqualTo("2026-03-05T10:00:00.000Z");
        assertThat(r.json().has("publicUrl")).isFalse();
    }

    @Test
    void aPostForNowIsInProgressUntilPublished() {
        String id = submit("");
        assertThat(h.get("/v2/posts/" + id).json().path("status").asText()).isEqualTo("in-progress");
        TestExecutor executor = new TestExecutor(h.clock);
        try (HandOffScheduler scheduler = new HandOffScheduler(h.services, executor, call -> {
            throw new AssertionError("manual accounts have no webhook");
        }, RetrySchedule.STANDARD)) {
            scheduler.start();
            executor.runDue();
            assertThat(h.services.posts().find(ME, id).orElseThrow().status()).isEqualTo(PostStatus.DUE);
            assertThat(h.get("/v2/posts/" + id).json().path("status").asText())
                    .as("due: waiting for the user to post it").isEqualTo("in-progress");
            Publishing.over(h.services).markPublished(ME, id);
        }
        JsonNode b = h.get("/v2/posts/" + id).json();
        assertThat(b.path("status").asText()).isEqualTo("published");
        assertThat(b.has("publicUrl")).as("Slotwise does not know the live URL").isFalse();
    }

    @Test
    void aPostWhoseWebhookRefusedItHasFailedWithTheReason() {
        String id = submit("");
        h.services.accounts().setPublisher(ME, "acc_1", Publisher.webhook("https://hooks.example.com/publish"));
        TestExecutor executor = new TestExecutor(h.clock);
        try (HandOffScheduler scheduler = new HandOffScheduler(h.services, executor,
                call -> Delivery.forStatus(410, "gone"), RetrySchedule.STANDARD)) {
            scheduler.start();
            executor.runDue();
        }
        assertThat(h.services.posts().find(ME, id).orElseThrow().status()).isEqualTo(PostStatus.FAILED);
        JsonNode b = h.get("/v2/posts/" + id).json();
        assertThat(b.path("status").asText()).isEqualTo("failed");
        assertThat(b.path("errorMessage").asText()).contains("HTTP 410");
    }

    @Test
    void aPostBackInTheQueueIsInProgressAndAnUnknownOneIsNotFound() {
        String id = submit(", 'scheduledTime': '2026-03-05T10:00:00Z'");
        h.services.posts().unschedule(ME, id);
        assertThat(h.get("/v2/posts/" + id).json().path("status").asText()).isEqualTo("in-progress");
        blotatoError(h.get("/v2/posts/no_such_post"), 404, "Post not found", null);
        h.services.posts().delete(ME, id);
        blotatoError(h.get("/v2/posts/" + id), 404, "Post not found", null);
    }

    // ---- POST /v2/media with a data URI ----

    private static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private Res upload(String url) {
        return h.post("/v2/media", "{\"url\": \"" + url + "\"}");
    }

    private List<Path> mediaFiles() {
        Path dir = h.services.workspace().store().media().directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDataUriIsKeptInTheDataDirectoryAndServedAtAShortStableUrl() throws Exception {
        Res r = upload(dataUri("image/png", PNG));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String url = r.json().path("url").asText();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v2/media/[0-9a-f]{32}\\.png");
        assertThat(mediaFiles()).hasSize(1);
        assertThat(Files.readAllBytes(mediaFiles().get(0))).isEqualTo(PNG);

        HttpResponse<byte[]> got = h.http.send(HttpRequest.newBuilder(java.net.URI.create(url))
                .header("blotato-api-key", ApiHarness.KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(got.body()).isEqualTo(PNG);

        assertThat(upload(dataUri("image/png", PNG)).json().path("url").asText())
                .as("the same bytes: the same URL, one file").isEqualTo(url);
        assertThat(mediaFiles()).hasSize(1);

        // n8n sends application/octet-stream when the binary has no MIME type: the bytes decide.
        String jpegUrl = upload(dataUri("application/octet-stream", jpeg())).json().path("url").asText();
        assertThat(jpegUrl).endsWith(".jpg");
        assertThat(h.get(jpegUrl.substring(jpegUrl.indexOf("/v2/"))).contentType()).startsWith("image/jpeg");
    }

    private static byte[] jpeg() {
        byte[] b = new byte[64];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    @Test
    void aDataUriThatIsNotWhatItSaysOrTooLargeIsRefusedAndNothingIsWritten() {
        blotatoError(upload(dataUri("image/jpeg", PNG)), 400,
                "Media says it is image/jpeg but its bytes are image/png", "url");
        blotatoError(upload(dataUri("text/plain", "hello".getBytes())), 400, MediaLibrary.UNKNOWN_TYPE, "url");
        blotatoError(upload(dataUri("image/png", "not a picture at all".getBytes())), 400,
                MediaLibrary.UNKNOWN_TYPE, "url");
        blotatoError(upload("data:image/png;base64,%%%notbase64"), 400,
                "url must be a base64 data URI: data:<type>;base64,<data>", "url");
        blotatoError(upload("data:image/png,rawtext"), 400,
                "url must be a base64 data URI: data:<type>;base64,<data>", "url");
        blotatoError(upload("data:image/png;base64,"), 400,
                "url must be a base64 data URI: data:<type>;base64,<data>", "url");
        byte[] big = Arrays.copyOf(PNG, MediaLibrary.MAX_BYTES + 1);
        blotatoError(upload(dataUri("image/png", big)), 413, MediaLibrary.TOO_LARGE, "url");
        assertThat(mediaFiles()).isEmpty();
    }

    @Test
    void aBodyFarOverTheMediaLimitIsRefusedBeforeItIsRead() {
        byte[] huge = ("{\"url\": \"data:image/png;base64," + "A".repeat((int) ApiJson.MAX_MEDIA_BODY_BYTES) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String answer = h.rawPost("/v2/media", huge);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).endsWith("{\"message\":\"" + MediaLibrary.TOO_LARGE + "\"}");
        byte[] slot = ("{\"x\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        answer = h.rawPost("/v2/schedule/slots", slot);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).as("every other route keeps its 1 MiB").endsWith("{\"message\":\"Request body is larger than 1 MiB\"}");
        assertThat(mediaFiles()).isEmpty();
        assertThat(h.get("/v2/schedule/slots").status()).as("and the server still serves").isEqualTo(200);
    }

    @Test
    void aMediaUrlStillGivesAStableRedirectingUrl() {
        Res r = upload("https://example.com/pic.jpg");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("url").asText()).endsWith(".jpg");
        assertThat(mediaFiles()).isEmpty();
    }

    // ---- cursors that are not even percent-encoding ----

    /** A GET sent as raw bytes: Java's URI refuses the malformed escapes a script can still send. */
    private Res rawGet(String pathAndQuery, String authHeader) throws IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", h.api.port())) {
            s.setSoTimeout(10_000);
            String head = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authHeader
                    + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            return new Res(status, answer.substring(answer.indexOf("\r\n\r\n") + 4), null);
        }
    }

    @Test
    void aCursorThatIsNotPercentEncodingIsRefusedByBothLists() throws IOException {
        String blotatoKey = "blotato-api-key: " + ApiHarness.KEY;
        blotatoError(rawGet("/v2/schedules?cursor=%zz", blotatoKey), 400, "Invalid cursor", "cursor");
        blotatoError(rawGet("/v2/schedules?limit=5&cursor=abc%2", blotatoKey), 400, "Invalid cursor", "cursor");
        blotatoError(rawGet("/v2/schedules?limit=%G1", blotatoKey), 400, io.slotwise.api.blotato.BlotatoApi.INVALID_LIMIT, "limit");
        Res fh = rawGet("/plan/slots?cursor=%E0%A4%A", "Authorization: Bearer " + ApiHarness.KEY);
        assertThat(fh.status()).as(fh.toString()).isEqualTo(400);
        assertThat(fh.json().path("success").asBoolean(true)).isFalse();
        assertThat(fh.json().path("message").asText()).isEqualTo("Invalid cursor");
        assertThat(fh.json().path("field").asText()).isEqualTo("cursor");
        // A well-encoded list request still pages.
        assertThat(rawGet("/plan/slots?limit=1", "Authorization: Bearer " + ApiHarness.KEY).status()).isEqualTo(200);
        assertThat(rawGet("/v2/schedules?limit=1", blotatoKey).status()).isEqualTo(200);
    }
}
