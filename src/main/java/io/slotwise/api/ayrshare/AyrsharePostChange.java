package io.slotwise.api.ayrshare;

import io.slotwise.api.RequestValues;
import io.slotwise.service.ServiceException;
import java.time.Instant;
import java.util.Map;

/**
 * Ayrshare's PUT /api/post body ({@code id}, and {@code scheduleDate} and/or {@code post}, the new text)
 * and DELETE /api/post body ({@code id}), with Ayrshare's messages. Other fields (the SDK's
 * {@code source}, …) are ignored, except {@code scheduledPause}: Slotwise cannot pause a post.
 *
 * @param scheduleDate the new time, or null to keep it
 * @param text         the new text of every platform's post, or null to keep it
 */
record AyrsharePostChange(String id, Instant scheduleDate, String text) {

    static final String ID_REQUIRED = "id is required: the id the post was created with";
    static final String NOTHING_TO_CHANGE = "Nothing to change: give scheduleDate, post, or both";
    static final String NO_PAUSE = "scheduledPause is not supported: Slotwise cannot pause a scheduled post";

    static AyrsharePostChange parse(Object body) {
        Map<String, Object> m = object(body);
        String id = id(m);
        if (Boolean.TRUE.equals(m.get("scheduledPause"))) {
            throw ServiceException.invalid("scheduledPause", NO_PAUSE);
        }
        Instant date = null;
        if (m.get("scheduleDate") != null) {
            date = RequestValues.instant(m.get("scheduleDate"));
            if (date == null) {
                throw ServiceException.invalid("scheduleDate", "scheduleDate must be an ISO-8601 UTC date time");
            }
        }
        String text = null;
        if (m.get("post") != null) {
            if (!(m.get("post") instanceof String t)) {
                throw ServiceException.invalid("post", "post must be a string");
            }
            text = t;
        }
        if (date == null && text == null) {
            throw ServiceException.invalid("scheduleDate", NOTHING_TO_CHANGE);
        }
        return new AyrsharePostChange(id, date, text);
    }

    /** The {@code id} of a DELETE /api/post body. */
    static String deleteId(Object body) {
        return id(object(body));
    }

    private static Map<String, Object> object(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        return m;
    }

    private static String id(Map<String, Object> m) {
        Object id = m.get("id");
        if (id == null) {
            throw ServiceException.invalid("id", ID_REQUIRED);
        }
        if (!(id instanceof String s) || s.isBlank()) {
            throw ServiceException.invalid("id", "id must be a non-empty string");
        }
        return s.trim();
    }
}
