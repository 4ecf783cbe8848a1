package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.store.StoreTransaction;
import io.slotwise.engine.CalendarSlot;
import java.util.Map;
import java.util.TreeMap;

/** The whole store as one value, and back: backup and restore. */
public final class BackupService {

    public static final String NOT_EMPTY = "This store already holds data; restoring would replace it. "
            + "Restore into an empty store, or ask to replace what is there.";

    private final Workspace ws;

    public BackupService(Workspace ws) {
        this.ws = ws;
    }

    /** Everything, read in one transaction. */
    public StoreContent snapshot() {
        return ws.readStore(tx -> read(tx));
    }

    static StoreContent read(StoreTransaction tx) {
        Map<String, Publisher> publishers = new TreeMap<>();
        tx.publishers().all().forEach(r -> publishers.put(r.accountId(), Publisher.stored(r)));
        return new StoreContent(tx.accounts().all(), tx.labels().all(), tx.slots().all(), tx.posts().all(),
                tx.settings().all(), publishers,
                tx.handOffs().all().stream().map(HandOff::stored).toList());
    }

    /**
     * Writes a backup into this store in one transaction. A store that already holds accounts, labels,
     * slots or posts is refused unless {@code replace} is set, in which case everything in it goes first.
     */
    public void restore(StoreContent content, boolean replace) {
        ws.write(Workspace.LOCAL_OWNER, (tx, plan) -> {
            if (!read(tx).isEmpty() && !replace) {
                throw ServiceException.invalid(null, NOT_EMPTY);
            }
            tx.posts().deleteAll();
            tx.slots().deleteAll();
            tx.labels().deleteAll();
            tx.accounts().deleteAll();
            tx.settings().deleteAll();
            for (Account a : content.accounts()) {
                tx.accounts().insert(a, ws.now());
            }
            for (Label l : content.labels()) {
                tx.labels().insert(l.id(), l.ownerId(), l.name(), ws.now());
            }
            for (CalendarSlot s : content.slots()) {
                tx.slots().insert(s, s.createdAt());
            }
            for (Post p : content.posts()) {
                tx.posts().insert(p);
            }
            for (Map.Entry<String, String> e : content.settings().entrySet()) {
                tx.settings().put(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Publisher> e : content.publishers().entrySet()) {
                tx.publishers().put(e.getValue().row(e.getKey()));
            }
            for (HandOff h : content.handOffs()) {
                tx.handOffs().put(h.row());
            }
            return null;
        });
        ws.reload();
    }
}
