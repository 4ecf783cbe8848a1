package io.slotwise.service;

import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about a slot the user chooses; the service adds the id and the anchor date.
 *
 * @param endTime null for a point slot
 * @param zone null for the calendar's zone for new slots (settings), which the service fills in when
 *             it makes the slot: a vendor's body without a timezone is read before the settings are
 * @param startDate null when the slot starts at once
 */
public record SlotSpec(String group, Recurrence recurrence, LocalTime startTime, LocalTime endTime, ZoneId zone,
                       List<Target> targets, Set<String> labelIds, boolean active, LocalDate startDate,
                       Set<LocalDate> excludeDates) {

    public SlotSpec {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(startTime, "startTime");
        group = group == null ? Slot.DEFAULT_GROUP : group;
        targets = List.copyOf(targets == null ? List.of() : targets);
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
        excludeDates = Set.copyOf(excludeDates == null ? Set.of() : excludeDates);
    }

    public static SlotSpec of(Slot slot) {
        return new SlotSpec(slot.group(), slot.recurrence(), slot.startTime(), slot.endTime(), slot.zone(),
                slot.targets(), slot.labelIds(), slot.active(), slot.startDate(), slot.excludeDates());
    }

    /** The same slot in another zone (its clock times stay). */
    public SlotSpec inZone(ZoneId zone) {
        return new SlotSpec(group, recurrence, startTime, endTime, zone, targets, labelIds, active, startDate,
                excludeDates);
    }

    /** The same slot with these targets in place of its own. */
    public SlotSpec withTargets(List<Target> targets) {
        return new SlotSpec(group, recurrence, startTime, endTime, zone, targets, labelIds, active, startDate,
                excludeDates);
    }

    Slot toSlot(String id, LocalDate anchorDate) {
        return new Slot(id, group, recurrence, startTime, endTime, zone, targets, labelIds, active, startDate,
                excludeDates, startDate != null ? startDate : anchorDate);
    }
}
