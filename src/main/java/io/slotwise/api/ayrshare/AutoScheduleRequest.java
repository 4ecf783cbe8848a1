package io.slotwise.api.ayrshare;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Slot;
import io.slotwise.service.AutoScheduleDefinition;
import io.slotwise.service.ServiceException;
import io.slotwise.service.AutoScheduleService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Ayrshare's {@code /auto-schedule/set} body: {@code schedule} (UTC times like "13:05Z"), {@code title},
 * {@code setStartDate}, {@code daysOfWeek} (0 = Sunday) and {@code excludeDates}, read into an
 * {@link AutoScheduleDefinition} with Ayrshare's messages.
 */
public final class AutoScheduleRequest {

    static final String SCHEDULE_REQUIRED = AutoScheduleService.SCHEDULE_REQUIRED;
    static final String SCHEDULE_INVALID = "schedule must be an array of UTC times like \"13:05Z\"";
    private static final Pattern UTC_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\dZ");

    private AutoScheduleRequest() {
    }

    public static AutoScheduleDefinition parse(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        String title = Slot.DEFAULT_GROUP;
        if (m.get("title") != null) {
            if (!(m.get("title") instanceof String t)) {
                throw ServiceException.invalid("title", "title must be a string");
            }
            title = t.isBlank() ? Slot.DEFAULT_GROUP : t.trim();
        }
        LocalDate start = null;
        if (m.get("setStartDate") != null) {
            start = startDate(m.get("setStartDate"));
        }
        List<LocalTime> times = new ArrayList<>();
        Object schedule = m.get("schedule");
        if (schedule == null) {
            if (start == null) {
                throw ServiceException.invalid("schedule", SCHEDULE_REQUIRED);
            }
        } else {
            if (!(schedule instanceof List<?> list) || list.isEmpty()) {
                throw ServiceException.invalid("schedule", SCHEDULE_INVALID);
            }
            Set<LocalTime> seen = new TreeSet<>();
            for (Object o : list) {
                if (!(o instanceof String s) || !UTC_TIME.matcher(s).matches()) {
                    throw ServiceException.invalid("schedule", SCHEDULE_INVALID);
                }
                seen.add(LocalTime.parse(s.substring(0, 5)));
            }
            times.addAll(seen);
        }
        Set<Integer> days = new TreeSet<>();
        if (m.get("daysOfWeek") != null) {
            if (!(m.get("daysOfWeek") instanceof List<?> list)) {
                throw ServiceException.invalid("daysOfWeek", "daysOfWeek must be an array of numbers 0-6");
            }
            for (Object o : list) {
                Integer d = RequestValues.integer(o);
                if (d == null || d < 0 || d > 6) {
                    throw ServiceException.invalid("daysOfWeek", "daysOfWeek must be an array of numbers 0-6");
                }
                days.add(d);
            }
            if (days.size() == 7) {
                days.clear();
            }
        }
        Set<LocalDate> excludes = new HashSet<>();
        if (m.get("excludeDates") != null) {
            if (!(m.get("excludeDates") instanceof List<?> list)) {
                throw ServiceException.invalid("excludeDates", "excludeDates must be an array of dates like \"2026-01-01\"");
            }
            for (Object o : list) {
                LocalDate d = RequestValues.date(o);
                if (d == null) {
                    throw ServiceException.invalid("excludeDates",
                            "excludeDates must be an array of dates like \"2026-01-01\"");
                }
                excludes.add(d);
            }
        }
        return new AutoScheduleDefinition(title, times, days, excludes, start);
    }

    private static LocalDate startDate(Object v) {
        if (v instanceof String s) {
            try {
                return LocalDate.ofInstant(Instant.parse(s), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                LocalDate d = RequestValues.date(s);
                if (d != null) {
                    return d;
                }
            }
        }
        throw ServiceException.invalid("setStartDate", "setStartDate must be an ISO-8601 UTC date time like "
                + "\"2026-07-08T12:30:00Z\"");
    }
}
