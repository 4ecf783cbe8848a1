package io.slotwise.api;

import static io.slotwise.api.ApiHarness.q;
import static io.slotwise.api.ApiHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slotwise.api.ApiHarness.Res;
import io.slotwise.interop.JsonBackup;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backup taken from one running Slotwise and restored into a fresh one: what the scripts made through the local
 * API works there as it did — an Ayrshare id still answers for every platform's post, an uploaded picture is served
 * again at its URL.
 */
class BackupApiRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");

    @Test
    void anAyrshareGroupAndAnUploadedPictureWorkAgainAfterExportAndImport() throws Exception {
        String json;
        String id;
        JsonNode before;
        String mediaPath;
        try (ApiHarness a = new ApiHarness(NOW)) {
            Res posted = a.post("/api/post", q("""
                    {'post': 'Spring sale', 'platforms': ['twitter', 'linkedin'], 'scheduleDate': '2026-04-02T10:00:00Z'}"""));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
            id = posted.json().get("id").asText();
            before = a.get("/api/post/" + id).json();
            Res uploaded = a.post("/v2/media", "{\"url\": \"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(BlotatoClientRoutesTest.PNG) + "\"}");
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            mediaPath = URI.create(uploaded.json().get("url").asText()).getPath();
            json = JsonBackup.toJson(a.services.backup().snapshot());
        }
        try (ApiHarness b = new ApiHarness(NOW)) {
            assertThat(get(b, mediaPath).statusCode()).as("not served before the restore").isNotEqualTo(200);
            b.services.backup().restore(JsonBackup.fromJson(json), false);

            JsonNode after = b.get("/api/post/" + id).json();
            assertThat(after).isEqualTo(before);
            assertThat(texts(after.get("platforms"), "x")).hasSize(2);
            assertThat(List.of(after.get("platforms").get(0).asText(), after.get("platforms").get(1).asText()))
                    .containsExactly("twitter", "linkedin");
            assertThat(after.get("postIds")).hasSize(2);

            HttpResponse<byte[]> served = get(b, mediaPath);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
            assertThat(served.body()).isEqualTo(BlotatoClientRoutesTest.PNG);

            // and the group still acts as one: deleting by the Ayrshare id deletes both platforms' posts
            Res deleted = b.delete("/api/post", q("{'id': '" + id + "'}"));
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
            assertThat(b.services.backup().snapshot().posts()).isEmpty();
        }
    }

    private static HttpResponse<byte[]> get(ApiHarness h, String path) throws Exception {
        return h.http.send(HttpRequest.newBuilder(h.uri(path)).header("blotato-api-key", ApiHarness.KEY).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
