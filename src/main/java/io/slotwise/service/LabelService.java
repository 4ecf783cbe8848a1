package io.slotwise.service;

import io.slotwise.engine.Label;
import io.slotwise.store.StoreTransaction;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Labels that tie posts to the slots meant for them. */
public final class LabelService {

    private final Workspace ws;

    public LabelService(Workspace ws) {
        this.ws = ws;
    }

    public List<Label> list(String ownerId) {
        return ws.readStore(tx -> tx.labels().all().stream()
                .filter(l -> l.ownerId().equals(ownerId)).toList());
    }

    public Label create(String ownerId, String name) {
        String clean = name(name);
        return ws.write(ownerId, (tx, plan) -> {
            Label l = new Label(ws.ids().next("lbl"), ownerId, clean);
            tx.labels().insert(l.id(), ownerId, clean, ws.now());
            return l;
        });
    }

    public Label rename(String ownerId, String id, String name) {
        String clean = name(name);
        return ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, id);
            tx.labels().rename(id, clean);
            return new Label(id, ownerId, clean);
        });
    }

    /** Deletes a label no post or slot uses; otherwise says what uses it. */
    public void delete(String ownerId, String id) {
        ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, id);
            int slots = tx.labels().slotsUsing(id);
            int posts = tx.labels().postsUsing(id);
            if (slots > 0 || posts > 0) {
                throw ServiceException.invalid("id", "Label is still used by " + posts + (posts == 1 ? " post" : " posts")
                        + " and " + slots + (slots == 1 ? " slot" : " slots") + "; remove it from them first");
            }
            tx.labels().delete(id);
            return null;
        });
    }

    /** FeedHive's label checks: found (else "One or more labels were not found") and owned ("Access denied"). */
    static void checkOwned(StoreTransaction tx, String ownerId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Label> found = tx.labels().findAll(new HashSet<>(ids));
        Set<String> foundIds = new HashSet<>();
        found.forEach(l -> foundIds.add(l.id()));
        if (!foundIds.containsAll(ids)) {
            throw ServiceException.invalid("label_ids", "One or more labels were not found");
        }
        for (Label l : found) {
            if (!l.ownerId().equals(ownerId)) {
                throw ServiceException.forbidden("Access denied");
            }
        }
    }

    private static Label owned(StoreTransaction tx, String ownerId, String id) {
        Label l = tx.labels().find(id).orElseThrow(() -> ServiceException.notFound("Label not found"));
        if (!l.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return l;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw ServiceException.invalid("name", "name is required");
        }
        return name.trim();
    }
}
