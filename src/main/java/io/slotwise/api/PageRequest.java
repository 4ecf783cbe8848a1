package io.slotwise.api;

import io.slotwise.service.Cursor;
import io.slotwise.service.ServiceException;

/**
 * A list's {@code limit} and {@code cursor} query parameters, read with the dialect's largest page and
 * its message for a bad limit; a cursor that does not decode is an invalid cursor.
 *
 * @param after null for the first page
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;

    public static PageRequest parse(String limitParam, String cursorParam, int maxLimit, String limitMessage) {
        int limit = DEFAULT_LIMIT;
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam.trim());
            } catch (NumberFormatException e) {
                throw ServiceException.invalid("limit", limitMessage);
            }
            if (limit < 1 || limit > maxLimit) {
                throw ServiceException.invalid("limit", limitMessage);
            }
        }
        Cursor after = null;
        if (cursorParam != null) {
            after = Cursor.decode(cursorParam).orElseThrow(() -> ServiceException.invalid("cursor", Cursor.INVALID));
        }
        return new PageRequest(limit, after);
    }
}
