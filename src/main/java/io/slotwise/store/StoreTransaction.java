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

    public CrossPostDao crossPosts() {
        return crossPosts == null ? crossPosts = handle.attach(CrossPostDao.class) : crossPosts;
    }
}
