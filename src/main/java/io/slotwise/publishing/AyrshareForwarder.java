package io.slotwise.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.Post;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.ForwarderSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ayrshare's API: {@code POST /api/post} with {@code Authorization: Bearer KEY} (and {@code Profile-Key} for a user
 * profile), {@code {post, platforms, mediaUrls?, idempotencyKey}}, answered with {@code status} ("success" or
 * "error") and {@code postIds} (each platform's {@code status} and {@code postUrl}). A post Ayrshare has not finished
 * is followed with {@code GET /api/post/{id}}.
 *
 * <p>Ayrshare's post API takes an {@code idempotencyKey}: every attempt of one hand-off sends the same one, so a
 * request sent again after a timeout or a crash cannot make a second post. That is why, unlike Blotato's, a request
 * that got no answer is simply sent again.
 */
final class AyrshareForwarder implements Forwarder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;

    AyrshareForwarder(VendorHttp http) {
        this.http = http;
    }

    @Override
    public ForwardAnswer send(ForwardCall call) throws InterruptedException {
        ForwarderSettings s = call.settings();
        VendorHttp.Exchange r = call.isCheck()
                ? http.exchange("GET", URI.create(s.baseUrl() + "/post/"
                        + URLEncoder.encode(call.remoteId(), StandardCharsets.UTF_8)), null, headers(s))
                : http.exchange("POST", URI.create(s.baseUrl() + "/post"), body(call), headers(s));
        if (!r.answered()) {
            return call.isCheck() ? ForwardAnswer.pending(call.remoteId(), "Asking Ayrshare how it went: " + r.problem())
                    : ForwardAnswer.retry(r.problem());
        }
        JsonNode n = VendorReply.json(r.body());
        if (VendorReply.transientStatus(r.status())) {
            String refusal = VendorReply.refusal(r.status(), n, r.body());
            return call.isCheck() ? ForwardAnswer.pending(call.remoteId(), "Asking Ayrshare how it went: " + refusal)
                    : ForwardAnswer.retry(refusal);
        }
        String status = VendorReply.text(n, "status");
        String id = call.isCheck() ? call.remoteId() : VendorReply.text(n, "id");
        if (r.status() >= 300 || "error".equals(status)) {
            String m = VendorReply.message(n, r.body());
            return ForwardAnswer.failed(id, r.status() >= 300 ? VendorReply.refusal(r.status(), n, r.body())
                    : m == null || m.isBlank() ? "Ayrshare says publishing failed" : m);
        }
        JsonNode mine = platformEntry(n.path("postIds"), call.post());
        String platformStatus = VendorReply.text(mine, "status");
        boolean done = "success".equals(platformStatus) || (call.isCheck() && "success".equals(status)
                && platformStatus == null);
        if (done) {
            return ForwardAnswer.published(id, VendorReply.text(mine, "postUrl"));
        }
        if ("error".equals(platformStatus)) {
            String m = VendorReply.message(mine, null);
            return ForwardAnswer.failed(id, m == null || m.isBlank() ? "Ayrshare says publishing failed" : m);
        }
        if (id == null) {
            return ForwardAnswer.failed(null, "Ayrshare answered \"" + status + "\" without the post's id");
        }
        return ForwardAnswer.pending(id, null);
    }

    private static String[] headers(ForwarderSettings s) {
        return s.profileKey() == null ? new String[] {"Authorization", "Bearer " + s.apiKey()}
                : new String[] {"Authorization", "Bearer " + s.apiKey(), "Profile-Key", s.profileKey()};
    }

    /** The entry of {@code postIds} for the post's platform (a missing node when there is none). */
    private static JsonNode platformEntry(JsonNode postIds, Post p) {
        for (JsonNode e : postIds) {
            if (p.platform() != null && p.platform().id().equals(VendorReply.text(e, "platform"))) {
                return e;
            }
        }
        return postIds.path(0);
    }

    /**
     * Ayrshare's post request. Ayrshare has no field for a thread's further posts, so a thread goes as one post
     * with its parts in order, a blank line apart; the media of the first part are the post's media.
     */
    static String body(ForwardCall call) {
        Post p = call.post();
        StringBuilder text = new StringBuilder(p.content().text());
        for (ThreadPost t : p.content().additionalPosts()) {
            text.append("\n\n").append(t.text());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", text.toString());
        body.put("platforms", List.of(p.platform() == null ? "" : p.platform().id()));
        List<String> media = new ArrayList<>(p.content().mediaUrls());
        if (!media.isEmpty()) {
            body.put("mediaUrls", media);
        }
        body.put("idempotencyKey", call.requestKey());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post cannot be written as JSON", e);
        }
    }
}
