package io.slotwise.api.blotato;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.api.RequestValues;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.ServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blotato's post object ({@code accountId}, {@code content {text, mediaUrls, platform, additionalPosts}},
 * {@code target}) and the publish body around it ({@code scheduledTime}, {@code useNextFreeSlot}), read
 * with Blotato's messages.
 */
public final class BlotatoPostRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlotatoPostRequest() {
    }

    /** The body of POST /v2/posts. */
    public static PostSubmission parse(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        DraftInput draft = draft(m.get("post"), "post");
        Instant time = null;
        if (m.get("scheduledTime") != null) {
            time = RequestValues.instant(m.get("scheduledTime"));
            if (time == null) {
                throw ServiceException.invalid("scheduledTime", "scheduledTime must be an ISO 8601 date-time");
            }
        }
        boolean next = false;
        if (m.get("useNextFreeSlot") != null) {
            if (!(m.get("useNextFreeSlot") instanceof Boolean b)) {
                throw ServiceException.invalid("useNextFreeSlot", "useNextFreeSlot must be a boolean");
            }
            next = b;
        }
        if (next && time != null) {
            throw ServiceException.invalid("useNextFreeSlot", "Send either scheduledTime or useNextFreeSlot, not both");
        }
        return new PostSubmission(draft, time, next);
    }

    /** A post object; {@code field} names it in messages ("post", "patch.draft"). */
    public static DraftInput draft(Object v, String field) {
        Map<String, Object> post = RequestValues.object(v);
        if (post == null) {
            throw ServiceException.invalid(field, v == null ? field + " is required" : field + " must be an object");
        }
        if (!(post.get("accountId") instanceof String accountId) || accountId.isBlank()) {
            throw ServiceException.invalid(field + ".accountId", post.get("accountId") == null
                    ? field + ".accountId is required" : field + ".accountId must be a non-empty string");
        }
        Map<String, Object> content = RequestValues.object(post.get("content"));
        if (content == null) {
            throw ServiceException.invalid(field + ".content", field + ".content is required");
        }
        if (!(content.get("text") instanceof String text)) {
            throw ServiceException.invalid(field + ".content.text", content.get("text") == null
                    ? field + ".content.text is required" : field + ".content.text must be a string");
        }
        Platform platform = content.get("platform") instanceof String p ? Platform.fromId(p).orElse(null) : null;
        if (platform == null) {
            throw ServiceException.invalid(field + ".content.platform", content.get("platform") == null
                    ? field + ".content.platform is required"
                    : field + ".content.platform must be one of: " + RequestValues.PLATFORMS);
        }
        List<String> media = urls(content.get("mediaUrls"), field + ".content.mediaUrls");
        List<ThreadPost> thread = new ArrayList<>();
        if (content.get("additionalPosts") != null) {
            if (!(content.get("additionalPosts") instanceof List<?> parts)) {
                throw ServiceException.invalid(field + ".content.additionalPosts",
                        field + ".content.additionalPosts must be an array");
            }
            for (int i = 0; i < parts.size(); i++) {
                String at = field + ".content.additionalPosts[" + i + "]";
                Map<String, Object> part = RequestValues.object(parts.get(i));
                if (part == null || !(part.get("text") instanceof String partText)) {
                    throw ServiceException.invalid(at + ".text", at + ".text is required");
                }
                thread.add(new ThreadPost(partText, urls(part.get("mediaUrls"), at + ".mediaUrls")));
            }
        }
        Map<String, Object> target = RequestValues.object(post.get("target"));
        if (target == null) {
            throw ServiceException.invalid(field + ".target", field + ".target is required");
        }
        if (!(target.get("targetType") instanceof String)) {
            throw ServiceException.invalid(field + ".target.targetType", field + ".target.targetType is required");
        }
        String subaccount = target.get("pageId") instanceof String page ? page : null;
        return new DraftInput(platform, accountId.trim(), subaccount, new PostContent(text, media, thread),
                json(target), Set.of());
    }

    private static List<String> urls(Object v, String field) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || !list.stream().allMatch(o -> o instanceof String)) {
            throw ServiceException.invalid(field, field + " must be an array of URLs");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static String json(Map<String, Object> target) {
        try {
            return JSON.writeValueAsString(target);
        } catch (JsonProcessingException e) {
            throw ServiceException.invalid("post.target", "post.target must be a JSON object");
        }
    }
}
