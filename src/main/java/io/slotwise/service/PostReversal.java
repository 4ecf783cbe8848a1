package io.slotwise.service;

import java.util.Objects;

/**
 * One post of an undo (or redo): how this app left it ({@code asLeft}, null when this app's change removed it)
 * and what to put back ({@code putBack}, null to remove it again). It is put back only while the stored post is
 * still as this app left it: another member's later change is never reverted.
 */
public record PostReversal(String postId, io.slotwise.engine.Post asLeft, io.slotwise.engine.Post putBack) {

    public PostReversal {
        Objects.requireNonNull(postId, "postId");
    }
}
