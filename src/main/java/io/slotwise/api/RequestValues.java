package io.slotwise.api;

import io.slotwise.engine.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reading the loosely typed values of a request body (JSON as maps, lists, strings, numbers and
 * booleans) into the types the services need. Each reader returns null when the value has the wrong
 * type or shape, so each caller can answer with its own vendor's message. Shared by the dialects.
 */
public final class RequestValues {

    /** The platform ids, as the dialects list them in "must be one of" messages. */
    public static final String PLATFORMS =
            Arrays.stream(Platform.values()).map(Platform::id).collect(Collectors.joining(", "));

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private RequestValues() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object body) {
        return body instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    public static Integer integer(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        return null;
    }

    public static boolean isHhMm(Object v) {
        return v instanceof String s && HH_MM.matcher(s).matches();
    }

    /** An IANA region id such as "Europe/Copenhagen" or "UTC"; not a bare offset. */
    public static ZoneId zone(Object v) {
        if (!(v instanceof String s) || !ZONES.contains(s)) {
            return null;
        }
        return ZoneId.of(s);
    }

    /** A list of strings, all different; null otherwise. */
    @SuppressWarnings("unchecked")
    public static List<String> uniqueStrings(Object v) {
        if (!(v instanceof List<?> list)) {
            return null;
        }
        for (Object o : list) {
            if (!(o instanceof String)) {
                return null;
            }
        }
        if (Set.copyOf(list).size() != list.size()) {
            return null;
        }
        return (List<String>) list;
    }

    public static LocalDate date(Object v) {
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO 8601 date-time with an offset ("2026-03-02T09:00:00Z"), as an instant. */
    public static Instant instant(Object v) {
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
