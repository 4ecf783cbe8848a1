package io.slotwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Property-based tests of the next-free-slot engine ({@link Plan}) against the brute-force oracle
 * ({@link NaivePlan}) on small random plans (SPEC §2–§5).
 *
 * <p>Plans are generated from raw "specs" (small enums and ints) that are turned into slots and posts
 * deterministically, so jqwik shrinks the specs and the failure report prints the materialised plan.
 */
class PlanProperties {

    // ---------------------------------------------------------------- the world

    /** The usual "now", and two more next to DST transitions (NY spring forward, Berlin/NY fall back). */
    static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    static final Instant NOW_BEFORE_NY_GAP = Instant.parse("2026-03-07T12:00:00Z");
    static final Instant NOW_BEFORE_FALL_BACK = Instant.parse("2026-10-24T23:30:00Z");

    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney");
    static final List<Platform> PLATFORMS = List.of(Platform.TWITTER, Platform.LINKEDIN, Platform.FACEBOOK);
    static final List<String> ACCOUNTS = List.of("acc1", "acc2", "acc3");
    static final List<String> GROUPS = List.of(Slot.DEFAULT_GROUP, "g1", "g2");
    static final List<String> LABELS = List.of("a", "b", "c");
    static final String OWNER = "o1";
    static final String OTHER_OWNER = "o2";
    /** A slot id that no generated slot has, but that ADD_SLOT may add later. */
    static final String LATE_SLOT = "x0";

    // ---------------------------------------------------------------- raw specs

    record TargetSpec(Platform platform, String accountId) {
    }

    record SlotSpec(Interval interval, int every, DayOfWeek weekDay, int startMinute, int lengthMinutes,
                    String zone, List<TargetSpec> targets, Set<String> labels, boolean active, int anchorOffset,
                    Integer startDateOffset, List<Integer> excludePicks, String group) {

        Slot build(String id, Instant now) {
            LocalDate anchor = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(anchorOffset);
            LocalTime start = LocalTime.of(startMinute / 60, startMinute % 60);
            Slot.Builder b = Slot.builder(id).group(group)
                    .recurrence(new Recurrence(interval, every, weekDay))
                    .zone(zone)
                    .targets(targets.stream().map(t -> new Target(t.platform(), t.accountId(), null)).distinct()
                            .toList())
                    .labels(labels)
                    .active(true)
                    .anchorDate(anchor)
                    .startDate(startDateOffset == null ? null : anchor.plusDays(startDateOffset));
            int endMinute = Math.min(startMinute + lengthMinutes, 23 * 60 + 59);
            if (lengthMinutes > 0 && endMinute > startMinute) {
                b.window(start, LocalTime.of(endMinute / 60, endMinute % 60));
            } else {
                b.at(start);
            }
            if (!excludePicks.isEmpty()) {
                List<Occurrence> near = occurrences(b.build(), now.minus(Duration.ofDays(7)),
                        now.plus(Duration.ofDays(120)), 40);
                if (!near.isEmpty()) {
                    Set<LocalDate> ex = new TreeSet<>();
                    excludePicks.forEach(k -> ex.add(near.get(k % near.size()).date()));
                    b.excludeDates(ex);
                }
            }
            return b.active(active).build();
        }
    }

    enum PostKind { LINKED, HAND, DRAFT, PUBLISHED, FAILED, OFF_SLOT, STRAY }

    /** pick fields are reduced modulo whatever they pick from; account -1 = none. */
    record PostSpec(PostKind kind, boolean pending, int slotPick, int occPick, int within, int targetPick,
                    int platformPick, int accountPick, boolean matchTarget, Set<String> labels,
                    boolean otherOwner) {

        /** The post, or null when the spec cannot be realised in this plan. */
        PlannedPost build(String id, Instant now, List<Slot> slots) {
            String owner = otherOwner ? OTHER_OWNER : OWNER;
            Platform platform = platformPick == 3 ? null : PLATFORMS.get(platformPick);
            String account = accountPick < 0 ? null : ACCOUNTS.get(accountPick);
            if (kind == PostKind.DRAFT || slots.isEmpty()) {
                Set<String> draftLabels = labels;
                if (matchTarget && !slots.isEmpty() && account != null) {
                    // a draft written for one of the slots: its target's platform/account, one of its labels
                    Slot slot = slots.get(slotPick % slots.size());
                    if (slot.hasTargets()) {
                        Target t = slot.targets().get(targetPick % slot.targets().size());
                        platform = t.platform();
                        account = t.accountId() != null ? t.accountId() : account;
                    }
                    List<String> slotLabels = new ArrayList<>(new TreeSet<>(slot.labelIds()));
                    draftLabels = slotLabels.isEmpty() ? Set.of() : Set.of(slotLabels.get(occPick % slotLabels.size()));
                }
                if (platform == null && account != null) {
                    platform = PLATFORMS.get(accountPick);
                }
                return PlannedPost.draft(id, owner, platform,
                        account == null ? null : Destination.of(account, null), draftLabels);
            }
            if (platform == null) {
                platform = PLATFORMS.get(targetPick % PLATFORMS.size());
            }
            if (account == null) {
                account = ACCOUNTS.get(targetPick % ACCOUNTS.size());
            }
            PostStatus status = switch (kind) {
                case PUBLISHED -> PostStatus.PUBLISHED;
                case FAILED -> PostStatus.FAILED;
                default -> pending ? PostStatus.PENDING_APPROVAL : PostStatus.SCHEDULED;
            };
            if (kind == PostKind.STRAY) {
                Instant t = now.plus(Duration.ofMinutes(occPick * 97L + within * 13L - 600));
                return new PlannedPost(id, owner, status, platform, Destination.of(account, null), labels, t, null);
            }
            List<Slot> pool = kind == PostKind.HAND ? slots.stream().filter(Slot::isPoint).toList() : slots;
            if (pool.isEmpty()) {
                return null;
            }
            Slot slot = pool.get(slotPick % pool.size());
            List<Occurrence> occs = occurrences(slot.toBuilder().active(true).build(),
                    now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(120)), 16);
            if (occs.isEmpty()) {
                return null;
            }
            Occurrence o = occs.get(occPick % occs.size());
            if (matchTarget && slot.hasTargets()) {
                Target t = slot.targets().get(targetPick % slot.targets().size());
                platform = t.platform();
                if (t.accountId() != null) {
                    account = t.accountId();
                }
            }
            Destination dest = Destination.of(account, null);
            return switch (kind) {
                case HAND -> new PlannedPost(id, owner, status, platform, dest, labels, o.start(), null);
                case OFF_SLOT -> {
                    // Either "linked" to a slot that does not exist (yet), or linked at a time off its slot.
                    if (within % 2 == 0) {
                        yield new PlannedPost(id, owner, status, platform, dest, labels,
                                timeWithin(o, within / 2), LATE_SLOT);
                    }
                    Instant t = o.start().minus(Duration.ofMinutes(7));
                    if (containing(slot, t).isPresent()) {
                        yield null;
                    }
                    yield new PlannedPost(id, owner, status, platform, dest, labels, t, slot.id());
                }
                default -> {
                    if (kind != PostKind.LINKED && within % 3 == 2) {
                        // published/failed "by hand" at a point slot's start: still holds nothing
                        yield new PlannedPost(id, owner, status, platform, dest, labels, o.start(), null);
                    }
                    yield new PlannedPost(id, owner, status, platform, dest, labels, timeWithin(o, within),
                            slot.id());
                }
            };
        }
    }

    static Instant timeWithin(Occurrence o, int within) {
        if (o.isPoint()) {
            return o.start();
        }
        long len = Duration.between(o.start(), o.end()).toMillis();
        return switch (within % 4) {
            case 0 -> o.start();
            case 1 -> o.start().plusMillis(len / 2);
            case 2 -> o.end(); // [start, end] is inclusive for occupancy (SPEC §4)
            default -> o.start().plusSeconds(1);
        };
    }

    /** A query; with fromSlot >= 0 it is aimed at that slot's targets, labels and group. */
    record QuerySpec(int platform, int account, Set<String> labels, int group, int fromSlot) {
        SlotQuery query(List<Slot> slots) {
            Platform p = platform == 3 ? Platform.INSTAGRAM : PLATFORMS.get(platform);
            Destination d = account < 0 ? null : Destination.of(ACCOUNTS.get(account), null);
            Set<String> l = labels;
            String g = group < 0 ? null : group == 3 ? "nope" : GROUPS.get(group);
            if (fromSlot >= 0 && !slots.isEmpty()) {
                Slot s = slots.get(fromSlot % slots.size());
                if (s.hasTargets()) {
                    Target t = s.targets().get((fromSlot / 16) % s.targets().size());
                    p = t.platform();
                    if (t.accountId() != null && d != null) {
                        d = Destination.of(t.accountId(), null);
                    }
                }
                List<String> slotLabels = new ArrayList<>(new TreeSet<>(s.labelIds()));
                l = slotLabels.isEmpty() ? Set.of() : Set.of(slotLabels.get(fromSlot % slotLabels.size()));
                if (g != null) {
                    g = s.group();
                }
            }
            return new SlotQuery(p, d, l, g);
        }
    }

    enum OpKind { ASSIGN, PLACE, PLACE_NEW, REMOVE, ADD_SLOT, QUERY, ADVANCE, JUMP, HAND, UNSCHEDULE, REPLACE_SLOT,
        REMOVE_SLOT, FILL }

    record Op(OpKind kind, int a, int b, List<Integer> picks, SlotSpec slot) {
        @Override
        public String toString() {
            return kind + "(" + a + "," + b + "," + picks + (slot == null ? "" : "," + slot) + ")";
        }
    }

    // ---------------------------------------------------------------- the scenario

    /** One generated plan: a fixed now, the slots, and the posts already in the plan (conflict-free). */
    record Scenario(Instant now, List<Slot> slots, List<PlannedPost> posts) {

        static Scenario of(Instant now, List<SlotSpec> slotSpecs, List<PostSpec> postSpecs) {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < slotSpecs.size(); i++) {
                slots.add(slotSpecs.get(i).build(String.format("s%02d", i), now));
            }
            List<PlannedPost> posts = new ArrayList<>();
            Map<LaneKey, String> held = new HashMap<>();
            for (int i = 0; i < postSpecs.size(); i++) {
                PlannedPost p = postSpecs.get(i).build(String.format("p%02d", i), now, slots);
                if (p == null) {
                    continue;
                }
                List<LaneKey> keys = lanesHeld(p, slots);
                if (keys.stream().anyMatch(held::containsKey)) {
                    continue; // generated plans hold no double-booked lane
                }
                keys.forEach(k -> held.put(k, p.id()));
                posts.add(p);
            }
            return new Scenario(now, List.copyOf(slots), List.copyOf(posts));
        }

        Plan plan() {
            return plan(Clock.fixed(now, ZoneOffset.UTC), new SplittableRandom(11));
        }

        /**
         * The plan, slots inserted in reverse id order: ties on start time must break by slot id, not by
         * insertion order.
         */
        Plan plan(Clock clock, RandomGenerator random) {
            List<Slot> reversed = new ArrayList<>(slots);
            Collections.reverse(reversed);
            return Plan.of(reversed, posts, clock, random);
        }

        NaivePlan naive() {
            return new NaivePlan(slots, posts, now);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("\n  now=").append(now);
            slots.forEach(s -> sb.append("\n  ").append(fmt(s)));
            posts.forEach(p -> sb.append("\n  ").append(fmt(p)));
            return sb.append('\n').toString();
        }
    }

    static String fmt(Slot s) {
        Recurrence r = s.recurrence();
        return s.id() + " " + r.interval().id() + "/" + r.repeatEvery()
                + (r.interval() == Interval.DAILY ? "" : " " + r.weekDay())
                + " " + s.startTime() + (s.isPoint() ? "" : "-" + s.endTime()) + " " + s.zone()
                + " targets=" + s.targets().stream().map(t -> t.platform().id() + ":" + t.accountId()).toList()
                + (s.labelIds().isEmpty() ? "" : " labels=" + new TreeSet<>(s.labelIds()))
                + (s.group().equals(Slot.DEFAULT_GROUP) ? "" : " group=" + s.group())
                + (s.active() ? "" : " INACTIVE") + " anchor=" + s.anchorDate()
                + (s.startDate() == null ? "" : " startDate=" + s.startDate())
                + (s.excludeDates().isEmpty() ? "" : " exclude=" + new TreeSet<>(s.excludeDates()));
    }

    static String fmt(PlannedPost p) {
        return p.id() + " " + p.status() + " owner=" + p.ownerId() + " " + (p.platform() == null ? "-" : p.platform().id())
                + ":" + (p.destination() == null ? "-" : p.destination().accountId())
                + (p.labelIds().isEmpty() ? "" : " labels=" + new TreeSet<>(p.labelIds()))
                + (p.scheduledAt() == null ? "" : " at=" + p.scheduledAt())
                + (p.slotId() == null ? "" : " slot=" + p.slotId());
    }

    // ---------------------------------------------------------------- independent helpers

    /** A lane of an occurrence as SPEC §4 defines it; a null destination is a target-less slot's one lane. */
    record LaneKey(String slotId, Instant occurrenceStart, Destination destination) {
    }

    /** Occurrences starting in (from, to], walking dates through {@link OccurrenceSchedule#on}. */
    static List<Occurrence> occurrences(Slot slot, Instant from, Instant to, int max) {
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        List<Occurrence> out = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, slot.zone()).plusDays(1);
        for (LocalDate d = LocalDate.ofInstant(from, slot.zone()).minusDays(1); !d.isAfter(last) && out.size() < max;
             d = d.plusDays(1)) {
            schedule.on(d).filter(o -> o.start().isAfter(from) && !o.start().isAfter(to)).ifPresent(out::add);
        }
        return out;
    }

    /** The occurrence of a slot whose [start, end] holds t (looked up by date, as the oracle does). */
    static Optional<Occurrence> containing(Slot slot, Instant t) {
        OccurrenceSchedule schedule = OccurrenceSchedule.of(slot);
        LocalDate d = LocalDate.ofInstant(t, slot.zone());
        for (LocalDate day : List.of(d, d.minusDays(1))) {
            Optional<Occurrence> o = schedule.on(day).filter(x -> x.contains(t));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** The lanes a post holds among these slots (SPEC §4), computed from scratch. */
    static List<LaneKey> lanesHeld(PlannedPost p, List<Slot> slots) {
        if (!p.holdsLane()) {
            return List.of();
        }
        List<LaneKey> out = new ArrayList<>();
        for (Slot s : slots) {
            Destination lane = s.hasTargets() ? p.destination() : null;
            if (p.slotId() != null) {
                if (p.slotId().equals(s.id())) {
                    containing(s, p.scheduledAt()).ifPresent(o -> out.add(new LaneKey(s.id(), o.start(), lane)));
                }
            } else if (s.isPoint()) {
                containing(s, p.scheduledAt())
                        .filter(o -> o.start().equals(p.scheduledAt()))
                        .filter(o -> Eligibility.targets(s, p.platform(), p.destination()))
                        .ifPresent(o -> out.add(new LaneKey(s.id(), o.start(), lane)));
            }
        }
        return out;
    }

    static void assertSameFound(NextFree expected, NextFree actual, boolean exact, String context) {
        if (exact) {
            assertThat(actual).as(context).isEqualTo(expected);
            return;
        }
        assertThat(actual.getClass()).as(context).isEqualTo(expected.getClass());
        if (expected instanceof NextFree.Found e) {
            Placement a = ((NextFree.Found) actual).placement();
            assertThat(a.occurrence()).as(context).isEqualTo(e.placement().occurrence());
            assertInside(a, context);
        }
    }

    /** Random times: in [start, end) for a window, the start itself for a point slot. */
    static void assertInside(Placement p, String context) {
        Occurrence o = p.occurrence();
        if (o.isPoint()) {
            assertThat(p.scheduledAt()).as(context).isEqualTo(o.start());
        } else {
            assertThat(p.scheduledAt()).as(context).isAfterOrEqualTo(o.start()).isBefore(o.end());
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Instant> now = Arbitraries.frequency(
                Tuple.of(8, NOW), Tuple.of(1, NOW_BEFORE_NY_GAP), Tuple.of(1, NOW_BEFORE_FALL_BACK));
        return Combinators.combine(now,
                        listOf(slotSpecs(), 1, 12),
                        listOf(postSpecs(), 0, 40))
                .as(Scenario::of);
    }

    /** Few slots, many drafts: drafts compete for the same lanes. */
    @Provide
    Arbitrary<Scenario> crowdedScenarios() {
        return Arbitraries.oneOf(scenarios(),
                Combinators.combine(Arbitraries.just(NOW), slotSpecs().list().ofMinSize(1).ofMaxSize(3),
                        postSpecs().list().ofMinSize(15).ofMaxSize(40)).as(Scenario::of));
    }

    /** A list whose size is uniform in [min, max] (jqwik's own size choice favours short lists). */
    static <T> Arbitrary<List<T>> listOf(Arbitrary<T> element, int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform())
                .flatMap(n -> element.list().ofSize(n));
    }

    Arbitrary<SlotSpec> slotSpecs() {
        // a few popular times (ties across slots and zones; 02:xx falls in DST gaps and overlaps), else any quarter hour
        Arbitrary<Integer> startMinute = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(0, 60, 120, 150, 165, 180, 360, 540, 600, 660, 1410)),
                Tuple.of(5, Arbitraries.integers().between(0, 95).map(q -> q * 15)));
        Arbitrary<Integer> length = Arbitraries.frequency(
                Tuple.of(45, 0), Tuple.of(10, 15), Tuple.of(15, 30), Tuple.of(15, 60), Tuple.of(10, 90),
                Tuple.of(5, 180));
        Arbitrary<List<TargetSpec>> targets = Arbitraries.frequencyOf(
                Tuple.of(35, Arbitraries.just(List.<TargetSpec>of())),
                Tuple.of(65, Combinators.combine(Arbitraries.of(PLATFORMS),
                                Arbitraries.of(ACCOUNTS).injectNull(0.4))
                        .as(TargetSpec::new).list().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<Set<String>> labels = labelSets(60);
        Arbitrary<Integer> every = Arbitraries.frequency(Tuple.of(60, 1), Tuple.of(25, 2), Tuple.of(15, 3));
        Arbitrary<Boolean> active = Arbitraries.frequency(Tuple.of(85, true), Tuple.of(15, false));
        Arbitrary<Integer> anchor = Arbitraries.integers().between(-60, 60);
        Arbitrary<Integer> startDate = Arbitraries.integers().between(-20, 40).injectNull(0.7);
        Arbitrary<List<Integer>> excludes = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(List.<Integer>of())),
                Tuple.of(4, Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<String> group = Arbitraries.frequency(Tuple.of(60, GROUPS.get(0)), Tuple.of(25, GROUPS.get(1)),
                Tuple.of(15, GROUPS.get(2)));
        Arbitrary<SlotSpecHead> head = Combinators.combine(Arbitraries.of(Interval.values()), every,
                Arbitraries.of(DayOfWeek.values()), startMinute, length, Arbitraries.of(ZONES), targets, labels)
                .as(SlotSpecHead::new);
        return Combinators.combine(head, active, anchor, startDate, excludes, group)
                .as((h, act, anc, sd, ex, g) -> new SlotSpec(h.interval, h.every, h.weekDay, h.startMinute,
                        h.length, h.zone, h.targets, h.labels, act, anc, sd, ex, g));
    }

    private record SlotSpecHead(Interval interval, int every, DayOfWeek weekDay, int startMinute, int length,
                                String zone, List<TargetSpec> targets, Set<String> labels) {
    }

    Arbitrary<Set<String>> labelSets(int percentEmpty) {
        return Arbitraries.frequencyOf(
                Tuple.of(percentEmpty, Arbitraries.just(Set.<String>of())),
                Tuple.of(100 - percentEmpty, Arbitraries.subsetOf(LABELS).ofMinSize(1)));
    }

    Arbitrary<PostSpec> postSpecs() {
        Arbitrary<PostKind> kind = Arbitraries.frequency(
                Tuple.of(30, PostKind.LINKED), Tuple.of(12, PostKind.HAND), Tuple.of(35, PostKind.DRAFT),
                Tuple.of(6, PostKind.PUBLISHED), Tuple.of(6, PostKind.FAILED), Tuple.of(6, PostKind.OFF_SLOT),
                Tuple.of(5, PostKind.STRAY));
        Arbitrary<Integer> occPick = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.integers().between(0, 3)),
                Tuple.of(3, Arbitraries.integers().between(0, 15)));
        Arbitrary<PostSpecHead> head = Combinators.combine(kind, Arbitraries.of(false, false, true),
                Arbitraries.integers().between(0, 11), occPick, Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(-1, 2)).as(PostSpecHead::new);
        return Combinators.combine(head, Arbitraries.frequency(Tuple.of(8, true), Tuple.of(2, false)),
                        labelSets(55), Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
                .as((h, match, labels, other) -> new PostSpec(h.kind, h.pending, h.slotPick, h.occPick, h.within,
                        h.targetPick, h.platformPick, h.accountPick, match, labels, other));
    }

    private record PostSpecHead(PostKind kind, boolean pending, int slotPick, int occPick, int within,
                                int targetPick, int platformPick, int accountPick) {
    }

    @Provide
    Arbitrary<List<QuerySpec>> queries() {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(9, 1), Tuple.of(9, 2), Tuple.of(2, 3)),
                        Arbitraries.integers().between(-1, 2), labelSets(60),
                        Arbitraries.frequency(Tuple.of(14, -1), Tuple.of(2, 0), Tuple.of(2, 1), Tuple.of(1, 2),
                                Tuple.of(1, 3)),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(-1)),
                                Tuple.of(6, Arbitraries.integers().between(0, 99))))
                .as(QuerySpec::new).list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * Batch request picks: values below 35 pick a draft, 35..59 any post, the rest name posts that do not
     * exist.
     */
    @Provide
    Arbitrary<List<Integer>> batches() {
        return Arbitraries.frequencyOf(
                        Tuple.of(9, Arbitraries.integers().between(0, 59)),
                        Tuple.of(1, Arbitraries.integers().between(60, 70)))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    Arbitrary<Op> op(OpKind kind) {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 999);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 70).list().ofMinSize(1).ofMaxSize(8);
        if (kind == OpKind.ADD_SLOT || kind == OpKind.REPLACE_SLOT) {
            return Combinators.combine(n, n, picks, slotSpecs()).as((a, b, p, s) -> new Op(kind, a, b, p, s));
        }
        return Combinators.combine(n, n, picks).as((a, b, p) -> new Op(kind, a, b, p, null));
    }

    @Provide
    Arbitrary<List<Op>> laneOps() {
        return Arbitraries.frequencyOf(
                Tuple.of(25, op(OpKind.ASSIGN)), Tuple.of(20, op(OpKind.PLACE)), Tuple.of(15, op(OpKind.PLACE_NEW)),
                Tuple.of(20, op(OpKind.REMOVE)), Tuple.of(8, op(OpKind.ADD_SLOT)), Tuple.of(12, op(OpKind.QUERY))
        ).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Op>> clockOps() {
        return Arbitraries.frequencyOf(
                Tuple.of(15, op(OpKind.ADVANCE)), Tuple.of(8, op(OpKind.JUMP)), Tuple.of(25, op(OpKind.QUERY)),
                Tuple.of(12, op(OpKind.PLACE)), Tuple.of(6, op(OpKind.PLACE_NEW)), Tuple.of(10, op(OpKind.REMOVE)),
                Tuple.of(8, op(OpKind.HAND)), Tuple.of(6, op(OpKind.UNSCHEDULE)), Tuple.of(6, op(OpKind.ASSIGN)),
                Tuple.of(2, op(OpKind.ADD_SLOT)), Tuple.of(2, op(OpKind.REPLACE_SLOT)),
                Tuple.of(2, op(OpKind.REMOVE_SLOT)), Tuple.of(4, op(OpKind.FILL))
        ).list().ofMinSize(1).ofMaxSize(30);
    }

    // ---------------------------------------------------------------- 1. nextFree equals the oracle

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void nextFreeEqualsTheOracle(@ForAll("scenarios") Scenario sc, @ForAll("queries") List<QuerySpec> queries) {
        Plan plan = sc.plan();
        NaivePlan naive = sc.naive();
        for (QuerySpec qs : queries) {
            SlotQuery q = qs.query(sc.slots());
            assertThat(plan.nextFree(q, SlotTimes.EXACT)).as("nextFree(%s)", q).isEqualTo(naive.nextFree(q));
        }
        // the same questions again, now answered from warm caches
        for (QuerySpec qs : queries) {
            SlotQuery q = qs.query(sc.slots());
            assertThat(plan.nextFree(q, SlotTimes.EXACT)).as("again nextFree(%s)", q).isEqualTo(naive.nextFree(q));
        }
        // and the drafts' own questions
        for (PlannedPost p : sc.posts()) {
            if (p.platform() != null) {
                SlotQuery q = SlotQuery.forPost(p);
                assertThat(plan.nextFree(q, SlotTimes.EXACT)).as("nextFree(%s)", q).isEqualTo(naive.nextFree(q));
            }
        }
    }

    // ---------------------------------------------------------------- the driver for operation sequences

    /** A mutable clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Applies operations to a plan while keeping its own copy of the slots and posts, so that the oracle
     * can be rebuilt from scratch at any instant.
     */
    static final class Driver {
        final MutableClock clock;
        final Plan plan;
        final List<Slot> slots;
        final Map<String, PlannedPost> posts = new LinkedHashMap<>();
        final Set<String> enginePlaced = new LinkedHashSet<>();
        final List<String> log = new ArrayList<>();
        final boolean checkOracle;
        final List<SlotQuery> pool;
        Occurrence lastFound;
        int fresh;
        int nextSlot;

        Driver(Scenario sc, boolean checkOracle, List<SlotQuery> pool) {
            this.clock = new MutableClock(sc.now());
            this.plan = sc.plan(clock, new SplittableRandom(3));
            this.slots = new ArrayList<>(sc.slots());
            sc.posts().forEach(p -> posts.put(p.id(), p));
            this.checkOracle = checkOracle;
            this.pool = pool;
        }

        Instant now() {
            return clock.instant();
        }

        NaivePlan naive() {
            return new NaivePlan(slots, new ArrayList<>(posts.values()), now());
        }

        String context() {
            return "at " + now() + " after " + String.join("; ", log);
        }

        List<String> sortedIds() {
            return posts.keySet().stream().sorted().toList();
        }

        List<PlannedPost> drafts() {
            return posts.values().stream()
                    .filter(p -> p.status() == PostStatus.DRAFT && p.destination() != null && p.ownerId().equals(OWNER))
                    .sorted(Comparator.comparing(PlannedPost::id)).toList();
        }

        PlannedPost freshDraft(int a, int b) {
            Set<String> labels = (a / 3) % 2 == 0 ? Set.of()
                    : LABELS.stream().filter(l -> ((b / 3) % 7 + 1 & (1 << LABELS.indexOf(l))) != 0)
                    .collect(Collectors.toSet());
            PlannedPost p = PlannedPost.draft("n" + fresh++, OWNER, PLATFORMS.get(a % 3),
                    Destination.of(ACCOUNTS.get(b % 3), null), labels);
            put(p);
            return p;
        }

        void put(PlannedPost p) {
            plan.put(p);
            posts.put(p.id(), p);
        }

        NextFree nextFree(SlotQuery q, SlotTimes times) {
            NextFree r = plan.nextFree(q, times);
            if (checkOracle) {
                assertSameFound(naive().nextFree(q), r, times == SlotTimes.EXACT, "nextFree(" + q + ") " + context());
            }
            if (r instanceof NextFree.Found f) {
                lastFound = f.placement().occurrence();
                if (times == SlotTimes.RANDOM) {
                    assertInside(f.placement(), context());
                }
            }
            return r;
        }

        void place(PlannedPost draft, int b) {
            String group = b % 4 == 0 ? GROUPS.get((b / 4) % 3) : null;
            SlotTimes times = (b / 16) % 2 == 0 ? SlotTimes.EXACT : SlotTimes.RANDOM;
            if (nextFree(SlotQuery.forPost(draft, group), times) instanceof NextFree.Found f) {
                put(draft.placedAt(f.placement()));
                enginePlaced.add(draft.id());
            }
        }

        void apply(Op op) {
            log.add(op.toString());
            switch (op.kind()) {
                case ASSIGN -> {
                    List<String> request = request(posts.values(), op.picks());
                    String owner = op.a() % 10 == 0 ? OTHER_OWNER : OWNER;
                    List<Assignment> expected = checkOracle ? naive().assignNext(request, owner) : null;
                    List<Assignment> results = plan.assignNext(request, owner, SlotTimes.EXACT);
                    if (checkOracle) {
                        assertThat(results).as("assignNext(%s) %s", request, context()).isEqualTo(expected);
                    }
                    for (Assignment a : results) {
                        if (a.success()) {
                            posts.put(a.postId(), a.post());
                            enginePlaced.add(a.postId());
                            lastFound = a.placement().occurrence();
                        }
                    }
                }
                case PLACE -> {
                    List<PlannedPost> drafts = drafts();
                    place(drafts.isEmpty() ? freshDraft(op.a(), op.b()) : drafts.get(op.a() % drafts.size()), op.b());
                }
                case PLACE_NEW -> place(freshDraft(op.a(), op.b()), op.b());
                case FILL -> {
                    // book one lane of the pool's queries until nothing is free within the horizon
                    SlotQuery q = pool.get(op.a() % pool.size());
                    Destination dest = q.destination() != null ? q.destination() : Destination.of(ACCOUNTS.get(0), null);
                    for (int i = 0; i < 14; i++) {
                        PlannedPost draft = PlannedPost.draft("n" + fresh++, OWNER, q.platform(), dest, q.labelIds());
                        put(draft);
                        if (!(nextFree(SlotQuery.forPost(draft, q.group()), SlotTimes.EXACT) instanceof NextFree.Found f)) {
                            break;
                        }
                        put(draft.placedAt(f.placement()));
                        enginePlaced.add(draft.id());
                    }
                }
                case REMOVE -> {
                    // half the time a post that holds a lane: freeing lanes is what caches get wrong
                    List<String> ids = op.b() % 2 == 0 ? sortedIds()
                            : posts.values().stream().filter(PlannedPost::holdsLane).map(PlannedPost::id).sorted()
                            .toList();
                    if (!ids.isEmpty()) {
                        String id = ids.get(op.a() % ids.size());
                        plan.remove(id);
                        posts.remove(id);
                        enginePlaced.remove(id);
                    }
                }
                case UNSCHEDULE -> {
                    List<PlannedPost> held = posts.values().stream().filter(PlannedPost::holdsLane)
                            .sorted(Comparator.comparing(PlannedPost::id)).toList();
                    if (!held.isEmpty()) {
                        PlannedPost p = held.get(op.a() % held.size());
                        put(p.unscheduled());
                        enginePlaced.remove(p.id());
                    }
                }
                case ADD_SLOT -> {
                    Slot s = op.slot().build("x" + nextSlot++, now());
                    plan.putSlot(s);
                    slots.add(s);
                }
                case REPLACE_SLOT -> {
                    int i = op.a() % slots.size();
                    Slot s = op.slot().build(slots.get(i).id(), now());
                    plan.putSlot(s);
                    slots.set(i, s);
                }
                case REMOVE_SLOT -> {
                    if (slots.size() > 1) {
                        Slot s = slots.remove(op.a() % slots.size());
                        plan.removeSlot(s.id());
                    }
                }
                case QUERY -> {
                    List<PlannedPost> drafts = drafts();
                    SlotQuery q = op.a() % 2 == 1 && !drafts.isEmpty()
                            ? SlotQuery.forPost(drafts.get(op.b() % drafts.size()))
                            : pool.get(op.b() % pool.size());
                    nextFree(q, op.a() % 4 == 3 ? SlotTimes.RANDOM : SlotTimes.EXACT);
                }
                case ADVANCE -> {
                    Duration[] steps = {Duration.ofMinutes(1), Duration.ofMinutes(17), Duration.ofHours(1),
                            Duration.ofHours(5), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
                            Duration.ofDays(31), Duration.ofDays(100), Duration.ofDays(200)};
                    clock.set(now().plus(steps[op.a() % steps.length]));
                }
                case JUMP -> {
                    if (lastFound != null) {
                        Instant[] targets = {lastFound.start(), lastFound.start().minusMillis(1),
                                lastFound.start().plusMillis(1), lastFound.end()};
                        Instant t = targets[op.a() % targets.length];
                        if (t.isAfter(now())) {
                            clock.set(t);
                        }
                    }
                }
                case HAND -> {
                    List<Slot> points = slots.stream().filter(s -> s.isPoint() && s.active()).toList();
                    List<PlannedPost> drafts = drafts();
                    PlannedPost p = drafts.isEmpty() ? freshDraft(op.a(), op.b()) : drafts.get(op.b() % drafts.size());
                    Instant at = now().plus(Duration.ofMinutes(op.a() * 37L));
                    if (!points.isEmpty()) {
                        List<Occurrence> occ = occurrences(points.get(op.a() % points.size()), now(),
                                now().plus(Duration.ofDays(60)), 6);
                        if (!occ.isEmpty()) {
                            at = occ.get(op.picks().get(0) % occ.size()).start();
                        }
                    }
                    put(p.scheduledAt(at)); // by hand: may double-book, that is the user's call
                    enginePlaced.remove(p.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- 2. no lane holds two posts

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void noLaneHoldsTwoPostsAfterAnySequenceOfOperations(@ForAll("crowdedScenarios") Scenario sc,
                                                          @ForAll("laneOps") List<Op> ops,
                                                          @ForAll("queries") List<QuerySpec> pool) {
        Driver d = new Driver(sc, false, pool.stream().map(q -> q.query(sc.slots())).toList());
        for (Op op : ops) {
            d.apply(op);
        }
        // the plan and the driver agree on every post
        for (PlannedPost p : d.posts.values()) {
            assertThat(d.plan.post(p.id())).as("post %s", p.id()).contains(p);
        }
        assertThat(d.plan.postCount()).isEqualTo(d.posts.size());

        Map<LaneKey, List<String>> holders = new LinkedHashMap<>();
        for (PlannedPost p : d.posts.values()) {
            for (LaneKey k : lanesHeld(p, d.slots)) {
                holders.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
            }
        }
        for (Map.Entry<LaneKey, List<String>> e : holders.entrySet()) {
            if (e.getValue().stream().anyMatch(d.enginePlaced::contains)) {
                assertThat(e.getValue()).as("lane %s %s", e.getKey(), d.context()).hasSize(1);
            }
        }
        // every post the engine placed sits on an occurrence of a slot it may use
        for (String id : d.enginePlaced) {
            PlannedPost p = d.posts.get(id);
            assertThat(lanesHeld(p, d.slots)).as("placed post %s off its slot %s", fmt(p), d.context()).hasSize(1);
            Slot s = d.slots.stream().filter(x -> x.id().equals(p.slotId())).findFirst().orElseThrow();
            assertThat(Eligibility.targets(s, p.platform(), p.destination())
                    && Eligibility.labelsMatch(s.labelIds(), p.labelIds()) && s.active())
                    .as("placed post %s in an ineligible slot %s", fmt(p), fmt(s)).isTrue();
        }
    }

    // ---------------------------------------------------------------- 3. assignNext equals the oracle batch

    static List<String> request(Scenario sc, List<Integer> picks) {
        return request(sc.posts(), picks);
    }

    static List<String> request(java.util.Collection<PlannedPost> posts, List<Integer> picks) {
        List<String> ids = posts.stream().map(PlannedPost::id).sorted().toList();
        List<String> drafts = posts.stream().filter(p -> p.status() == PostStatus.DRAFT).map(PlannedPost::id)
                .sorted().toList();
        return picks.stream().map(v -> {
            if (v < 35 && !drafts.isEmpty()) {
                return drafts.get(v % drafts.size());
            }
            return v >= 60 || ids.isEmpty() ? "ghost" + v : ids.get(v % ids.size());
        }).toList();
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void assignNextEqualsTheOracleBatch(@ForAll("crowdedScenarios") Scenario sc,
                                        @ForAll("batches") List<Integer> picks,
                                        @ForAll("queries") List<QuerySpec> after) {
        List<String> ids = request(sc, picks);
        String owner = picks.get(0) % 13 == 7 ? OTHER_OWNER : OWNER;
        Plan plan = sc.plan();
        NaivePlan naive = sc.naive();
        List<Assignment> actual = plan.assignNext(ids, owner, SlotTimes.EXACT);
        List<Assignment> expected = naive.assignNext(ids, owner);
        assertThat(actual).as("assignNext(%s, %s)", ids, owner).isEqualTo(expected);

        // the plan afterwards holds what the oracle holds, and answers as a fresh oracle does
        for (PlannedPost p : naive.posts()) {
            assertThat(plan.post(p.id())).contains(p);
        }
        NaivePlan fresh = new NaivePlan(sc.slots(), naive.posts(), sc.now());
        for (QuerySpec qs : after) {
            SlotQuery q = qs.query(sc.slots());
            assertThat(plan.nextFree(q, SlotTimes.EXACT)).as("after batch nextFree(%s)", q)
                    .isEqualTo(fresh.nextFree(q));
        }
    }

    // ---------------------------------------------------------------- 4. batch results depend only on the plan

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void batchResultsDependOnlyOnRequestOrderAndThePlan(@ForAll("crowdedScenarios") Scenario sc,
                                                         @ForAll("batches") List<Integer> picks,
                                                         @ForAll("batches") List<Integer> warmBatch,
                                                         @ForAll("queries") List<QuerySpec> warm,
                                                         @ForAll long seed) {
        List<String> ids = request(sc, picks);
        Plan a = sc.plan();

        // b: slots and posts inserted in a shuffled, interleaved order (posts may come before their slot)
        Random rnd = new Random(seed);
        List<Object> items = new ArrayList<>();
        items.addAll(sc.slots());
        items.addAll(sc.posts());
        Collections.shuffle(items, rnd);
        Plan b = new Plan(Clock.fixed(sc.now(), ZoneOffset.UTC), new SplittableRandom(11));
        for (Object o : items) {
            if (o instanceof Slot s) {
                b.putSlot(s);
            } else {
                b.put((PlannedPost) o);
            }
        }
        // warm b's caches: unrelated queries, the drafts' own queries, and a batch that is then undone
        for (QuerySpec qs : warm) {
            b.nextFree(qs.query(sc.slots()), SlotTimes.EXACT);
        }
        for (PlannedPost p : sc.posts()) {
            if (p.platform() != null && rnd.nextBoolean()) {
                b.nextFree(SlotQuery.forPost(p), SlotTimes.EXACT);
            }
        }
        if (rnd.nextBoolean()) {
            b.assignNext(request(sc, warmBatch), OWNER, SlotTimes.EXACT);
            List<PlannedPost> originals = new ArrayList<>(sc.posts());
            Collections.shuffle(originals, rnd);
            originals.forEach(b::put);
            for (QuerySpec qs : warm) {
                b.nextFree(qs.query(sc.slots()), SlotTimes.EXACT);
            }
        }

        List<Assignment> fromA = a.assignNext(ids, OWNER, SlotTimes.EXACT);
        List<Assignment> fromB = b.assignNext(ids, OWNER, SlotTimes.EXACT);
        assertThat(fromB).as("shuffled/warmed plan, assignNext(%s)", ids).isEqualTo(fromA);
        assertThat(fromA).as("oracle, assignNext(%s)", ids).isEqualTo(sc.naive().assignNext(ids, OWNER));
    }

    // ---------------------------------------------------------------- 5. caches never go stale

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void cachesNeverGoStaleAsTheClockAdvances(@ForAll("crowdedScenarios") Scenario sc,
                                              @ForAll("clockOps") List<Op> ops,
                                              @ForAll("queries") List<QuerySpec> pool) {
        List<SlotQuery> queries = pool.stream().map(q -> q.query(sc.slots())).toList();
        Driver d = new Driver(sc, true, queries);
        for (Op op : ops) {
            d.apply(op);
            // ask again right after every change: a cache warmed before it must not answer stale
            for (SlotQuery q : queries) {
                d.nextFree(q, SlotTimes.EXACT);
            }
        }
        for (SlotQuery q : queries) {
            d.nextFree(q, SlotTimes.EXACT);
        }
    }

    // ---------------------------------------------------------------- 6. random times

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void randomTimesLieInsideTheirOccurrenceAndRepeatWithTheSeed(@ForAll("crowdedScenarios") Scenario sc,
                                                                 @ForAll("batches") List<Integer> picks,
                                                                 @ForAll("queries") List<QuerySpec> queries,
                                                                 @ForAll RandomSource source,
                                                                 @ForAll long seed) {
        List<String> ids = request(sc, picks);
        List<Object> first = randomRun(sc, ids, queries, source, seed);
        List<Object> second = randomRun(sc, ids, queries, source, seed);
        assertThat(second).as("same seed, same times").isEqualTo(first);
    }

    /** Seeded random sources; EXTREMES returns the bounds' ends half of the time, to hit [start, end) edges. */
    enum RandomSource {
        SPLITTABLE, UTIL_RANDOM, EXTREMES;

        RandomGenerator create(long seed) {
            return switch (this) {
                case SPLITTABLE -> new SplittableRandom(seed);
                case UTIL_RANDOM -> new Random(seed);
                case EXTREMES -> new ExtremesRandom(seed);
            };
        }
    }

    static final class ExtremesRandom implements RandomGenerator {
        private final SplittableRandom inner;

        ExtremesRandom(long seed) {
            inner = new SplittableRandom(seed);
        }

        @Override
        public long nextLong() {
            return inner.nextLong();
        }

        @Override
        public long nextLong(long bound) {
            return switch (inner.nextInt(4)) {
                case 0 -> 0;
                case 1 -> bound - 1;
                default -> inner.nextLong(bound);
            };
        }

        @Override
        public long nextLong(long origin, long bound) {
            return origin + nextLong(bound - origin);
        }

        @Override
        public int nextInt(int bound) {
            return (int) nextLong(bound);
        }

        @Override
        public double nextDouble() {
            return switch (inner.nextInt(4)) {
                case 0 -> 0.0;
                case 1 -> Math.nextDown(1.0);
                default -> inner.nextDouble();
            };
        }
    }

    private static List<Object> randomRun(Scenario sc, List<String> ids, List<QuerySpec> queries,
                                          RandomSource source, long seed) {
        Plan plan = sc.plan(Clock.fixed(sc.now(), ZoneOffset.UTC), source.create(seed));
        NaivePlan naive = sc.naive();
        List<Object> trace = new ArrayList<>();
        for (QuerySpec qs : queries) {
            SlotQuery q = qs.query(sc.slots());
            NextFree r = plan.nextFree(q, SlotTimes.RANDOM);
            assertSameFound(naive.nextFree(q), r, false, "RANDOM nextFree(" + q + ")");
            trace.add(r);
        }
        List<Assignment> results = plan.assignNext(ids, OWNER, SlotTimes.RANDOM);
        List<Assignment> expected = naive.assignNext(ids, OWNER);
        assertThat(results).hasSameSizeAs(expected);
        for (int i = 0; i < results.size(); i++) {
            Assignment r = results.get(i);
            Assignment e = expected.get(i);
            String ctx = "RANDOM assignNext item " + i + " of " + ids;
            assertThat(r.success()).as(ctx).isEqualTo(e.success());
            assertThat(r.message()).as(ctx).isEqualTo(e.message());
            if (r.success()) {
                assertThat(r.placement().occurrence()).as(ctx).isEqualTo(e.placement().occurrence());
                assertThat(r.post().scheduledAt()).as(ctx).isEqualTo(r.placement().scheduledAt());
                assertInside(r.placement(), ctx);
            }
        }
        trace.addAll(results);
        return trace;
    }
}
