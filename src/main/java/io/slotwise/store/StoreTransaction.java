package io.slotwise.store;

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
        revision = dao.current();
        planRevision = dao.plan();
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

    /** Says this write changes what the engine's plan holds: other apps read their plans afresh. */
    public long markPlanChanged() {
        if (!isWrite()) {
            throw new IllegalStateException("not a write");
        }
        revisions().advancePlan();
        return ++planRevision;
    }

    Handle handle() {
        return handle;
    }

    public CrossPostDao crossPosts() {
        return crossPosts == null ? crossPosts = handle.attach(CrossPostDao.class) : crossPosts;
    }
}
