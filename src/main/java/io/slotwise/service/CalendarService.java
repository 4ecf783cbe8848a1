package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Destination;
import io.slotwise.engine.NextFree;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Plan;
import io.slotwise.engine.PlannedPost;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import io.slotwise.engine.SlotQuery;
import io.slotwise.engine.Target;
import io.slotwise.engine.CalendarSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the desktop calendar shows: occurrences with their lanes, posts, and next free slots. */
public final class CalendarService {

    private static final Duration MARGIN = Duration.ofDays(2);

    private final Workspace ws;

    public CalendarService(Workspace ws) {
        this.ws = ws;
    }

    /**
     * Everything between two instants, read in one transaction. Answered from the store and a small
     * plan of the range alone, not the whole calendar's plan: a page can be shown while the full plan
     * is still loading after the store opened.
     */
    public CalendarRange range(String ownerId, Instant from, Instant to) {
        return ws.readStore(tx -> {
            List<Account> accounts = tx.accounts().all().stream().filter(a -> a.ownerId().equals(ownerId)).toList();
            List<Post> posts = tx.posts().between(from, to).stream().filter(p -> p.ownerId().equals(ownerId)).toList();
            List<Slot> slots = new ArrayList<>();
            for (CalendarSlot stored : tx.slots().all()) {
                if (stored.ownerId().equals(ownerId)) {
                    slots.add(stored.slot());
                }
            }
            // An occurrence that overlaps the range starts and ends within a day of it (windows are shorter
            // than a day), so its posts are all among the ones two days either side.
            List<PlannedPost> near = tx.plannedPosts().slotHoldersBetween(from.minus(MARGIN), to.plus(MARGIN)).stream()
                    .filter(p -> p.ownerId().equals(ownerId)).toList();
            Plan plan = Plan.of(slots, near, ws.clock(), ws.random());
            List<SlotOccurrence> out = new ArrayList<>();
            for (Slot slot : slots) {
                int lanes = lanes(slot, accounts);
                for (Occurrence o : plan.schedule(slot.id()).orElseThrow().between(from, to)) {
                    Set<Destination> taken = new HashSet<>();
                    int any = 0;
                    for (PlannedPost p : plan.postsOn(o)) {
                        any++;
                        if (p.destination() != null) {
                            taken.add(p.destination());
                        }
                    }
                    out.add(new SlotOccurrence(slot, o, lanes, slot.hasTargets() ? taken.size() : any));
                }
            }
            out.sort((a, b) -> a.occurrence().start().compareTo(b.occurrence().start()));
            Set<String> offSlot = new HashSet<>();
            for (Post p : posts) {
                if (plan.isOffSlot(p.id())) {
                    offSlot.add(p.id());
                }
            }
            return new CalendarRange(out, posts, offSlot);
        });
    }

    /** The next free slot of every account, for the status bar (accounts without one are left out). */
    public Map<Account, Placement> nextFreePerAccount(String ownerId) {
        return ws.read(ownerId, (tx, plan) -> {
            Map<Account, Placement> out = new LinkedHashMap<>();
            var times = SettingsService.read(tx.settings()).slotTimes();
            for (Account a : tx.accounts().all()) {
                if (!a.ownerId().equals(ownerId)) {
                    continue;
                }
                SlotQuery q = new SlotQuery(a.platform(), Destination.of(a.id(), null), Set.of(), null);
                if (plan.nextFree(q, times) instanceof NextFree.Found f) {
                    out.put(a, f.placement());
                }
            }
            return out;
        });
    }

    /**
     * The scheduled plan for an export: every post holding a lane (past and future) and every slot, or
     * with {@code accountId} only that account's posts and the slots that take its posts.
     */
    public ScheduledPlan scheduledPlan(String ownerId, String accountId) {
        return ws.readStore(tx -> {
            Account account = null;
            if (accountId != null) {
                account = tx.accounts().find(accountId).filter(a -> a.ownerId().equals(ownerId))
                        .orElseThrow(() -> ServiceException.invalid("account", "Account \"" + accountId + "\" not found"));
            }
            Account only = account;
            List<Post> posts = tx.posts().scheduled(ownerId).stream()
                    .filter(p -> only == null || only.id().equals(p.accountId())).toList();
            List<Slot> slots = tx.slots().all().stream().filter(s -> s.ownerId().equals(ownerId)).map(CalendarSlot::slot)
                    .filter(s -> only == null || takesAccount(s, only)).toList();
            List<io.slotwise.engine.Label> labels = tx.labels().all().stream()
                    .filter(l -> l.ownerId().equals(ownerId)).toList();
            return new ScheduledPlan(account, posts, slots, labels);
        });
    }

    /** Whether a slot takes some post of this account (any of its subaccounts, any labels). */
    private static boolean takesAccount(Slot slot, Account account) {
        return !slot.hasTargets() || slot.targets().stream().anyMatch(t -> t.platform() == account.platform()
                && (t.accountId() == null || t.accountId().equals(account.id())));
    }

    /** Whether a post may be dropped on an occurrence, and if not why not; empty means it may. */
    public Optional<String> whyNot(String ownerId, Post post, Slot slot, Occurrence occurrence) {
        return ws.read(ownerId, (tx, plan) -> whyNot(plan, post, slot, occurrence));
    }

    /**
     * {@link #whyNot(String, Post, Slot, Occurrence)} for many occurrences in one read, in their order:
     * what the calendar highlights when a drag starts.
     */
    public List<Optional<String>> whyNot(String ownerId, Post post, List<SlotOccurrence> targets) {
        return ws.read(ownerId, (tx, plan) -> {
            List<Optional<String>> out = new ArrayList<>(targets.size());
            for (SlotOccurrence t : targets) {
                out.add(whyNot(plan, post, t.slot(), t.occurrence()));
            }
            return out;
        });
    }

    /**
     * Whether a post may be dropped on each of some days of the month (dates in {@code zone}, the calendar's
     * display zone), and if not why not, in their order: what the month lights up when a drag starts. See
     * {@link PostService#moveToDay} for where it would land.
     */
    public List<Optional<String>> whyNotOn(String ownerId, Post post, List<LocalDate> days, ZoneId zone) {
        return ws.read(ownerId, (tx, plan) -> new DayDrop(plan, post, zone, ws.now()).on(days).stream()
                .map(DayDrop.Landing::whyNot).toList());
    }

    private Optional<String> whyNot(Plan plan, Post post, Slot slot, Occurrence occurrence) {
        Optional<String> handedOff = PostService.whyHandedOff(post);
        if (handedOff.isPresent()) {
            return handedOff;
        }
        if (post.accountId() == null) {
            return Optional.of("Choose an account for this post first");
        }
        if (!occurrence.start().isAfter(ws.now())) {
            return Optional.of("That time is in the past");
        }
        if (!io.slotwise.engine.Eligibility.isEligible(slot, SlotQuery.forPost(post.planned()))) {
            return Optional.of("This slot is not for " + post.platform().id() + " account \"" + post.accountId()
                    + "\"" + (post.labelIds().isEmpty() && !slot.labelIds().isEmpty() ? " (it is for labelled posts)" : ""));
        }
        boolean own = post.holdsLane() && slot.id().equals(post.slotId()) && occurrence.contains(post.scheduledAt());
        if (!own && !plan.isFree(slot.id(), occurrence, post.destination())) {
            return Optional.of("That slot is already taken for this account");
        }
        return Optional.empty();
    }

    /** Lanes of a slot: one per account it takes, or 0 for "one post, any account". */
    private static int lanes(Slot slot, List<Account> accounts) {
        if (!slot.hasTargets()) {
            return 0;
        }
        Set<String> named = new HashSet<>();
        for (Target t : slot.targets()) {
            if (t.accountId() != null) {
                named.add(t.accountId() + "/" + t.subaccountId());
            } else {
                for (Account a : accounts) {
                    if (a.platform() == t.platform()) {
                        named.add(a.id() + "/" + t.subaccountId());
                    }
                }
            }
        }
        return Math.max(1, named.size());
    }
}
