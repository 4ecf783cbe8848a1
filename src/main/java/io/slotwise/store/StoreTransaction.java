package io.slotwise.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The data access of one transaction: the DAOs bound to its connection. */
public final class StoreTransaction {

    private final Handle handle;
    private AccountDao accounts;
    private LabelDao labels;
    private SlotDao slots;
    private PostDao posts;
    private PlannedPostDao plannedPosts;
    private SettingDao settings;
    private PublisherDao publishers;
    private HandOffDao handOffs;
    private CrossPostDao crossPosts;
    /** How often the change log is pruned, and how many plan revisions it keeps: an app further behind reads all. */
    private static final long PRUNE_EVERY = 1_000;
    private static final long KEEP_REVISIONS = 5_000;
    /** The revision this write commits as; -1 in a read. */
    private long revision = -1;
    /** The plan revision as this write found it (or set it); -1 in a read. */
    private long planRevision = -1;

    StoreTransaction(Handle handle) {
        this.handle = handle;
    }

    public AccountDao accounts() {
        return accounts == null ? accounts = handle.attach(AccountDao.class) : accounts;
    }

    public LabelDao labels() {
        return labels == null ? labels = handle.attach(LabelDao.class) : labels;
    }

    public SlotDao slots() {
        return slots == null ? slots = handle.attach(SlotDao.class) : slots;
    }

    public PostDao posts() {
        return posts == null ? posts = handle.attach(PostDao.class) : posts;
    }

    public PlannedPostDao plannedPosts() {
        return plannedPosts == null ? plannedPosts = handle.attach(PlannedPostDao.class) : plannedPosts;
    }

    public SettingDao settings() {
        return settings == null ? settings = handle.attach(SettingDao.class) : settings;
    }

    public PublisherDao publishers() {
        return publishers == null ? publishers = handle.attach(PublisherDao.class) : publishers;
    }

    public HandOffDao handOffs() {
        return handOffs == null ? handOffs = handle.attach(HandOffDao.class) : handOffs;
    }

    /** Takes the write turn (see {@link PlanRevisionDao#advance}); the store does this first in every write. */
    void takeWriteTurn() {
        PlanRevisionDao dao = revisions();
        if (dao.advance() != 1) {
            throw new StoreException("The store has no revisions (schema older than version 7?)", null);
        }
        PlanRevisionDao.Revisions found = dao.current();
        revision = found.revision();
        planRevision = found.planRevision();
    }

    private PlanRevisionDao revisions() {
        return handle.attach(PlanRevisionDao.class);
    }

    /** Whether this transaction writes (it took the write turn). */
    public boolean isWrite() {
        return revision >= 0;
    }

    /** The store's revision once this write commits (every write adds one). */
    long revision() {
        return revision;
    }

    /**
     * The plan revision: in a write, as the last write before it left it (or as this one set it with
     * {@link #markPlanChanged}); in a read, as it reads.
     */
    public long planRevision() {
        return planRevision >= 0 ? planRevision : revisions().plan();
    }

    /** Says this write changes what the engine's plan holds: other apps read those posts and slots again. */
    public long markPlanChanged(Collection<String> postIds, Collection<String> slotIds) {
        long now = advancePlan();
        PlanChangeDao log = handle.attach(PlanChangeDao.class);
        if (!postIds.isEmpty()) {
            log.insert(now, "post", List.copyOf(postIds));
        }
        if (!slotIds.isEmpty()) {
            log.insert(now, "slot", List.copyOf(slotIds));
        }
        return now;
    }

    /** Says this write replaced the plan's rows wholesale (a restore): other apps read everything again. */
    public long markPlanRewritten() {
        long now = advancePlan();
        handle.attach(PlanChangeDao.class).insert(now, "all", List.of("*"));
        return now;
    }

    /** One more plan revision, the change log pruned now and then. */
    private long advancePlan() {
        if (!isWrite()) {
            throw new IllegalStateException("not a write");
        }
        revisions().advancePlan();
        long now = ++planRevision;
        if (now % PRUNE_EVERY == 0) {
            handle.attach(PlanChangeDao.class).pruneUpTo(now - KEEP_REVISIONS);
        }
        return now;
    }

    /** What the plan revisions after {@code after}, up to this transaction's, changed. */
    public PlanChangeLog planChangesAfter(long after) {
        long upTo = planRevision();
        List<PlanChangeDao.ChangeRow> rows = handle.attach(PlanChangeDao.class).between(after, upTo);
        Set<Long> revisionsSeen = new HashSet<>();
        Set<String> posts = new HashSet<>();
        Set<String> slots = new HashSet<>();
        for (PlanChangeDao.ChangeRow r : rows) {
            revisionsSeen.add(r.planRevision());
            switch (r.kind()) {
                case "post" -> posts.add(r.itemId());
                case "slot" -> slots.add(r.itemId());
                default -> {
                    return PlanChangeLog.readEverything();
                }
            }
        }
        if (revisionsSeen.size() != upTo - after) {
            return PlanChangeLog.readEverything(); // pruned, or written before the log existed
        }
        return new PlanChangeLog(posts, slots, false);
    }

    Handle handle() {
        return handle;
    }

    public CrossPostDao crossPosts() {
        return crossPosts == null ? crossPosts = handle.attach(CrossPostDao.class) : crossPosts;
    }
}
