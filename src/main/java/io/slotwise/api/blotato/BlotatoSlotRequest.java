package io.slotwise.api.blotato;

import io.slotwise.api.RequestValues;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.service.ServiceException;
import io.slotwise.service.SlotSpec;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Blotato's slot bodies: {@code {"slots": [{hour, minute, day, selectedTargets}]}} (UTC, weekly, a point
 * in time) and {@code {"selectedTargets": [...]}} for the full replacement of a slot's targets.
 */
public final class BlotatoSlotRequest {

    static final String DAYS = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    private BlotatoSlotRequest() {
    }

    /** The slots of a create body, each weekly at a UTC time. */
    public static List<SlotSpec> forCreate(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        if (!(m.get("slots") instanceof List<?> slots)) {
            throw ServiceException.invalid("slots", m.get("slots") == null ? "slots is required"
                    : "slots must be an array");
        }
        if (slots.isEmpty()) {
            throw ServiceException.invalid("slots", "slots must not be empty");
        }
        List<SlotSpec> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String at = "slots[" + i + "]";
            Map<String, Object> s = RequestValues.object(slots.get(i));
            if (s == null) {
                throw ServiceException.invalid(at, at + " must be an object");
            }
            Integer hour = RequestValues.integer(s.get("hour"));
            if (hour == null || hour < 0 || hour > 23) {
                throw ServiceException.invalid(at + ".hour", s.get("hour") == null ? at + ".hour is required"
                        : at + ".hour must be an integer between 0 and 23");
            }
            Integer minute = RequestValues.integer(s.get("minute"));
            if (minute == null || minute < 0 || minute > 59) {
                throw ServiceException.invalid(at + ".minute", s.get("minute") == null ? at + ".minute is required"
                        : at + ".minute must be an integer between 0 and 59");
            }
            DayOfWeek day = day(s.get("day"));
            if (day == null) {
                throw ServiceException.invalid(at + ".day", s.get("day") == null ? at + ".day is required"
                        : at + ".day must be one of: " + DAYS);
            }
            List<Target> targets = targets(s.get("selectedTargets"), at + ".selectedTargets");
            out.add(new SlotSpec(null, Recurrence.weekly(1, day), LocalTime.of(hour, minute), null, ZoneId.of("UTC"),
                    targets, Set.of(), true, null, Set.of()));
        }
        return out;
    }

    /** The new target list of an update body (a full replacement). */
    public static List<Target> targetsForUpdate(Object body) {
        Map<String, Object> m = RequestValues.object(body);
        if (m == null) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        Object list = m.containsKey("selectedTargets") ? m.get("selectedTargets") : m.get("targets");
        return targets(list, "selectedTargets");
    }

    static List<Target> targets(Object v, String field) {
        if (!(v instanceof List<?> list)) {
            throw ServiceException.invalid(field, v == null ? field + " is required" : field + " must be an array");
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            Map<String, Object> t = RequestValues.object(list.get(i));
            if (t == null) {
                throw ServiceException.invalid(at, at + " must be an object");
            }
            Platform platform = t.get("platform") instanceof String p ? Platform.fromId(p).orElse(null) : null;
            if (platform == null) {
                throw ServiceException.invalid(at + ".platform", t.get("platform") == null
                        ? at + ".platform is required" : at + ".platform must be one of: " + RequestValues.PLATFORMS);
            }
            Object account = t.get("accountId");
            Object sub = t.get("subaccountId");
            if (account != null && !(account instanceof String)) {
                throw ServiceException.invalid(at + ".accountId", at + ".accountId must be a string or null");
            }
            if (sub != null && !(sub instanceof String)) {
                throw ServiceException.invalid(at + ".subaccountId", at + ".subaccountId must be a string or null");
            }
            out.add(new Target(platform, (String) account, (String) sub));
        }
        return out;
    }

    private static DayOfWeek day(Object v) {
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
