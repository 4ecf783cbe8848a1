package io.slotwise.service;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total      how many items there are in all
 * @param nextCursor the opaque cursor of the next page, or null on the last one
 */
public record Page<T>(List<T> items, long total, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
