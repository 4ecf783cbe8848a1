package io.slotwise.service;

import io.slotwise.engine.Eligibility;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import io.slotwise.engine.SlotQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a post dropped on a day of the month lands (SPEC §6), worked out on the plan: a post without a time
 * (a draft) takes that day's next free eligible occurrence (earliest start, ties by slot id, as next free does);
 * a post with a time keeps its time of day. A post in a slot then lands on the occurrence that holds the new
 * time (its own slot's first, else another that takes it, as a drop on a band in the week links it), or, with
 * none there, at that exact time in no slot, as a drop on free time in the week does; a post placed by hand
 * stays placed by hand. Or why it can't go there, in the user's words.
 */
final class DayDrop {

    static final String DAY_IN_PAST = "That day is in the past";
    static final String NO_SLOT = "There is no slot that day";
    static final String SLOTS_PASSED = "That day's slots for this account have passed";
    static final String SLOTS_TAKEN = "That day's slots are already taken for this account";
    static final String ALREADY_THERE = "It is already on that day";
    static final String SLOT_TAKEN = "The slot at that time is already taken for this account";

    /** Where the post goes: on an occurrence ({@code placement}), at a time in no slot, or nowhere ({@code refusal}). */
    record Landing(Placement placement, Instant time, String refusal) {

        static Landing refused(String why) {
            return new Landing(null, null, why);
        }

        Optional<String> whyNot() {
            return Optional.ofNullable(refusal);
        }
    }

    private final Plan plan;
    private final Post post;
    private final ZoneId zone;
    private final Instant now;

    /** {@code zone}: the zone the days are dates in (the calendar's display zone). */
    DayDrop(Plan plan, Post post, ZoneId zone, Instant now) {
        this.plan = plan;
        this.post = post;
        this.zone = zone;
        this.now = now;
    }

    /** Where the post lands on each day, in their order. */
    List<Landing> on(List<LocalDate> days) {
        List<Landing> out = new ArrayList<>(days.size());
        Optional<String> before = refusedAnyDay();
        if (before.isPresent()) {
            days.forEach(d -> out.add(Landing.refused(before.get())));
            return out;
        }
        if (post.scheduledAt() != null) {
            days.forEach(d -> out.add(keepingTime(d)));
            return out;
        }
        Map<LocalDate, List<Occurrence>> byDay = occurrencesOn(days);
        for (LocalDate d : days) {
            out.add(nextFree(d, byDay.getOrDefault(d, List.of())));
        }
        return out;
    }

    private Optional<String> refusedAnyDay() {
        Optional<String> handedOff = PostService.whyHandedOff(post);
        if (handedOff.isPresent()) {
            return handedOff;
        }
        if (post.accountId() == null) {
            return Optional.of("Choose an account for this post first");
        }
        return Optional.empty();
    }

    /** A post with a time: the same time of day on {@code day}. */
    private Landing keepingTime(LocalDate day) {
        ZonedDateTime was = post.scheduledAt().atZone(zone);
        if (was.toLocalDate().equals(day)) {
            return Landing.refused(ALREADY_THERE);
        }
        Instant time = ZonedDateTime.of(day, was.toLocalTime(), zone).toInstant();
        if (!time.isAfter(now)) {
            return Landing.refused("That time is in the past");
        }
        if (post.slotId() != null) {
            // In a slot it stays in one: its own slot's occurrence then, else another that takes it.
            SlotQuery query = SlotQuery.forPost(post.planned());
            boolean taken = false;
            Occurrence best = null;
            for (Slot slot : plan.slots()) {
                if (!Eligibility.isEligible(slot, query)) {
                    continue;
                }
                Occurrence o = plan.schedule(slot.id()).orElseThrow().containing(time).orElse(null);
                if (o == null) {
                    continue;
                }
                if (!plan.isFree(slot.id(), o, post.destination())) {
                    taken = true;
                } else if (best == null || slot.id().equals(post.slotId())
                        || !best.slotId().equals(post.slotId()) && earlier(o, best)) {
                    best = o;
                }
            }
            if (best != null) {
                return new Landing(new Placement(best.slotId(), best, time), time, null);
            }
            if (taken) {
                return Landing.refused(SLOT_TAKEN);
            }
        }
        Optional<String> taken = PostService.takenPointSlot(plan, post.scheduledAt(time, now));
        if (taken.isPresent()) {
            return Landing.refused(PostService.takenMessage(post, taken.get()));
        }
        return new Landing(null, time, null);
    }

    /** A draft: the earliest free eligible occurrence starting on the day, or why there is none. */
    private Landing nextFree(LocalDate day, List<Occurrence> that) {
        if (!day.plusDays(1).atStartOfDay(zone).toInstant().isAfter(now)) {
            return Landing.refused(DAY_IN_PAST);
        }
        if (that.isEmpty()) {
            return Landing.refused(NO_SLOT);
        }
        SlotQuery query = SlotQuery.forPost(post.planned());
        boolean eligible = false;
        boolean ahead = false;
        Occurrence best = null;
        for (Occurrence o : that) {
            Slot slot = plan.slot(o.slotId()).orElseThrow();
            if (!Eligibility.isEligible(slot, query)) {
                continue;
            }
            eligible = true;
            if (!o.start().isAfter(now)) {
                continue;
            }
            ahead = true;
            if (plan.isFree(o.slotId(), o, post.destination()) && (best == null || earlier(o, best))) {
                best = o;
            }
        }
        if (best != null) {
            return new Landing(new Placement(best.slotId(), best, best.start()), best.start(), null);
        }
        if (!eligible) {
            return Landing.refused("No slot that day is for " + post.platform().id() + " account \"" + post.accountId()
                    + "\"" + (post.labelIds().isEmpty() ? "" : " and its labels"));
        }
        return Landing.refused(ahead ? SLOTS_TAKEN : SLOTS_PASSED);
    }

    /** The occurrences starting on each of the days (dates in the zone), read once for the whole span. */
    private Map<LocalDate, List<Occurrence>> occurrencesOn(List<LocalDate> days) {
        Map<LocalDate, List<Occurrence>> out = new HashMap<>();
        if (days.isEmpty()) {
            return out;
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (Slot slot : plan.slots()) {
            for (Occurrence o : plan.schedule(slot.id()).orElseThrow().between(from, to)) {
                out.computeIfAbsent(o.start().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(o);
            }
        }
        return out;
    }

    private static boolean earlier(Occurrence a, Occurrence b) {
        int byStart = a.start().compareTo(b.start());
        return byStart < 0 || (byStart == 0 && a.slotId().compareTo(b.slotId()) < 0);
    }
}
