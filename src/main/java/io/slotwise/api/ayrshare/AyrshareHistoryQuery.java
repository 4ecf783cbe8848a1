package io.slotwise.api.ayrshare;

import io.slotwise.engine.Platform;
import io.slotwise.service.ServiceException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ayrshare's GET /api/history query: {@code lastDays} (default 30, 0 for all), {@code limit} (default 25,
 * at most 1000), {@code status} (one of Ayrshare's history statuses) and {@code platforms} (as the SDK
 * writes an array, {@code platforms[0]=x&platforms[1]=y}, or repeated, or comma-separated). Other
 * parameters (the SDK's {@code source}, {@code id}, …) are ignored.
 */
record AyrshareHistoryQuery(int lastDays, int limit, String status, Set<Platform> platforms) {

    static final int DEFAULT_LAST_DAYS = 30;
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 1000;
    private static final Pattern PLATFORMS_KEY = Pattern.compile("platforms(\\[\\d*])?");

    static AyrshareHistoryQuery parse(Map<String, List<String>> query) {
        int lastDays = number(query, "lastDays", DEFAULT_LAST_DAYS, 0, 36_500,
                "lastDays must be a whole number of days, 0 or more (0: all)");
        int limit = number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT,
                "limit must be a whole number from 1 to " + MAX_LIMIT);
        String status = null;
        List<String> statuses = query.get("status");
        if (statuses != null && !statuses.isEmpty()) {
            status = statuses.get(0).trim();
            if (!AyrsharePostView.HISTORY_STATUSES.contains(status)) {
                throw ServiceException.invalid("status", "status must be one of: "
                        + String.join(", ", AyrsharePostView.HISTORY_STATUSES));
            }
        }
        Set<Platform> platforms = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!PLATFORMS_KEY.matcher(e.getKey()).matches()) {
                continue;
            }
            for (String v : e.getValue()) {
                for (String id : v.split(",")) {
                    platforms.add(platform(id.trim()));
                }
            }
        }
        return new AyrshareHistoryQuery(lastDays, limit, status, platforms);
    }

    static Platform platform(String id) {
        return Platform.fromId(id).orElseThrow(() -> ServiceException.invalid("platforms",
                "platforms must be among: " + io.slotwise.api.RequestValues.PLATFORMS));
    }

    private static int number(Map<String, List<String>> query, String name, int dflt, int min, int max, String message) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(values.get(0).trim());
            if (n < min || n > max) {
                throw ServiceException.invalid(name, message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(name, message);
        }
    }
}
