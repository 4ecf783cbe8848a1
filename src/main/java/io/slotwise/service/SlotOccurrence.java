package io.slotwise.service;

import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Slot;

/**
 * One occurrence of a slot as the calendar shows it: how many lanes it has (accounts it takes a post
 * for; 0 when it takes any account's one post) and how many are taken.
 */
public record SlotOccurrence(Slot slot, Occurrence occurrence, int lanes, int taken) {

    public boolean isFull() {
        return lanes == 0 ? taken > 0 : taken >= lanes;
    }
}
