package io.slotwise.api.blotato;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Platform;
import io.slotwise.service.ServiceException;
import java.util.List;
import java.util.Map;

/** Blotato's POST /schedule/slots/next-available body: {@code {platform, accountId?, subaccountId?}}. */
public record NextSlotRequest(Platform platform, String accountId, String subaccountId) {

    public static final String BODY_NOT_OBJECT = "Request body must be a JSON object";

    public static NextSlotRequest parse(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, BODY_NOT_OBJECT);
        }
        Platform platform = m.get("platform") instanceof String p ? Platform.fromId(p).orElse(null) : null;
        if (platform == null) {
            throw ServiceException.invalid("platform", m.get("platform") == null ? "platform is required"
                    : "platform must be one of: " + RequestValues.PLATFORMS);
        }
        for (String field : List.of("accountId", "subaccountId")) {
            if (m.get(field) != null && !(m.get(field) instanceof String)) {
                throw ServiceException.invalid(field, field + " must be a string");
            }
        }
        return new NextSlotRequest(platform, (String) m.get("accountId"), (String) m.get("subaccountId"));
    }
}
