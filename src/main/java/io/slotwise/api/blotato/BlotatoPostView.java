package io.slotwise.api.blotato;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.Post;
import io.slotwise.engine.ThreadPost;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post as Blotato's post object, {@code {accountId, content {text, mediaUrls, platform,
 * additionalPosts?}, target}}, in plain maps and lists. One shape for two readers: the local API's
 * {@code draft} (GET /v2/schedules) and the body a webhook publisher receives, so an automation that
 * forwards it to Blotato needs no mapping.
 */
public final class BlotatoPostView {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private BlotatoPostView() {
    }

    /** The post object of {@code p}. */
    public static Map<String, Object> of(Post p) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("text", p.content().text());
        content.put("mediaUrls", p.content().mediaUrls());
        content.put("platform", p.platform() == null ? null : p.platform().id());
        if (!p.content().additionalPosts().isEmpty()) {
            List<Object> parts = new ArrayList<>();
            for (ThreadPost t : p.content().additionalPosts()) {
                parts.add(Map.of("text", t.text(), "mediaUrls", t.mediaUrls()));
            }
            content.put("additionalPosts", parts);
        }
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("accountId", p.accountId());
        post.put("content", content);
        post.put("target", target(p));
        return post;
    }

    /** ISO 8601 in UTC with milliseconds, as Blotato writes times. */
    public static String time(Instant t) {
        return t == null ? null : UTC_MILLIS.format(t);
    }

    /** The vendor's target object kept verbatim, else the platform's plain one. */
    private static Object target(Post p) {
        if (p.targetJson() != null) {
            try {
                return JSON.readValue(p.targetJson(), Object.class);
            } catch (java.io.IOException e) {
                // fall through to the platform's plain target
            }
        }
        return p.platform() == null ? null : Map.of("targetType", p.platform().id());
    }
}
