package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.engine.CalendarSlot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything in a store, every owner's: what a backup holds.
 *
 * @param publishers each account's publisher, by account id (accounts not named publish by hand)
 * @param handOffs   where each due post's hand-off stands
 * @param postGroups each post made with others by one request for several platforms, at its place in their group
 * @param media      the files uploaded as bytes (data URIs) that posts link to at a local URL, by name
 */
public record StoreContent(List<Account> accounts, List<Label> labels, List<CalendarSlot> slots, List<Post> posts,
                           Map<String, String> settings, Map<String, Publisher> publishers, List<HandOff> handOffs,
                           List<PostGroupMember> postGroups, List<UploadedMedia> media) {

    public StoreContent {
        accounts = List.copyOf(accounts);
        labels = List.copyOf(labels);
        slots = List.copyOf(slots);
        posts = List.copyOf(posts);
        settings = new TreeMap<>(settings);
        publishers = new TreeMap<>(publishers);
        handOffs = List.copyOf(handOffs);
        postGroups = List.copyOf(postGroups);
        media = List.copyOf(media);
    }

    /**
     * The same content with every forwarder's API key left out: what a backup holds unless the user asks for keys
     * (a backup file travels: mail, cloud folders). Restored, such a forwarder "needs its key".
     */
    public StoreContent withoutKeys() {
        Map<String, Publisher> keyless = new TreeMap<>();
        publishers.forEach((account, p) -> keyless.put(account, p.withoutKey()));
        return new StoreContent(accounts, labels, slots, posts, settings, keyless, handOffs, postGroups, media);
    }

    /** Whether any publisher holds an API key (a backup made with keys is a secret to keep). */
    public boolean holdsKeys() {
        return publishers.values().stream().anyMatch(p -> p.isForwarder() && p.forwarder().hasKey());
    }

    /** A store with no post groups and no uploaded media. */
    public StoreContent(List<Account> accounts, List<Label> labels, List<CalendarSlot> slots, List<Post> posts,
                        Map<String, String> settings, Map<String, Publisher> publishers, List<HandOff> handOffs) {
        this(accounts, labels, slots, posts, settings, publishers, handOffs, List.of(), List.of());
    }

    /** A store with no publishing set up: every account manual, no post handed off. */
    public StoreContent(List<Account> accounts, List<Label> labels, List<CalendarSlot> slots, List<Post> posts,
                        Map<String, String> settings) {
        this(accounts, labels, slots, posts, settings, Map.of(), List.of());
    }

    public boolean isEmpty() {
        return accounts.isEmpty() && labels.isEmpty() && slots.isEmpty() && posts.isEmpty();
    }
}
