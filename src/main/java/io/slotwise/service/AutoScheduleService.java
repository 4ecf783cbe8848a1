package io.slotwise.service;

import io.slotwise.engine.Interval;
import io.slotwise.engine.Plan;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.store.StoreTransaction;
import io.slotwise.engine.CalendarSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Auto-schedules (Ayrshare's named schedules): the point slots of one group for every account, set,
 * listed and deleted as one schedule of UTC times on some days of the week.
 */
public final class AutoScheduleService {

    public static final String SCHEDULE_REQUIRED = "schedule is required unless setStartDate is given";

    private final Workspace ws;
    private final SlotService slots;

    public AutoScheduleService(Workspace ws, SlotService slots) {
        this.ws = ws;
        this.slots = slots;
    }

    /**
     * Ayrshare's set: the schedule's slots (the group's point slots for every account) are replaced by
     * the given UTC times on the given days.
     */
    public AutoSchedule set(String ownerId, AutoScheduleDefinition definition) {
        return ws.write(ownerId, (tx, plan) -> {
            List<CalendarSlot> existing = autoScheduleSlots(tx, ownerId, definition.title());
            if (definition.times().isEmpty()) {
                // Only a new start date for a schedule that exists.
                if (existing.isEmpty()) {
                    throw ServiceException.invalid("schedule", SCHEDULE_REQUIRED);
                }
                for (CalendarSlot s : existing) {
                    SlotSpec spec = SlotSpec.of(s.slot());
                    slots.replace(tx, plan, ownerId, s, new SlotSpec(spec.group(), spec.recurrence(), spec.startTime(),
                            null, spec.zone(), spec.targets(), spec.labelIds(), spec.active(), definition.startDate(),
                            spec.excludeDates()));
                }
                return autoSchedule(tx, plan, ownerId, definition.title());
            }
            for (CalendarSlot s : existing) {
                // Posts already scheduled are not affected: they keep their times, in no slot.
                slots.keepFuturePostsUnlinked(tx, plan, s.slot().id());
                slots.remove(tx, plan, s);
            }
            for (LocalTime time : definition.times()) {
                if (definition.daysOfWeek().isEmpty()) {
                    slots.insert(tx, plan, ownerId, definition.spec(Recurrence.daily(1), time));
                } else {
                    for (int day : definition.daysOfWeek()) {
                        Recurrence weekly = Recurrence.weekly(1, Recurrence.dayOfWeekFromIndex(day));
                        slots.insert(tx, plan, ownerId, definition.spec(weekly, time));
                    }
                }
            }
            return autoSchedule(tx, plan, ownerId, definition.title());
        });
    }

    /** Ayrshare's delete: the group's point slots go; posts keep their times. */
    public void delete(String ownerId, String title) {
        String t = title == null || title.isBlank() ? Slot.DEFAULT_GROUP : title;
        ws.write(ownerId, (tx, plan) -> {
            List<CalendarSlot> existing = autoScheduleSlots(tx, ownerId, t);
            if (existing.isEmpty()) {
                throw ServiceException.notFound("Auto schedule not found: " + t);
            }
            for (CalendarSlot s : existing) {
                slots.keepFuturePostsUnlinked(tx, plan, s.slot().id());
                slots.remove(tx, plan, s);
            }
            return null;
        });
    }

    /** Ayrshare's list: every group that has point slots, as schedules. */
    public List<AutoSchedule> list(String ownerId) {
        return ws.read(ownerId, (tx, plan) -> {
            Map<String, Boolean> titles = new TreeMap<>();
            for (CalendarSlot s : SlotService.owned(tx.slots().all(), ownerId)) {
                if (isAutoScheduleSlot(s.slot())) {
                    titles.put(s.slot().group(), true);
                }
            }
            List<AutoSchedule> out = new ArrayList<>();
            for (String title : titles.keySet()) {
                out.add(autoSchedule(tx, plan, ownerId, title));
            }
            return out;
        });
    }

    private List<CalendarSlot> autoScheduleSlots(StoreTransaction tx, String ownerId, String title) {
        return SlotService.owned(tx.slots().all(), ownerId).stream()
                .filter(s -> isAutoScheduleSlot(s.slot()) && s.slot().group().equals(title)).toList();
    }

    /**
     * An Ayrshare schedule is made of its group's point slots for every account; Blotato's point slots
     * name their targets, so setting Ayrshare's "default" schedule never replaces them.
     */
    private static boolean isAutoScheduleSlot(Slot slot) {
        return slot.isPoint() && !slot.hasTargets();
    }

    private AutoSchedule autoSchedule(StoreTransaction tx, Plan plan, String ownerId, String title) {
        List<CalendarSlot> slots = autoScheduleSlots(tx, ownerId, title);
        Set<LocalTime> times = new TreeSet<>();
        Set<Integer> days = new TreeSet<>();
        Set<LocalDate> excludes = new TreeSet<>();
        boolean everyDay = false;
        LocalDate start = null;
        Instant last = null;
        for (CalendarSlot s : slots) {
            Slot slot = s.slot();
            // Shown in UTC, as Ayrshare does; a slot in another zone shows at its next occurrence's UTC time.
            LocalTime utc = plan.schedule(slot.id())
                    .flatMap(sch -> sch.nextAfter(ws.now()))
                    .map(o -> LocalTime.ofInstant(o.start(), ZoneOffset.UTC))
                    .orElse(slot.startTime());
            times.add(utc);
            if (slot.recurrence().interval() == Interval.WEEKLY && slot.recurrence().repeatEvery() == 1) {
                days.add(slot.recurrence().weekDayIndex());
            } else {
                everyDay = true;
            }
            excludes.addAll(slot.excludeDates());
            if (slot.startDate() != null && (start == null || slot.startDate().isBefore(start))) {
                start = slot.startDate();
            }
            Instant latest = tx.posts().latestScheduledIn(slot.id());
            if (latest != null && (last == null || latest.isAfter(last))) {
                last = latest;
            }
        }
        if (everyDay || days.size() == 7) {
            days.clear();
        }
        return new AutoSchedule(title, new ArrayList<>(times), days, excludes, start, last);
    }
}
