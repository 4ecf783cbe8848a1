package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a store holds, every owner's, read in one transaction, as a value that compares by
 * content: tests take one before a request the services should refuse and assert that the one taken
 * after it is equal, i.e. that the refused request wrote nothing.
 *
 * <p>The lists come in the DAOs' own stable order (accounts by id, labels by name, slots and posts by
 * creation time then id); the records inside compare field by field (label and exclude-date sets as
 * sets). The settings include the local API key, which {@link SettingsService} writes on its first
 * read: take the "before" snapshot after one settings read, or compare {@link #withoutApiKey()}.
 */
public record StoreSnapshot(List<Account> accounts, List<Label> labels, List<CalendarSlot> slots, List<Post> posts,
                            Map<String, String> settings) {

    public static final String API_KEY = "apiKey";

    public StoreSnapshot {
        accounts = List.copyOf(accounts);
        labels = List.copyOf(labels);
        slots = List.copyOf(slots);
        posts = List.copyOf(posts);
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** The whole content of {@code store}, read in one transaction. */
    public static StoreSnapshot of(Store store) {
        return store.read(tx -> new StoreSnapshot(tx.accounts().all(), tx.labels().all(), tx.slots().all(),
                tx.posts().all(), tx.settings().all()));
    }

    /** The whole content of the store the services run on. */
    public static StoreSnapshot of(Services services) {
        return of(services.workspace().store());
    }

    /** The same content without the generated local API key, for comparing across its first creation. */
    public StoreSnapshot withoutApiKey() {
        Map<String, String> s = new TreeMap<>(settings);
        s.remove(API_KEY);
        return new StoreSnapshot(accounts, labels, slots, posts, s);
    }

    /** Whether no account, label, slot or post is stored (settings aside). */
    public boolean isEmpty() {
        return accounts.isEmpty() && labels.isEmpty() && slots.isEmpty() && posts.isEmpty();
    }

    /** One line per kind, with counts: a short description for assertion messages. */
    public String summary() {
        return accounts.size() + " accounts, " + labels.size() + " labels, " + slots.size() + " slots, "
                + posts.size() + " posts, " + settings.size() + " settings";
    }
}
