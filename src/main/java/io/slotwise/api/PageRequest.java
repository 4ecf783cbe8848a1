package io.slotwise.api;

import io.javalin.http.Context;
import io.slotwise.service.Cursor;
import io.slotwise.service.ServiceException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A list's {@code limit} and {@code cursor} query parameters, read with the dialect's largest page and
 * its message for a bad limit; a cursor that does not decode is an invalid cursor.
 *
 * @param after null for the first page
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;

    /**
     * A list route's page from its query string. A value that is not even valid percent-encoding is refused as a
     * bad cursor (or limit) rather than dropped, as the query parameters alone would have it.
     */
    public static PageRequest of(Context ctx, int maxLimit, String limitMessage) {
        String raw = ctx.queryString();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (name.equals("cursor") && !decodes(value)) {
                    throw ServiceException.invalid("cursor", Cursor.INVALID);
                }
                if (name.equals("limit") && !decodes(value)) {
                    throw ServiceException.invalid("limit", limitMessage);
                }
            }
        }
        return parse(ctx.queryParam("limit"), ctx.queryParam("cursor"), maxLimit, limitMessage);
    }

    private static boolean decodes(String value) {
        try {
            URLDecoder.decode(value, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

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
