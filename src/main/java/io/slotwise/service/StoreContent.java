package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.store.StoredSlot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything in a store, every owner's: what a backup holds. */
public record StoreContent(List<Account> accounts, List<Label> labels, List<StoredSlot> slots, List<Post> posts,
                           Map<String, String> settings) {

    public StoreContent {
        accounts = List.copyOf(accounts);
        labels = List.copyOf(labels);
        slots = List.copyOf(slots);
        posts = List.copyOf(posts);
        settings = new TreeMap<>(settings);
    }

    public boolean isEmpty() {
        return accounts.isEmpty() && labels.isEmpty() && slots.isEmpty() && posts.isEmpty();
    }
}
