package io.slotwise.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The brute-force oracle and benchmark baseline: walks every day of every slot up to the horizon and
 * scans every post for every occurrence. Shares only the value types and {@link OccurrenceSchedule#on}
 * (the per-date membership test, a different code path from the engine's next-occurrence arithmetic)
 * with {@link Plan}.
 */
public final class NaivePlan {

    private final List<Slot> slots;
    private final Map<String, PlannedPost> posts = new LinkedHashMap<>();
    private final Instant now;

    public NaivePlan(List<Slot> slots, List<PlannedPost> posts, Instant now) {
        this.slots = List.copyOf(slots);
        posts.forEach(p -> this.posts.put(p.id(), p));
        this.now = now;
    }

    public NextFree nextFree(SlotQuery query) {
        Instant horizon = now.atOffset(ZoneOffset.UTC).plusYears(Plan.HORIZON_YEARS).toInstant();
        boolean configured = false;
        Occurrence best = null;
        for (Slot slot : slots) {
            if (!Eligibility.isConfiguredFor(slot, query)) {
                continue;
            }
            configured = true;
            if (!slot.active()) {
                continue;
            }
            Destination lane = slot.hasTargets() ? query.destination() : null;
            OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
            LocalDate day = LocalDate.ofInstant(now, slot.zone()).minusDays(1);
            LocalDate last = LocalDate.ofInstant(horizon, slot.zone()).plusDays(1);
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                Optional<Occurrence> o = schedule.on(day);
                if (o.isEmpty() || !o.get().start().isAfter(now) || o.get().start().isAfter(horizon)) {
                    continue;
                }
                if (best != null && o.get().start().isAfter(best.start())) {
                    break;
                }
                if (!occupied(slot, o.get(), lane)) {
                    if (best == null || o.get().start().isBefore(best.start())
                            || (o.get().start().equals(best.start()) && slot.id().compareTo(best.slotId()) < 0)) {
                        best = o.get();
                    }
                    break;
                }
            }
        }
        if (!configured) {
            return new NextFree.NoSlotsConfigured();
        }
        if (best == null) {
            return new NextFree.NoAvailableSlot();
        }
        return new NextFree.Found(new Placement(best.slotId(), best, best.start()));
    }

    /** Assign-next with exact slot times, by the book. */
    public List<Assignment> assignNext(List<String> postIds, String ownerId) {
        List<Assignment> out = new ArrayList<>();
        for (String id : postIds) {
            PlannedPost p = posts.get(id);
            if (p == null) {
                out.add(Assignment.failure(id, Assignment.POST_NOT_FOUND));
            } else if (!Objects.equals(p.ownerId(), ownerId)) {
                out.add(Assignment.failure(id, Assignment.ACCESS_DENIED));
            } else if (p.status() == PostStatus.SCHEDULED) {
                out.add(Assignment.failure(id, Assignment.ALREADY_SCHEDULED));
            } else if (p.status() != PostStatus.DRAFT) {
                out.add(Assignment.failure(id, Assignment.ONLY_DRAFTS));
            } else if (p.destination() == null) {
                out.add(Assignment.failure(id, Assignment.NEEDS_ACCOUNT));
            } else if (nextFree(SlotQuery.forPost(p)) instanceof NextFree.Found f) {
                PlannedPost placed = p.placedAt(f.placement());
                posts.put(id, placed);
                out.add(Assignment.success(placed, f.placement()));
            } else {
                out.add(Assignment.failure(id, Assignment.NO_AVAILABLE_SLOT));
            }
        }
        return out;
    }

    public List<PlannedPost> posts() {
        return List.copyOf(posts.values());
    }

    /** SPEC §4 read literally, checked against every post. */
    boolean occupied(Slot slot, Occurrence o, Destination lane) {
        for (PlannedPost p : posts.values()) {
            if (!p.holdsLane() || (lane != null && !lane.equals(p.destination()))) {
                continue;
            }
            if (slot.id().equals(p.slotId()) && o.contains(p.scheduledAt())) {
                return true;
            }
            if (slot.isPoint() && p.slotId() == null && p.scheduledAt().equals(o.start())
                    && Eligibility.targets(slot, p.platform(), p.destination())) {
                return true;
            }
        }
        return false;
    }
}
