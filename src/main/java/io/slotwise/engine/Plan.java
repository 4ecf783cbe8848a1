package io.slotwise.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The slots and posts of one calendar, kept in memory, answering "where does this post go next"
 * (SPEC §5) and filling a batch of drafts (assign-next).
 *
 * <p>Time comes only from the injected {@link Clock}; the random source for times inside a window is
 * injected too, so a plan is deterministic under test. Not thread-safe: the service layer serialises
 * access.
 */
public final class Plan {

    /** How far ahead the next free occurrence is searched. */
    public static final int HORIZON_YEARS = 2;
    private static final int MAX_CACHED_QUERIES = 4096;

    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, OccurrenceSchedule> slots = new LinkedHashMap<>();
    private final Map<String, PlannedPost> posts = new HashMap<>();
    /** Posts that name each slot, on an occurrence or off it. */
    private final Map<String, Set<String>> postsBySlot = new HashMap<>();
    /** For posts filed under an occurrence: the epoch day of that occurrence. */
    private final Map<String, Long> filedDay = new HashMap<>();
    private final Occupancy occupancy = new Occupancy();
    private final Map<String, Map<Destination, LaneCursor>> destinationCursors = new HashMap<>();
    private final Map<String, LaneCursor> wholeCursors = new HashMap<>();
    private final Map<SlotQuery, Candidates> candidates = new HashMap<>();
    /** Point slots by zone and local start time: which slots can start at a given instant. */
    private Map<java.time.ZoneId, Map<java.time.LocalTime, List<String>>> pointSlotsByTime;

    /** What changed since {@link #takeChanges}: a caller tells by it what some work changed. */
    private final Set<String> changedPosts = new HashSet<>();
    private final Set<String> changedSlots = new HashSet<>();

    public Plan(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public static Plan of(Collection<Slot> slots, Collection<PlannedPost> posts, Clock clock, RandomGenerator random) {
        Plan plan = new Plan(clock, random);
        slots.forEach(plan::putSlot);
        posts.forEach(plan::put);
        plan.forgetChanges();
        return plan;
    }

    public Clock clock() {
        return clock;
    }

    // ---- slots ----

    /** Adds a slot, or replaces the one with its id. Posts already scheduled never move. */
    public void putSlot(Slot slot) {
        changedSlots.add(slot.id());
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        slots.put(slot.id(), schedule);
        destinationCursors.remove(slot.id());
        wholeCursors.remove(slot.id());
        candidates.clear();
        pointSlotsByTime = null;
        occupancy.clearSlot(slot.id());
        for (String postId : postsBySlot.getOrDefault(slot.id(), Set.of())) {
            filedDay.remove(postId);
            file(posts.get(postId));
        }
    }

    /** Removes a slot; its posts stay where they are, now off-slot. */
    public void removeSlot(String slotId) {
        if (slots.remove(slotId) == null) {
            return;
        }
        changedSlots.add(slotId);
        destinationCursors.remove(slotId);
        wholeCursors.remove(slotId);
        candidates.clear();
        pointSlotsByTime = null;
        occupancy.clearSlot(slotId);
        for (String postId : postsBySlot.getOrDefault(slotId, Set.of())) {
            filedDay.remove(postId);
        }
    }

    public Optional<Slot> slot(String slotId) {
        OccurrenceSchedule s = slots.get(slotId);
        return s == null ? Optional.empty() : Optional.of(s.slot());
    }

    public List<Slot> slots() {
        List<Slot> out = new ArrayList<>(slots.size());
        slots.values().forEach(s -> out.add(s.slot()));
        return out;
    }

    public Optional<OccurrenceSchedule> schedule(String slotId) {
        return Optional.ofNullable(slots.get(slotId));
    }

    // ---- posts ----

    /** Adds a post or replaces the one with its id, taking its lane if it holds one. */
    public void put(PlannedPost post) {
        changedPosts.add(post.id());
        remove(post.id());
        posts.put(post.id(), post);
        if (post.slotId() != null) {
            postsBySlot.computeIfAbsent(post.slotId(), k -> new HashSet<>()).add(post.id());
        }
        file(post);
    }

    /** Removes a post; its lane is free at once. */
    public void remove(String postId) {
        PlannedPost old = posts.remove(postId);
        if (old == null) {
            return;
        }
        changedPosts.add(postId);
        if (old.slotId() != null) {
            Set<String> ids = postsBySlot.get(old.slotId());
            if (ids != null) {
                ids.remove(postId);
            }
        }
        Long day = filedDay.remove(postId);
        if (day != null) {
            occupancy.removeLinked(old.slotId(), day, postId);
            OccurrenceSchedule schedule = slots.get(old.slotId());
            Occurrence freed = schedule.occurrenceOn(day);
            for (LaneCursor c : cursorsTouching(old.slotId(), old.destination())) {
                c.freed(freed, occupancy);
            }
        } else if (old.holdsLane() && old.slotId() == null) {
            occupancy.removeUnlinked(old);
            // A post placed by hand held any point slot's lane at its exact time: only those can free up.
            for (LaneCursor c : cursorsOfPointSlotsAt(old.scheduledAt())) {
                c.freedAt(old.scheduledAt(), occupancy);
            }
        }
    }

    /** The posts and slots put or removed since the last call (or since the plan was made), and forgets them. */
    public PlanChanges takeChanges() {
        PlanChanges c = new PlanChanges(changedPosts, changedSlots);
        forgetChanges();
        return c;
    }

    /** Forgets what changed: a plan just read from the store (or brought up to date with it) has nothing to tell. */
    public void forgetChanges() {
        changedPosts.clear();
        changedSlots.clear();
    }

    public Optional<PlannedPost> post(String postId) {
        return Optional.ofNullable(posts.get(postId));
    }

    public int postCount() {
        return posts.size();
    }

    /**
     * The occurrence a slot-linked post sits on; empty for a post that is "off-slot" because its slot
     * changed or went away since it was placed, and for posts in no slot.
     */
    public Optional<Occurrence> occurrenceOf(String postId) {
        PlannedPost p = posts.get(postId);
        Long day = filedDay.get(postId);
        if (p == null || day == null) {
            return Optional.empty();
        }
        return Optional.of(slots.get(p.slotId()).occurrenceOn(day));
    }

    /** Whether a post placed in its slot no longer sits on one of the slot's occurrences. */
    public boolean isOffSlot(String postId) {
        PlannedPost p = posts.get(postId);
        return p != null && p.slotId() != null && p.holdsLane() && !filedDay.containsKey(postId);
    }

    /** Whether a lane is free: no post given a time holds it. */
    public boolean isFree(String slotId, Occurrence occurrence, Destination destination) {
        OccurrenceSchedule s = slots.get(slotId);
        if (s == null) {
            throw new IllegalArgumentException("unknown slot " + slotId);
        }
        Destination lane = s.slot().hasTargets() ? destination : null;
        return !occupancy.isOccupied(s.slot(), occurrence, lane);
    }

    /** The posts linked to an occurrence (on it, holding lanes). */
    public List<PlannedPost> postsOn(Occurrence occurrence) {
        return occupancy.linkedTo(occurrence.slotId(), occurrence.date().toEpochDay());
    }

    // ---- next free ----

    /** The earliest free eligible occurrence strictly after now, within two years (SPEC §5). */
    public NextFree nextFree(SlotQuery query, SlotTimes times) {
        Instant now = clock.instant();
        Instant horizon = now.atOffset(ZoneOffset.UTC).plusYears(HORIZON_YEARS).toInstant();
        Candidates c = candidatesFor(query);
        if (!c.configured) {
            return new NextFree.NoSlotsConfigured();
        }
        LaneCursor best = null;
        Occurrence bestOccurrence = null;
        for (LaneCursor cursor : c.lanes) {
            Occurrence o = cursor.firstFree(now, horizon, occupancy);
            if (o != null && (bestOccurrence == null || isEarlier(o, bestOccurrence))) {
                best = cursor;
                bestOccurrence = o;
            }
        }
        if (best == null) {
            return new NextFree.NoAvailableSlot();
        }
        return new NextFree.Found(new Placement(bestOccurrence.slotId(), bestOccurrence,
                timeInside(bestOccurrence, times)));
    }

    /**
     * Places drafts in request order, each in its next free slot; earlier successes take their lanes
     * before later posts look. Failed items change nothing. The plan keeps the successful placements;
     * the caller that cannot commit them calls {@link #put} with the old posts to undo.
     */
    public List<Assignment> assignNext(List<String> postIds, String ownerId, SlotTimes times) {
        List<Assignment> results = new ArrayList<>(postIds.size());
        for (String id : postIds) {
            results.add(assignOne(id, ownerId, times));
        }
        return results;
    }

    private Assignment assignOne(String postId, String ownerId, SlotTimes times) {
        PlannedPost post = posts.get(postId);
        if (post == null) {
            return Assignment.failure(postId, Assignment.POST_NOT_FOUND);
        }
        if (!Objects.equals(post.ownerId(), ownerId)) {
            return Assignment.failure(postId, Assignment.ACCESS_DENIED);
        }
        if (post.status() == PostStatus.SCHEDULED) {
            return Assignment.failure(postId, Assignment.ALREADY_SCHEDULED);
        }
        if (post.status() != PostStatus.DRAFT) {
            return Assignment.failure(postId, Assignment.ONLY_DRAFTS);
        }
        if (post.destination() == null || post.platform() == null) {
            return Assignment.failure(postId, Assignment.NEEDS_ACCOUNT);
        }
        NextFree next = nextFree(SlotQuery.forPost(post), times);
        if (!(next instanceof NextFree.Found found)) {
            return Assignment.failure(postId, Assignment.NO_AVAILABLE_SLOT);
        }
        PlannedPost placed = post.placedAt(found.placement());
        put(placed);
        return Assignment.success(placed, found.placement());
    }

    private Instant timeInside(Occurrence o, SlotTimes times) {
        if (times == SlotTimes.EXACT || o.isPoint()) {
            return o.start();
        }
        long millis = o.end().toEpochMilli() - o.start().toEpochMilli();
        return millis <= 0 ? o.start() : o.start().plusMillis(random.nextLong(millis));
    }

    private static boolean isEarlier(Occurrence a, Occurrence b) {
        int byStart = a.start().compareTo(b.start());
        return byStart < 0 || (byStart == 0 && a.slotId().compareTo(b.slotId()) < 0);
    }

    // ---- internals ----

    /** Files a post under the occurrence it sits on, or under its instant when placed by hand. */
    private void file(PlannedPost post) {
        if (post == null || !post.holdsLane()) {
            return;
        }
        if (post.slotId() == null) {
            occupancy.addUnlinked(post);
            for (LaneCursor c : cursorsOfPointSlotsAt(post.scheduledAt())) {
                c.occupiedAt(post.scheduledAt(), occupancy);
            }
            return;
        }
        OccurrenceSchedule schedule = slots.get(post.slotId());
        if (schedule == null) {
            return;
        }
        Occurrence o = schedule.containingOrNull(post.scheduledAt());
        if (o == null) {
            return;
        }
        long day = o.date().toEpochDay();
        occupancy.addLinked(post.slotId(), day, post);
        filedDay.put(post.id(), day);
        for (LaneCursor c : cursorsTouching(post.slotId(), post.destination())) {
            c.occupied(day, occupancy);
        }
    }

    /** The lane cursors of point slots whose wall-clock start matches {@code t} in their own zone. */
    private List<LaneCursor> cursorsOfPointSlotsAt(Instant t) {
        if (pointSlotsByTime == null) {
            pointSlotsByTime = new HashMap<>();
            for (OccurrenceSchedule s : slots.values()) {
                if (s.slot().isPoint()) {
                    pointSlotsByTime.computeIfAbsent(s.slot().zone(), z -> new HashMap<>())
                            .computeIfAbsent(s.slot().startTime(), x -> new ArrayList<>()).add(s.slot().id());
                }
            }
        }
        List<LaneCursor> out = new ArrayList<>();
        for (Map.Entry<java.time.ZoneId, Map<java.time.LocalTime, List<String>>> byZone : pointSlotsByTime.entrySet()) {
            java.time.LocalTime local = java.time.LocalTime.ofInstant(t, byZone.getKey());
            // A start moved by a DST gap lands an hour or so later than its wall time: look there too.
            for (Map.Entry<java.time.LocalTime, List<String>> e : byZone.getValue().entrySet()) {
                if (e.getKey().equals(local)
                        || !byZone.getKey().getRules().isFixedOffset() && isGapShifted(e.getKey(), t, byZone.getKey())) {
                    for (String slotId : e.getValue()) {
                        out.addAll(cursorsTouching(slotId, null));
                        Map<Destination, LaneCursor> byDest = destinationCursors.get(slotId);
                        if (byDest != null) {
                            out.addAll(byDest.values());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a wall time, on the local date of {@code t}, falls in a gap that moves it to {@code t}. */
    private static boolean isGapShifted(java.time.LocalTime wall, Instant t, java.time.ZoneId zone) {
        java.time.LocalDateTime ldt = java.time.LocalDate.ofInstant(t, zone).atTime(wall);
        return zone.getRules().getValidOffsets(ldt).isEmpty();
    }

    private List<LaneCursor> cursorsTouching(String slotId, Destination destination) {
        List<LaneCursor> out = new ArrayList<>(2);
        LaneCursor whole = wholeCursors.get(slotId);
        if (whole != null) {
            out.add(whole);
        }
        Map<Destination, LaneCursor> byDest = destinationCursors.get(slotId);
        if (byDest != null && destination != null) {
            LaneCursor c = byDest.get(destination);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Candidates candidatesFor(SlotQuery query) {
        Candidates c = candidates.get(query);
        if (c != null) {
            return c;
        }
        if (candidates.size() >= MAX_CACHED_QUERIES) {
            candidates.clear();
        }
        boolean configured = false;
        List<LaneCursor> lanes = new ArrayList<>();
        for (OccurrenceSchedule s : slots.values()) {
            Slot slot = s.slot();
            if (!Eligibility.isConfiguredFor(slot, query)) {
                continue;
            }
            configured = true;
            if (slot.active()) {
                lanes.add(cursorFor(s, query.destination()));
            }
        }
        c = new Candidates(configured, lanes.toArray(new LaneCursor[0]));
        candidates.put(query, c);
        return c;
    }

    private LaneCursor cursorFor(OccurrenceSchedule s, Destination destination) {
        if (!s.slot().hasTargets() || destination == null) {
            return wholeCursors.computeIfAbsent(s.slot().id(), k -> new LaneCursor(s, null));
        }
        return destinationCursors.computeIfAbsent(s.slot().id(), k -> new HashMap<>())
                .computeIfAbsent(destination, d -> new LaneCursor(s, d));
    }

    private record Candidates(boolean configured, LaneCursor[] lanes) {
    }
}
