package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import java.util.List;

/**
 * The scheduled plan of one account, or of all (for a calendar export): the posts that hold a lane,
 * in time order, the slots they may use, and the labels both name.
 *
 * @param account the account it is for, or null for every account
 */
public record ScheduledPlan(Account account, List<Post> posts, List<Slot> slots, List<Label> labels) {

    public ScheduledPlan {
        posts = List.copyOf(posts);
        slots = List.copyOf(slots);
        labels = List.copyOf(labels);
    }
}
