package io.slotwise.service;

import io.slotwise.engine.Post;

/**
 * A post a script submitted, as it stands now: the post and, when its hand-off failed, why.
 *
 * @param lastError why the last hand-off attempt did not deliver it; null when there was none or it succeeded
 */
public record SubmittedPost(Post post, String lastError) {

    public SubmittedPost {
        java.util.Objects.requireNonNull(post, "post");
    }
}
