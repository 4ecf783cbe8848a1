package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.store.StoreTransaction;
import io.slotwise.engine.CalendarSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The whole store as one value, and back: backup and restore. */
public final class BackupService {

    public static final String NOT_EMPTY = "This store already holds data; restoring would replace it. "
            + "Restore into an empty store, or ask to replace what is there.";

    private final Workspace ws;
    private final MediaLibrary media;

    public BackupService(Workspace ws) {
        this.ws = ws;
        this.media = new MediaLibrary(ws.store());
    }

    /**
     * Everything, the rows read in one transaction; with them the uploaded media files, read after it (a file is
     * never changed once written, so the two agree but for a file uploaded in between, which only adds one).
     */
    public StoreContent snapshot() {
        StoreContent rows = ws.readStore(tx -> read(tx));
        return new StoreContent(rows.accounts(), rows.labels(), rows.slots(), rows.posts(), rows.settings(),
                rows.publishers(), rows.handOffs(), rows.postGroups(), media.all());
    }

    /** Every row; no media. */
    static StoreContent read(StoreTransaction tx) {
        Map<String, Publisher> publishers = new TreeMap<>();
        tx.publishers().all().forEach(r -> publishers.put(r.accountId(), Publisher.stored(r)));
        return new StoreContent(tx.accounts().all(), tx.labels().all(), tx.slots().all(), tx.posts().all(),
                tx.settings().all(), publishers,
                tx.handOffs().all().stream().map(HandOff::stored).toList(),
                tx.crossPosts().all().stream()
                        .map(m -> new PostGroupMember(m.postId(), m.groupId(), m.position())).toList(),
                List.of());
    }

    /**
     * Writes a backup into this store in one transaction. A store that already holds accounts, labels,
     * slots or posts is refused unless {@code replace} is set, in which case everything in it goes first.
     *
     * <p>The media files cannot be in the database's transaction. They are written inside it, after every row and
     * just before it commits: each file whole or not at all ({@link MediaLibrary}), and should anything fail, the
     * rows roll back and the files this restore wrote are deleted again, so a failure leaves the store as it was,
     * not half restored. Writing them before the commit (not after) means committed rows never link to a file that
     * is not there. Media already in the folder stay: a file is named by its bytes, so it never contradicts the
     * backup, and posts of a backup made before backups held media may still link to it.
     */
    public void restore(StoreContent content, boolean replace) {
        List<String> written = new ArrayList<>();
        try {
            ws.rewrite((tx, plan) -> {
                replaceRows(tx, content, replace);
                written.addAll(media.restore(content.media()));
                return null;
            });
        } catch (RuntimeException e) {
            media.discard(written);
            throw e;
        }
    }

    private void replaceRows(StoreTransaction tx, StoreContent content, boolean replace) {
        if (!read(tx).isEmpty() && !replace) {
            throw ServiceException.invalid(null, NOT_EMPTY);
        }
        tx.crossPosts().deleteAll();
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
        for (PostGroupMember m : content.postGroups()) {
            tx.crossPosts().insert(m.postId(), m.groupId(), m.position());
        }
    }
}
