package io.slotwise.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recurring posting window, e.g. "every Monday 09:00 Europe/Berlin for Twitter and LinkedIn".
 *
 * <p>{@code endTime} is null for a point slot (Blotato, Ayrshare); otherwise the window is
 * {@code [startTime, endTime)} local time, on the same day. {@code startDate} (nullable) removes every
 * occurrence before it; {@code anchorDate} is the day the recurrence counts its intervals from.
 * Build one with {@link #builder(String)}.
 */
public record Slot(
        String id,
        String group,
        Recurrence recurrence,
        LocalTime startTime,
        LocalTime endTime,
        ZoneId zone,
        List<Target> targets,
        Set<String> labelIds,
        boolean active,
        LocalDate startDate,
        Set<LocalDate> excludeDates,
        LocalDate anchorDate) {

    public static final String DEFAULT_GROUP = "default";

    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(anchorDate, "anchorDate");
        group = group == null ? DEFAULT_GROUP : group;
        targets = List.copyOf(targets == null ? List.of() : targets);
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
        excludeDates = Set.copyOf(excludeDates == null ? Set.of() : excludeDates);
        if (endTime != null && !endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("endTime must be later than startTime on the same day");
        }
    }

    /** A point slot has a start and no end: a post goes out exactly at its start. */
    public boolean isPoint() {
        return endTime == null;
    }

    /** A slot with targets keeps one lane per destination; one without has a single lane. */
    public boolean hasTargets() {
        return !targets.isEmpty();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.group = group;
        b.recurrence = recurrence;
        b.startTime = startTime;
        b.endTime = endTime;
        b.zone = zone;
        b.targets = targets;
        b.labelIds = labelIds;
        b.active = active;
        b.startDate = startDate;
        b.excludeDates = excludeDates;
        b.anchorDate = anchorDate;
        return b;
    }

    /** Fluent construction; the anchor defaults to the start date when one is given. */
    public static final class Builder {
        private final String id;
        private String group = DEFAULT_GROUP;
        private Recurrence recurrence;
        private LocalTime startTime;
        private LocalTime endTime;
        private ZoneId zone = ZoneId.of("UTC");
        private List<Target> targets = List.of();
        private Set<String> labelIds = Set.of();
        private boolean active = true;
        private LocalDate startDate;
        private Set<LocalDate> excludeDates = Set.of();
        private LocalDate anchorDate;

        private Builder(String id) {
            this.id = id;
        }

        public Builder group(String group) { this.group = group; return this; }
        public Builder recurrence(Recurrence recurrence) { this.recurrence = recurrence; return this; }
        public Builder at(LocalTime start) { this.startTime = start; this.endTime = null; return this; }
        public Builder window(LocalTime start, LocalTime end) { this.startTime = start; this.endTime = end; return this; }
        public Builder zone(ZoneId zone) { this.zone = zone; return this; }
        public Builder zone(String zone) { return zone(ZoneId.of(zone)); }
        public Builder targets(List<Target> targets) { this.targets = targets; return this; }
        public Builder targets(Target... targets) { return targets(List.of(targets)); }
        public Builder labels(Set<String> labelIds) { this.labelIds = labelIds; return this; }
        public Builder labels(String... labelIds) { return labels(Set.of(labelIds)); }
        public Builder active(boolean active) { this.active = active; return this; }
        public Builder startDate(LocalDate startDate) { this.startDate = startDate; return this; }
        public Builder excludeDates(Set<LocalDate> dates) { this.excludeDates = dates; return this; }
        public Builder excludeDates(LocalDate... dates) { return excludeDates(Set.of(dates)); }
        public Builder anchorDate(LocalDate anchorDate) { this.anchorDate = anchorDate; return this; }

        public Slot build() {
            LocalDate anchor = anchorDate != null ? anchorDate : startDate;
            if (anchor == null) {
                throw new IllegalStateException("a slot needs an anchor date (or a start date)");
            }
            return new Slot(id, group, recurrence, startTime, endTime, zone, targets, labelIds, active,
                    startDate, excludeDates, anchor);
        }
    }
}
