package io.slotwise.api.feedhive;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Interval;
import io.slotwise.engine.Recurrence;
import io.slotwise.service.ServiceException;
import io.slotwise.service.SlotSpec;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FeedHive's plan slot body ({@code week_day}, {@code start_time}, {@code end_time}, {@code timezone},
 * {@code label_ids}, {@code recurrence}, {@code is_active}), validated with FeedHive's messages, in
 * the order of its documentation.
 */
public final class PlanSlotRequest {

    public static final String BODY_NOT_OBJECT = "Request body must be a JSON object";
    public static final String WEEK_DAY_REQUIRED = "week_day is required";
    public static final String WEEK_DAY_INVALID = "week_day must be an integer between 0 and 6";
    public static final String START_REQUIRED = "start_time is required";
    public static final String START_INVALID = "start_time must be in HH:MM 24-hour format";
    public static final String END_REQUIRED = "end_time is required";
    public static final String END_INVALID = "end_time must be in HH:MM 24-hour format";
    public static final String END_NOT_LATER = "end_time must be later than start_time on the same day";
    public static final String TIMEZONE_INVALID = "timezone must be a valid IANA timezone";
    public static final String RECURRENCE_REQUIRED = "recurrence is required";
    public static final String INTERVAL_INVALID = "recurrence.interval must be one of: daily, weekly, monthly";
    public static final String REPEAT_INVALID = "recurrence.repeat_every must be an integer greater than or equal to 1";
    public static final String LABELS_INVALID = "label_ids must be an array of unique label IDs";
    public static final String ACTIVE_INVALID = "is_active must be a boolean";
    public static final String NO_FIELDS = "No valid fields provided for update";

    private static final Set<String> WRITABLE = Set.of("week_day", "start_time", "end_time", "timezone", "label_ids",
            "recurrence", "is_active");

    private PlanSlotRequest() {
    }

    /**
     * A new slot from a create body; without a {@code timezone} its zone is left null, for the service
     * to give it the calendar's zone for new slots.
     */
    public static SlotSpec forCreate(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, BODY_NOT_OBJECT);
        }
        if (m.get("week_day") == null) {
            throw ServiceException.invalid("week_day", WEEK_DAY_REQUIRED);
        }
        int weekDay = weekDay(m.get("week_day"));
        if (m.get("start_time") == null) {
            throw ServiceException.invalid("start_time", START_REQUIRED);
        }
        LocalTime start = time("start_time", m.get("start_time"), START_INVALID);
        if (m.get("end_time") == null) {
            throw ServiceException.invalid("end_time", END_REQUIRED);
        }
        LocalTime end = time("end_time", m.get("end_time"), END_INVALID);
        if (!end.isAfter(start)) {
            throw ServiceException.invalid("end_time", END_NOT_LATER);
        }
        ZoneId zone = m.get("timezone") == null ? null : zone(m.get("timezone"));
        if (m.get("recurrence") == null) {
            throw ServiceException.invalid("recurrence", RECURRENCE_REQUIRED);
        }
        Recurrence recurrence = recurrence(m.get("recurrence"), weekDay);
        Set<String> labels = m.get("label_ids") == null ? Set.of() : labels(m.get("label_ids"));
        boolean active = m.get("is_active") == null || active(m.get("is_active"));
        return new SlotSpec(null, recurrence, start, end, zone, List.of(), labels, active, null, Set.of());
    }

    /**
     * The slot after a partial update: only the fields sent change. Sending only a timezone keeps the
     * local clock times, which the store keeps as they are, so the instants follow the new zone.
     */
    public static SlotSpec applyPatch(Object body, SlotSpec current) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null || m.keySet().stream().noneMatch(WRITABLE::contains)) {
            throw ServiceException.invalid(null, NO_FIELDS);
        }
        int weekDay = m.containsKey("week_day") ? weekDay(m.get("week_day")) : current.recurrence().weekDayIndex();
        LocalTime start = m.containsKey("start_time") ? time("start_time", m.get("start_time"), START_INVALID)
                : current.startTime();
        LocalTime end = m.containsKey("end_time") ? time("end_time", m.get("end_time"), END_INVALID) : current.endTime();
        if (end != null && !end.isAfter(start)) {
            throw ServiceException.invalid("end_time", END_NOT_LATER);
        }
        ZoneId zone = m.containsKey("timezone") ? zone(m.get("timezone")) : current.zone();
        Recurrence recurrence = m.containsKey("recurrence") ? recurrence(m.get("recurrence"), weekDay)
                : new Recurrence(current.recurrence().interval(), current.recurrence().repeatEvery(),
                        Recurrence.dayOfWeekFromIndex(weekDay));
        Set<String> labels = m.containsKey("label_ids") ? labels(m.get("label_ids")) : current.labelIds();
        boolean active = m.containsKey("is_active") ? active(m.get("is_active")) : current.active();
        return new SlotSpec(current.group(), recurrence, start, end, zone, current.targets(), labels, active,
                current.startDate(), current.excludeDates());
    }

    private static int weekDay(Object v) {
        Integer d = RequestValues.integer(v);
        if (d == null || d < 0 || d > 6) {
            throw ServiceException.invalid("week_day", WEEK_DAY_INVALID);
        }
        return d;
    }

    private static LocalTime time(String field, Object v, String message) {
        if (!RequestValues.isHhMm(v)) {
            throw ServiceException.invalid(field, message);
        }
        return LocalTime.parse((String) v);
    }

    private static ZoneId zone(Object v) {
        ZoneId zone = RequestValues.zone(v);
        if (zone == null) {
            throw ServiceException.invalid("timezone", TIMEZONE_INVALID);
        }
        return zone;
    }

    private static Recurrence recurrence(Object v, int weekDay) {
        Map<String, Object> r = RequestValues.object(v);
        Interval interval = r == null ? null
                : r.get("interval") instanceof String s ? Interval.fromId(s).orElse(null) : null;
        if (interval == null) {
            throw ServiceException.invalid("recurrence.interval", INTERVAL_INVALID);
        }
        Integer every = RequestValues.integer(r.get("repeat_every"));
        if (every == null || every < 1) {
            throw ServiceException.invalid("recurrence.repeat_every", REPEAT_INVALID);
        }
        return new Recurrence(interval, every, Recurrence.dayOfWeekFromIndex(weekDay));
    }

    private static Set<String> labels(Object v) {
        List<String> ids = RequestValues.uniqueStrings(v);
        if (ids == null) {
            throw ServiceException.invalid("label_ids", LABELS_INVALID);
        }
        return new HashSet<>(ids);
    }

    private static boolean active(Object v) {
        if (!(v instanceof Boolean b)) {
            throw ServiceException.invalid("is_active", ACTIVE_INVALID);
        }
        return b;
    }
}
