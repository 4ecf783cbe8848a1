package io.slotwise.engine;

import java.util.Set;

/** The posts and slots a plan changed since it was last asked: what another app sharing the store must read again. */
public record PlanChanges(Set<String> postIds, Set<String> slotIds) {

    public PlanChanges {
        postIds = Set.copyOf(postIds);
        slotIds = Set.copyOf(slotIds);
    }

    public boolean isEmpty() {
        return postIds.isEmpty() && slotIds.isEmpty();
    }
}
