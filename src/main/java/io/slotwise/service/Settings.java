package io.slotwise.service;

import io.slotwise.engine.SlotTimes;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The user's settings.
 *
 * @param defaultTimezone the zone of new slots that name none (FeedHive's owner setting); null means UTC
 * @param displayTimezone the zone the calendar is shown in; null means the computer's zone
 * @param apiKey          the local API key, generated on first start
 */
public record Settings(boolean exactSlotTimes, ZoneId defaultTimezone, ZoneId displayTimezone, DayOfWeek weekStart,
                       int apiPort, String apiKey, boolean apiEnabled) {

    public static final int DEFAULT_API_PORT = 7411;

    public Settings {
        Objects.requireNonNull(weekStart, "weekStart");
        if (apiPort < 1 || apiPort > 65535) {
            throw new IllegalArgumentException("apiPort must be between 1 and 65535");
        }
    }

    public SlotTimes slotTimes() {
        return SlotTimes.fromExactSetting(exactSlotTimes);
    }

    public ZoneId zoneForNewSlots() {
        return defaultTimezone == null ? ZoneId.of("UTC") : defaultTimezone;
    }

    public Settings withExactSlotTimes(boolean exact) {
        return new Settings(exact, defaultTimezone, displayTimezone, weekStart, apiPort, apiKey, apiEnabled);
    }

    public Settings withDefaultTimezone(ZoneId zone) {
        return new Settings(exactSlotTimes, zone, displayTimezone, weekStart, apiPort, apiKey, apiEnabled);
    }

    public Settings withDisplayTimezone(ZoneId zone) {
        return new Settings(exactSlotTimes, defaultTimezone, zone, weekStart, apiPort, apiKey, apiEnabled);
    }

    public Settings withApi(boolean enabled, int port) {
        return new Settings(exactSlotTimes, defaultTimezone, displayTimezone, weekStart, port, apiKey, enabled);
    }
}
