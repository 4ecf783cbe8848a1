package io.slotwise.store;

import java.util.Set;

/**
 * What the plan revisions after an app's own changed: the posts and slots to read again, or {@code everything}
 * when a revision said so (a restore) or is no longer on record (pruned).
 */
public record PlanChangeLog(Set<String> postIds, Set<String> slotIds, boolean everything) {

    public PlanChangeLog {
        postIds = Set.copyOf(postIds);
        slotIds = Set.copyOf(slotIds);
    }

    static PlanChangeLog readEverything() {
        return new PlanChangeLog(Set.of(), Set.of(), true);
    }
}
