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
        PlanRevisionDao dao = handle.attach(PlanRevisionDao.class);
        if (dao.advance() != 1) {
            throw new StoreException("The store has no plan revision (schema older than version 7?)", null);
        }
        revision = dao.current();
    }

    /** The plan's revision once this write commits; in a read, the revision it reads. */
    public long revision() {
        return revision >= 0 ? revision : handle.attach(PlanRevisionDao.class).current();
    }

    /** Whether this transaction writes (it took the write turn). */
    public boolean isWrite() {
        return revision >= 0;
    }

    /** The revision the last write before this one committed as: what a plan read before this write must be at. */
    public long revisionBefore() {
        if (revision < 0) {
            throw new IllegalStateException("not a write");
        }
        return revision - 1;
    }

    Handle handle() {
        return handle;
    }

    public CrossPostDao crossPosts() {
        return crossPosts == null ? crossPosts = handle.attach(CrossPostDao.class) : crossPosts;
    }
}
