package io.slotwise.store;

import org.jdbi.v3.core.Handle;

/** The data access of one transaction: the DAOs bound to its connection. */
public final class StoreTransaction {

    private final Handle handle;
    private AccountDao accounts;
    private LabelDao labels;
    private SlotDao slots;
    private PostDao posts;
    private SettingDao settings;

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

    public SettingDao settings() {
        return settings == null ? settings = handle.attach(SettingDao.class) : settings;
    }
}
