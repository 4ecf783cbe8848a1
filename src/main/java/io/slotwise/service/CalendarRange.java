package io.slotwise.service;

import io.slotwise.engine.Post;
import java.util.List;
import java.util.Set;

/** What the calendar shows for a stretch of time: slot occurrences, posts, and which posts are off-slot. */
public record CalendarRange(List<SlotOccurrence> occurrences, List<Post> posts, Set<String> offSlot) {

    public CalendarRange {
        occurrences = List.copyOf(occurrences);
        posts = List.copyOf(posts);
        offSlot = Set.copyOf(offSlot);
    }
}
