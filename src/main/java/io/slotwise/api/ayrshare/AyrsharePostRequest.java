package io.slotwise.api.ayrshare;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.service.CrossPost;
import io.slotwise.service.ServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ayrshare's POST /api/post body: {@code post} (the text), {@code platforms}, {@code mediaUrls},
 * {@code scheduleDate}, {@code autoSchedule {schedule: true, title}}, read into a {@link CrossPost}
 * whose slot group is the auto-schedule's title (null to post at {@code scheduleDate}, or now).
 */
public final class AyrsharePostRequest {

    private AyrsharePostRequest() {
    }

    public static CrossPost parse(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        if (!(m.get("post") instanceof String text)) {
            throw ServiceException.invalid("post", m.get("post") == null ? "post is required" : "post must be a string");
        }
        if (!(m.get("platforms") instanceof List<?> list) || list.isEmpty()) {
            throw ServiceException.invalid("platforms", "platforms must be a non-empty array of platform names");
        }
        Set<Platform> platforms = new LinkedHashSet<>();
        for (Object o : list) {
            Platform p = o instanceof String s ? Platform.fromId(s).orElse(null) : null;
            if (p == null) {
                throw ServiceException.invalid("platforms", "platforms must be among: " + RequestValues.PLATFORMS);
            }
            platforms.add(p);
        }
        List<String> media = new ArrayList<>();
        if (m.get("mediaUrls") != null) {
            if (!(m.get("mediaUrls") instanceof List<?> urls) || !urls.stream().allMatch(u -> u instanceof String)) {
                throw ServiceException.invalid("mediaUrls", "mediaUrls must be an array of URLs");
            }
            urls.forEach(u -> media.add((String) u));
        }
        Instant date = null;
        if (m.get("scheduleDate") != null) {
            date = RequestValues.instant(m.get("scheduleDate"));
            if (date == null) {
                throw ServiceException.invalid("scheduleDate", "scheduleDate must be an ISO-8601 UTC date time");
            }
        }
        String title = null;
        if (m.get("autoSchedule") != null) {
            Map<String, Object> auto = RequestValues.object(m.get("autoSchedule"));
            if (auto == null || !(auto.get("schedule") instanceof Boolean schedule)) {
                throw ServiceException.invalid("autoSchedule.schedule", "autoSchedule.schedule must be true");
            }
            if (schedule) {
                Object t = auto.get("title");
                if (t != null && !(t instanceof String)) {
                    throw ServiceException.invalid("autoSchedule.title", "autoSchedule.title must be a string");
                }
                title = t == null || ((String) t).isBlank() ? io.slotwise.engine.Slot.DEFAULT_GROUP : (String) t;
            }
        }
        return new CrossPost(new PostContent(text, media, List.of()), List.copyOf(platforms), date, title);
    }
}
