package io.slotwise.bench;

import io.slotwise.engine.Assignment;
import io.slotwise.engine.Destination;
import io.slotwise.engine.Eligibility;
import io.slotwise.engine.NaivePlan;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.SlotQuery;
import io.slotwise.engine.SlotTimes;
import io.slotwise.engine.Target;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic benchmark data for the scheduling engine (SPEC §10): 1,000 recurring slots in mixed
 * zones and intervals over 50 accounts on 9 platforms, a plan filled realistically from "now" forward
 * by the engine's own assign-next, a few thousand posts placed by hand, a batch of drafts to assign,
 * and a rotation of next-free queries.
 *
 * <p>Everything derives from {@link #SEED} and the fixed clock {@link #NOW}; building the same
 * {@link Scale} twice gives equal data. Not a test (no Test/Tests/Properties suffix): surefire skips it.
 *
 * <p>Run {@code main} ({@code bench/run fixture [SCALE [CHECKS]]}) for a summary of the data, the retained heap of
 * a filled plan, and a check that the engine and the naive baseline agree on it.
 */
public final class PlanFixture {

    public static final long SEED = 0x5107_715EL;
    public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String OWNER = "owner_1";
    public static final int SLOT_COUNT = 1_000;
    public static final int QUERY_COUNT = 512;

    /** The data set sizes the benchmarks use. */
    public enum Scale {
        /** SPEC §10: 1,000 slots, 100,000 scheduled posts; a batch of 10,000 drafts. */
        FULL(100_000, 3_000, 10_000),
        /** 1,000 empty slots; a batch of 10,000 drafts. */
        EMPTY(0, 0, 10_000),
        /** Reduced, so that the naive baseline's assign-next finishes: 10,000 scheduled posts, 1,000 drafts. */
        SMALL(10_000, 300, 1_000),
        /** Reduced, empty slots: 1,000 drafts. */
        EMPTY_SMALL(0, 0, 1_000);

        /** Posts holding a lane (scheduled or pending approval), hand-placed ones included. */
        public final int scheduledPosts;
        /** Of those, posts given a time by hand (no slot link). */
        public final int handPlaced;
        /** Drafts in the assign-next batch. */
        public final int batch;

        Scale(int scheduledPosts, int handPlaced, int batch) {
            this.scheduledPosts = scheduledPosts;
            this.handPlaced = handPlaced;
            this.batch = batch;
        }
    }

    /** One account and the destination its posts go to. */
    public record Account(Platform platform, String id, Destination destination) {
    }

    /** The built data. Lists are immutable; build plans from them with {@link #newPlan}. */
    public record Data(
            Scale scale,
            List<Account> accounts,
            List<Slot> slots,
            /* Scheduled and pending posts, linked by the engine or placed by hand. */
            List<PlannedPost> scheduled,
            /* Drafts for one assign-next batch, ids in request order in {@link #batchIds}. */
            List<PlannedPost> batch,
            List<String> batchIds,
            List<SlotQuery> queries,
            /* Fill drafts the engine found no slot for within the horizon (dropped, replaced by others). */
            int fillFailures,
            long buildMillis) {

        /** A fresh engine plan with the slots, the scheduled posts and (if asked) the batch drafts. */
        public Plan newPlan(boolean withBatch) {
            List<PlannedPost> posts = new ArrayList<>(scheduled.size() + (withBatch ? batch.size() : 0));
            posts.addAll(scheduled);
            if (withBatch) {
                posts.addAll(batch);
            }
            return Plan.of(slots, posts, CLOCK, new SplittableRandom(SEED));
        }

        /** A fresh naive baseline over the same slots and posts. */
        public NaivePlan newNaive(boolean withBatch) {
            List<PlannedPost> posts = new ArrayList<>(scheduled.size() + (withBatch ? batch.size() : 0));
            posts.addAll(scheduled);
            if (withBatch) {
                posts.addAll(batch);
            }
            return new NaivePlan(slots, posts, NOW);
        }
    }

    private static final Map<Scale, Data> CACHE = new ConcurrentHashMap<>();

    private PlanFixture() {
    }

    /** The data for a scale, built once per JVM. */
    public static Data get(Scale scale) {
        return CACHE.computeIfAbsent(scale, PlanFixture::build);
    }

    // ---------------------------------------------------------------------------------------------

    private static final String[] ZONES = {
            "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney",
            "Europe/London", "America/Los_Angeles", "Asia/Tokyo", "America/Sao_Paulo"};
    /** Relative weights of {@link #ZONES}. */
    private static final int[] ZONE_WEIGHTS = {20, 20, 18, 8, 8, 10, 8, 4, 4};
    private static final String[] LABELS = {"lbl_promo", "lbl_news", "lbl_evergreen"};
    private static final String[] GROUPS = {"campaign", "evening"};

    static Data build(Scale scale) {
        long t0 = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Account> accounts = accounts();
        Map<Platform, List<Account>> byPlatform = new EnumMap<>(Platform.class);
        for (Account a : accounts) {
            byPlatform.computeIfAbsent(a.platform(), k -> new ArrayList<>()).add(a);
        }
        List<Slot> slots = slots(rnd.split(), accounts, byPlatform);
        List<SlotQuery> queries = queries(rnd.split(), accounts);

        // Drafts per account follow uneven weights: some accounts post far more than others.
        SplittableRandom postRnd = rnd.split();
        double[] weights = new double[accounts.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + 3 * postRnd.nextDouble();
            total += weights[i];
        }

        Plan plan = new Plan(CLOCK, new SplittableRandom(SEED ^ 1));
        slots.forEach(plan::putSlot);
        int nextId = 0;

        // 1. Posts placed by hand (no slot link), put first so the engine's fill respects them: two in
        //    three sit exactly on a point slot's occurrence start for an account the slot takes.
        List<Slot> pointSlots = slots.stream().filter(s -> s.isPoint() && s.active()).toList();
        List<PlannedPost> handPlaced = new ArrayList<>(scale.handPlaced);
        for (int i = 0; i < scale.handPlaced; i++) {
            String id = String.format("post_%06d", nextId++);
            Account account;
            Instant at;
            if (i % 3 != 2) {
                Slot s = pointSlots.get(postRnd.nextInt(pointSlots.size()));
                account = accountFor(s, postRnd, accounts, byPlatform);
                OccurrenceSchedule schedule = OccurrenceSchedule.of(s);
                Instant from = NOW.plus(Duration.ofDays(postRnd.nextInt(150)));
                at = schedule.nextAfter(from).orElseThrow().start();
            } else {
                account = pick(accounts, weights, total, postRnd);
                at = NOW.plus(Duration.ofMinutes(15L * (1 + postRnd.nextInt(4 * 24 * 180))));
            }
            PlannedPost p = new PlannedPost(id, OWNER, PostStatus.SCHEDULED, account.platform(),
                    account.destination(), Set.of(), at, null);
            handPlaced.add(p);
            plan.put(p);
        }

        // 2. The rest filled by the engine: drafts assigned in batches, as users do with "Queue all".
        int toFill = scale.scheduledPosts - scale.handPlaced;
        List<PlannedPost> linked = new ArrayList<>(toFill);
        int failed = 0;
        while (linked.size() < toFill) {
            int n = Math.min(1_000, toFill - linked.size());
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                PlannedPost d = draft(String.format("post_%06d", nextId++), pick(accounts, weights, total, postRnd), postRnd);
                plan.put(d);
                ids.add(d.id());
            }
            for (Assignment a : plan.assignNext(ids, OWNER, SlotTimes.RANDOM)) {
                if (a.success()) {
                    PlannedPost placed = a.post();
                    // One in ten waits for approval: it holds its lane just the same.
                    if (postRnd.nextInt(10) == 0) {
                        placed = new PlannedPost(placed.id(), placed.ownerId(), PostStatus.PENDING_APPROVAL,
                                placed.platform(), placed.destination(), placed.labelIds(),
                                placed.scheduledAt(), placed.slotId());
                    }
                    linked.add(placed);
                } else {
                    failed++;
                    plan.remove(a.postId());
                }
            }
            if (failed > toFill) {
                throw new IllegalStateException("the slots cannot hold " + scale.scheduledPosts + " posts");
            }
        }
        List<PlannedPost> scheduled = new ArrayList<>(scale.scheduledPosts);
        scheduled.addAll(handPlaced);
        scheduled.addAll(linked);

        // 3. The batch to assign: fresh drafts, same account mix, a few with labels.
        List<PlannedPost> batch = new ArrayList<>(scale.batch);
        List<String> batchIds = new ArrayList<>(scale.batch);
        SplittableRandom batchRnd = rnd.split();
        for (int i = 0; i < scale.batch; i++) {
            PlannedPost d = draft(String.format("draft_%06d", i), pick(accounts, weights, total, batchRnd), batchRnd);
            batch.add(d);
            batchIds.add(d.id());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Data(scale, List.copyOf(accounts), List.copyOf(slots), List.copyOf(scheduled),
                List.copyOf(batch), List.copyOf(batchIds), List.copyOf(queries), failed, millis);
    }

    /** 50 accounts over the 9 platforms; Facebook accounts post to a Page, two LinkedIn ones to a company Page. */
    static List<Account> accounts() {
        Map<Platform, Integer> counts = new LinkedHashMap<>();
        counts.put(Platform.TWITTER, 8);
        counts.put(Platform.LINKEDIN, 7);
        counts.put(Platform.FACEBOOK, 7);
        counts.put(Platform.INSTAGRAM, 7);
        counts.put(Platform.TIKTOK, 5);
        counts.put(Platform.THREADS, 4);
        counts.put(Platform.BLUESKY, 4);
        counts.put(Platform.PINTEREST, 4);
        counts.put(Platform.YOUTUBE, 4);
        List<Account> out = new ArrayList<>();
        counts.forEach((platform, n) -> {
            for (int i = 0; i < n; i++) {
                String id = "acc_" + platform.id() + "_" + i;
                String sub = platform == Platform.FACEBOOK ? "fbpage_" + i
                        : platform == Platform.LINKEDIN && i < 2 ? "lipage_" + i : null;
                out.add(new Account(platform, id, Destination.of(id, sub)));
            }
        });
        return out;
    }

    static List<Slot> slots(SplittableRandom rnd, List<Account> accounts, Map<Platform, List<Account>> byPlatform) {
        Platform[] platforms = Platform.values();
        int zoneTotal = 0;
        for (int w : ZONE_WEIGHTS) {
            zoneTotal += w;
        }
        List<Slot> out = new ArrayList<>(SLOT_COUNT);
        for (int i = 0; i < SLOT_COUNT; i++) {
            Slot.Builder b = Slot.builder(String.format("slot_%04d", i));
            // Interval: mostly weekly, some daily, a few monthly; repeatEvery 1, sometimes 2.
            int r = rnd.nextInt(100);
            int every = rnd.nextInt(100) < 80 ? 1 : 2;
            DayOfWeek day = DayOfWeek.of(1 + rnd.nextInt(7));
            Recurrence rec = r < 80 ? Recurrence.weekly(every, day)
                    : r < 95 ? Recurrence.daily(every) : Recurrence.monthly(every, day);
            b.recurrence(rec);
            // Zone.
            int z = rnd.nextInt(zoneTotal);
            int zi = 0;
            while (z >= ZONE_WEIGHTS[zi]) {
                z -= ZONE_WEIGHTS[zi++];
            }
            b.zone(ZoneId.of(ZONES[zi]));
            // Time: point slots (Blotato, Ayrshare) or windows (FeedHive) of 30 min to 2 h.
            LocalTime start = LocalTime.of(6 + rnd.nextInt(15), 15 * rnd.nextInt(4));
            if (rnd.nextInt(100) < 60) {
                b.at(start);
            } else {
                b.window(start, start.plusMinutes(30L * (1 + rnd.nextInt(4))));
            }
            // Targets: 15 % none (every account, one lane); else 1-3 entries, 40 % open to every account.
            int t = rnd.nextInt(100);
            if (t >= 15) {
                int n = 1 + rnd.nextInt(3);
                List<Target> targets = new ArrayList<>(n);
                Set<Platform> used = new HashSet<>();
                for (int k = 0; k < n; k++) {
                    Platform p = platforms[rnd.nextInt(platforms.length)];
                    if (!used.add(p)) {
                        continue;
                    }
                    if (rnd.nextInt(100) < 40) {
                        targets.add(Target.allAccounts(p));
                    } else {
                        List<Account> of = byPlatform.get(p);
                        Account a = of.get(rnd.nextInt(of.size()));
                        // Now and then a Page named explicitly.
                        String sub = a.destination().subaccountId() != null && rnd.nextInt(4) == 0
                                ? a.destination().subaccountId() : null;
                        targets.add(new Target(p, a.id(), sub));
                    }
                }
                b.targets(targets);
            }
            // A few with labels (FeedHive), a few in a named group (Ayrshare schedule titles).
            if (rnd.nextInt(100) < 3) {
                b.labels(LABELS[rnd.nextInt(LABELS.length)]);
            }
            if (rnd.nextInt(100) < 8) {
                b.group(GROUPS[rnd.nextInt(GROUPS.length)]);
            }
            b.active(rnd.nextInt(100) >= 3);
            // Created some time in the past year; a few start later, a few skip holidays.
            LocalDate created = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(420));
            b.anchorDate(created);
            if (rnd.nextInt(100) < 5) {
                b.startDate(LocalDate.of(2026, 3, 2).plusDays(rnd.nextInt(60)));
            }
            if (rnd.nextInt(100) < 10) {
                Set<LocalDate> ex = new HashSet<>();
                int k = 1 + rnd.nextInt(3);
                for (int j = 0; j < k; j++) {
                    ex.add(LocalDate.of(2026, 3, 2).plusDays(rnd.nextInt(200)));
                }
                b.excludeDates(ex);
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * Next-free questions in a fixed shuffled rotation: most name an account (the status bar's "next
     * free per account", add-to-queue), some carry a label, some a group, some only a platform
     * (Blotato's next-available without an accountId).
     */
    static List<SlotQuery> queries(SplittableRandom rnd, List<Account> accounts) {
        List<SlotQuery> out = new ArrayList<>(QUERY_COUNT);
        Platform[] platforms = Platform.values();
        for (int i = 0; i < QUERY_COUNT; i++) {
            Account a = accounts.get(rnd.nextInt(accounts.size()));
            int k = rnd.nextInt(100);
            SlotQuery q;
            if (k < 75) {
                q = new SlotQuery(a.platform(), a.destination(), Set.of(), null);
            } else if (k < 83) {
                q = new SlotQuery(a.platform(), a.destination(), Set.of(LABELS[rnd.nextInt(LABELS.length)]), null);
            } else if (k < 91) {
                q = new SlotQuery(a.platform(), a.destination(), Set.of(), GROUPS[rnd.nextInt(GROUPS.length)]);
            } else {
                q = new SlotQuery(platforms[rnd.nextInt(platforms.length)], null, Set.of(), null);
            }
            out.add(q);
        }
        return out;
    }

    private static PlannedPost draft(String id, Account account, SplittableRandom rnd) {
        Set<String> labels = rnd.nextInt(200) == 0 ? Set.of(LABELS[rnd.nextInt(LABELS.length)]) : Set.of();
        return PlannedPost.draft(id, OWNER, account.platform(), account.destination(), labels);
    }

    private static Account pick(List<Account> accounts, double[] weights, double total, SplittableRandom rnd) {
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return accounts.get(i);
            }
        }
        return accounts.get(accounts.size() - 1);
    }

    /** An account a slot takes: one its targets name, or any of the platform for an open target. */
    private static Account accountFor(Slot s, SplittableRandom rnd, List<Account> accounts,
                                      Map<Platform, List<Account>> byPlatform) {
        if (s.targets().isEmpty()) {
            return accounts.get(rnd.nextInt(accounts.size()));
        }
        Target t = s.targets().get(rnd.nextInt(s.targets().size()));
        List<Account> of = byPlatform.get(t.platform());
        if (t.accountId() == null) {
            return of.get(rnd.nextInt(of.size()));
        }
        for (Account a : of) {
            if (a.id().equals(t.accountId())) {
                return a;
            }
        }
        throw new IllegalStateException("unknown account " + t.accountId());
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Prints what the data looks like, the heap a filled plan retains, and checks that the engine and
     * the naive baseline give the same answers on it (a sanity check of the benchmark, not a test).
     * Args: scale name (default FULL), number of queries to cross-check (default 64).
     */
    public static void main(String[] args) {
        Scale scale = args.length > 0 ? Scale.valueOf(args[0]) : Scale.FULL;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        long before = usedHeapAfterGc();
        Data data = build(scale);
        long afterData = usedHeapAfterGc();
        Plan plan = data.newPlan(false);
        long afterPlan = usedHeapAfterGc();
        System.out.println(summary(data));
        System.out.printf("heap: fixture data (slot and post objects) %.1f MB; engine Plan indexes on top %.1f MB;"
                        + " total %.1f MB%n", mb(afterData - before), mb(afterPlan - afterData), mb(afterPlan - before));

        long t = System.nanoTime();
        Plan fresh = data.newPlan(false);
        System.out.printf("Plan.of(%d slots, %d posts): %d ms%n", data.slots().size(), data.scheduled().size(),
                (System.nanoTime() - t) / 1_000_000);

        NaivePlan naive = data.newNaive(false);
        int agree = 0;
        long naiveNanos = 0;
        long engineNanos = 0;
        for (int i = 0; i < checks; i++) {
            SlotQuery q = data.queries().get(i % data.queries().size());
            long t1 = System.nanoTime();
            NextFree e = fresh.nextFree(q, SlotTimes.EXACT);
            long t2 = System.nanoTime();
            NextFree n = naive.nextFree(q);
            long t3 = System.nanoTime();
            engineNanos += t2 - t1;
            naiveNanos += t3 - t2;
            if (describe(e).equals(describe(n))) {
                agree++;
            } else {
                System.out.println("DISAGREE on " + q + ": engine " + describe(e) + " naive " + describe(n));
            }
        }
        System.out.printf("nextFree cross-check: %d/%d queries agree; first-call means: engine %.1f us, naive %.1f ms%n",
                agree, checks, engineNanos / 1e3 / checks, naiveNanos / 1e6 / checks);
        // Where the answers lie: how far past now the first free lane is, over the whole rotation.
        List<Long> days = new ArrayList<>();
        int noSlots = 0;
        int noneFree = 0;
        for (SlotQuery q : data.queries()) {
            NextFree e = fresh.nextFree(q, SlotTimes.EXACT);
            if (e instanceof NextFree.Found found) {
                days.add(Duration.between(NOW, found.placement().scheduledAt()).toDays());
            } else if (e instanceof NextFree.NoSlotsConfigured) {
                noSlots++;
            } else {
                noneFree++;
            }
        }
        days.sort(null);
        System.out.printf("answers over %d queries: %d found (days ahead p10 %d, p50 %d, p90 %d, max %d),"
                        + " %d no slots configured, %d none free within the horizon%n",
                data.queries().size(), days.size(), pct(days, 10), pct(days, 50), pct(days, 90), pct(days, 100),
                noSlots, noneFree);
        // The work of a cold question (nothing remembered): every eligible lane is walked from now to
        // its own first free occurrence. Counted here through the public API, against the bound
        // "stop at the best answer found so far" that the naive baseline applies.
        Instant horizon = NOW.atOffset(ZoneOffset.UTC).plusYears(Plan.HORIZON_YEARS).toInstant();
        long lanes = 0;
        long steps = 0;
        long boundedSteps = 0;
        for (SlotQuery q : data.queries()) {
            NextFree e = fresh.nextFree(q, SlotTimes.EXACT);
            Instant best = e instanceof NextFree.Found found ? found.placement().occurrence().start() : horizon;
            for (Slot s : data.slots()) {
                if (!Eligibility.isEligible(s, q)) {
                    continue;
                }
                lanes++;
                Destination lane = s.hasTargets() ? q.destination() : null;
                for (Occurrence o : OccurrenceSchedule.of(s).startingAfter(NOW, horizon)) {
                    steps++;
                    boundedSteps += o.start().isAfter(best) ? 0 : 1;
                    if (fresh.isFree(s.id(), o, lane)) {
                        break;
                    }
                }
            }
        }
        System.out.printf("cold question work: %.1f lanes, %.0f occurrences walked to each lane's first free"
                        + " (%.0f if each walk stopped at the answer's start), per question on average%n",
                lanes / (double) data.queries().size(), steps / (double) data.queries().size(),
                boundedSteps / (double) data.queries().size());

        // Assign-next cross-check, where the baseline can finish (the reduced scales).
        if (scale.batch <= 1_000) {
            Plan enginePlan = data.newPlan(true);
            NaivePlan naivePlan = data.newNaive(true);
            long a0 = System.nanoTime();
            List<Assignment> byEngine = enginePlan.assignNext(data.batchIds(), OWNER, SlotTimes.EXACT);
            long a1 = System.nanoTime();
            List<Assignment> byNaive = naivePlan.assignNext(data.batchIds(), OWNER);
            long a2 = System.nanoTime();
            int same = 0;
            for (int i = 0; i < byEngine.size(); i++) {
                Assignment e = byEngine.get(i);
                Assignment n = byNaive.get(i);
                String de = e.success() ? e.placement().slotId() + "@" + e.placement().scheduledAt() : e.message();
                String dn = n.success() ? n.placement().slotId() + "@" + n.placement().scheduledAt() : n.message();
                same += de.equals(dn) ? 1 : 0;
            }
            System.out.printf("assignNext cross-check: %d/%d placements agree; first run: engine %d ms, naive %d ms%n",
                    same, byEngine.size(), (a1 - a0) / 1_000_000, (a2 - a1) / 1_000_000);
        }
        if (plan.postCount() < 0) {
            System.out.println(plan); // keep the plan reachable until the heap was measured
        }
    }

    static String summary(Data data) {
        Map<String, Integer> intervals = new TreeMap<>();
        Map<String, Integer> zones = new TreeMap<>();
        int point = 0;
        int untargeted = 0;
        int openTargets = 0;
        int labelled = 0;
        int grouped = 0;
        int inactive = 0;
        for (Slot s : data.slots()) {
            intervals.merge(s.recurrence().interval() + "/" + s.recurrence().repeatEvery(), 1, Integer::sum);
            zones.merge(s.zone().getId(), 1, Integer::sum);
            point += s.isPoint() ? 1 : 0;
            untargeted += s.targets().isEmpty() ? 1 : 0;
            openTargets += s.targets().stream().anyMatch(x -> x.accountId() == null) ? 1 : 0;
            labelled += s.labelIds().isEmpty() ? 0 : 1;
            grouped += Slot.DEFAULT_GROUP.equals(s.group()) ? 0 : 1;
            inactive += s.active() ? 0 : 1;
        }
        int pending = 0;
        int hand = 0;
        Instant last = NOW;
        for (PlannedPost p : data.scheduled()) {
            pending += p.status() == PostStatus.PENDING_APPROVAL ? 1 : 0;
            hand += p.slotId() == null ? 1 : 0;
            if (p.scheduledAt().isAfter(last)) {
                last = p.scheduledAt();
            }
        }
        List<Instant> times = data.scheduled().stream().map(PlannedPost::scheduledAt).sorted().toList();
        String median = times.isEmpty() ? "-" : times.get(times.size() / 2).toString();
        return String.format("scale %s: %d accounts; %d slots (%d point, %d windows; intervals %s; zones %s;"
                        + " %d untargeted, %d with an every-account target, %d labelled, %d in a named group, %d inactive);"
                        + " %d scheduled posts (%d pending approval, %d hand-placed), median time %s, latest %s;"
                        + " %d fill drafts found no slot; batch %d drafts; %d queries; built in %d ms",
                data.scale(), data.accounts().size(), data.slots().size(), point, data.slots().size() - point,
                intervals, zones, untargeted, openTargets, labelled, grouped, inactive,
                data.scheduled().size(), pending, hand, median, last, data.fillFailures(), data.batch().size(),
                data.queries().size(), data.buildMillis());
    }

    private static String describe(NextFree f) {
        if (f instanceof NextFree.Found found) {
            Occurrence o = found.placement().occurrence();
            return o.slotId() + "@" + o.start();
        }
        return f.getClass().getSimpleName();
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - (p == 0 ? 0 : 1)));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
