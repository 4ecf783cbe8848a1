package io.slotwise.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.api.blotato.BlotatoPostView;
import io.slotwise.service.ForwarderSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Blotato's API: {@code POST /v2/posts} with neither {@code scheduledTime} nor {@code useNextFreeSlot} ("publish
 * now"), the post's content, target and thread, and the {@code blotato-api-key} header; it answers
 * {@code {postSubmissionId}}, and {@code GET /v2/posts/{postSubmissionId}} says {@code in-progress},
 * {@code published} (with {@code publicUrl}) or {@code failed} (with {@code errorMessage}).
 *
 * <p>Blotato documents no idempotency key. A create request that went out and got no answer (a timeout, a dropped
 * connection) is therefore {@link ForwardAnswer.Outcome#UNKNOWN}, never sent again by itself: sending it again could
 * post twice. Only a request that surely did not arrive, or that Blotato answered with a 5xx or 429, is retried.
 */
final class BlotatoForwarder implements Forwarder {

    static final String KEY_HEADER = "blotato-api-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;

    BlotatoForwarder(VendorHttp http) {
        this.http = http;
    }

    @Override
    public ForwardAnswer send(ForwardCall call) throws InterruptedException {
        return call.isCheck() ? check(call) : create(call);
    }

    private ForwardAnswer create(ForwardCall call) throws InterruptedException {
        ForwarderSettings s = call.settings();
        VendorHttp.Exchange r = http.exchange("POST", URI.create(s.baseUrl() + "/posts"), body(call),
                KEY_HEADER, s.apiKey());
        if (!r.answered()) {
            return r.failure() == VendorHttp.Failure.NOT_SENT ? ForwardAnswer.retry(r.problem())
                    : ForwardAnswer.unknown(unknown(r.problem()));
        }
        JsonNode n = VendorReply.json(r.body());
        if (r.status() >= 200 && r.status() < 300) {
            String id = VendorReply.text(n, "postSubmissionId");
            return id != null ? ForwardAnswer.pending(id, null)
                    : ForwardAnswer.unknown(unknown("Blotato answered HTTP " + r.status() + " without a postSubmissionId"));
        }
        String refusal = VendorReply.refusal(r.status(), n, r.body());
        return VendorReply.transientStatus(r.status()) ? ForwardAnswer.retry(refusal)
                : ForwardAnswer.failed(null, refusal);
    }

    private ForwardAnswer check(ForwardCall call) throws InterruptedException {
        ForwarderSettings s = call.settings();
        URI url = URI.create(s.baseUrl() + "/posts/" + URLEncoder.encode(call.remoteId(), StandardCharsets.UTF_8));
        VendorHttp.Exchange r = http.exchange("GET", url, null, KEY_HEADER, s.apiKey());
        if (!r.answered()) {
            // Asking again is harmless: a GET changes nothing.
            return ForwardAnswer.pending(call.remoteId(), "Asking Blotato how it went: " + r.problem());
        }
        JsonNode n = VendorReply.json(r.body());
        if (r.status() >= 200 && r.status() < 300) {
            String status = VendorReply.text(n, "status");
            if ("published".equals(status)) {
                return ForwardAnswer.published(call.remoteId(), VendorReply.text(n, "publicUrl"));
            }
            if ("failed".equals(status)) {
                String m = VendorReply.text(n, "errorMessage");
                return ForwardAnswer.failed(call.remoteId(), m == null ? "Blotato says publishing failed" : m);
            }
            return ForwardAnswer.pending(call.remoteId(), null);
        }
        String refusal = VendorReply.refusal(r.status(), n, r.body());
        return VendorReply.transientStatus(r.status())
                ? ForwardAnswer.pending(call.remoteId(), "Asking Blotato how it went: " + refusal)
                : ForwardAnswer.failed(call.remoteId(), "Blotato took the post (" + call.remoteId()
                        + ") but then answered " + refusal);
    }

    static String unknown(String why) {
        return "Unknown — " + why + ", so the post may or may not be on Blotato. Check Blotato before retrying.";
    }

    /** Blotato's publish request for the post: the vendor's account (and page) instead of Slotwise's. */
    static String body(ForwardCall call) {
        Map<String, Object> post = new LinkedHashMap<>(BlotatoPostView.of(call.post()));
        ForwarderSettings s = call.settings();
        post.put("accountId", s.accountId());
        Map<String, Object> target = new LinkedHashMap<>();
        if (post.get("target") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> target.put(String.valueOf(k), v));
        }
        if (call.post().platform() != null) {
            target.putIfAbsent("targetType", call.post().platform().id());
        }
        if (s.pageId() != null) {
            target.put("pageId", s.pageId());
        }
        post.put("target", target);
        try {
            return JSON.writeValueAsString(Map.of("post", post));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post cannot be written as JSON", e);
        }
    }
}
