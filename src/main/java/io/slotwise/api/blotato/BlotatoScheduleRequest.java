package io.slotwise.api.blotato;

import io.slotwise.api.RequestValues;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostService;
import io.slotwise.service.ScheduleChange;
import io.slotwise.service.ServiceException;
import java.time.Instant;
import java.util.Map;

/**
 * Blotato's PATCH /schedules/:id body, {@code {"patch": {"scheduledTime"?, "draft"?}}}: a new time (in
 * the future), a whole new post object, or both, read into a {@link ScheduleChange} with Blotato's
 * messages in Blotato's order.
 */
public final class BlotatoScheduleRequest {

    public static final String EMPTY_PATCH = "Empty patch";
    public static final String INVALID_DATE = "Invalid date";

    private BlotatoScheduleRequest() {
    }

    /**
     * The change a body asks for. A time that is not after {@code now} is refused here, before the
     * draft is read, as Blotato does (the service checks it again when it writes).
     */
    public static ScheduleChange parse(Object body, Instant now) {
        Map<String, Object> m = RequestValues.object(body);
        Map<String, Object> patch = m == null ? null : RequestValues.object(m.get("patch"));
        if (patch == null || (patch.get("scheduledTime") == null && patch.get("draft") == null)) {
            throw ServiceException.unprocessable("patch", EMPTY_PATCH);
        }
        Instant time = null;
        if (patch.get("scheduledTime") != null) {
            time = RequestValues.instant(patch.get("scheduledTime"));
            if (time == null) {
                throw ServiceException.unprocessable("patch.scheduledTime", INVALID_DATE);
            }
            if (!time.isAfter(now)) {
                throw ServiceException.unprocessable("patch.scheduledTime", PostService.TIME_IN_PAST);
            }
        }
        DraftInput draft = patch.get("draft") == null ? null
                : BlotatoPostRequest.draft(patch.get("draft"), "patch.draft");
        return new ScheduleChange(time, draft);
    }
}
