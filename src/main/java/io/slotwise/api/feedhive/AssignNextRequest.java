package io.slotwise.api.feedhive;

import io.slotwise.api.RequestValues;
import io.slotwise.service.ServiceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** FeedHive's POST /plan/assign-next body, {@code {"post_ids": [...]}}, read with FeedHive's request messages. */
public final class AssignNextRequest {

    public static final String BODY_NOT_OBJECT = "Request body must be a JSON object";
    public static final String POST_IDS_REQUIRED = "post_ids is required";
    public static final String POST_IDS_NOT_ARRAY = "post_ids must be an array";
    public static final String POST_IDS_EMPTY = "post_ids must not be empty";
    public static final String POST_ID_NOT_STRING = "Each post ID must be a string";

    private AssignNextRequest() {
    }

    /** The post ids, in request order, each once. */
    public static List<String> postIds(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, BODY_NOT_OBJECT);
        }
        if (!m.containsKey("post_ids") || m.get("post_ids") == null) {
            throw ServiceException.invalid("post_ids", POST_IDS_REQUIRED);
        }
        if (!(m.get("post_ids") instanceof List<?> list)) {
            throw ServiceException.invalid("post_ids", POST_IDS_NOT_ARRAY);
        }
        if (list.isEmpty()) {
            throw ServiceException.invalid("post_ids", POST_IDS_EMPTY);
        }
        List<String> ids = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof String id)) {
                throw ServiceException.invalid("post_ids", POST_ID_NOT_STRING);
            }
            if (!seen.add(id)) {
                throw ServiceException.invalid("post_ids", "Duplicate post ID \"" + id + "\"");
            }
            ids.add(id);
        }
        return ids;
    }
}
