package io.slotwise.engine;

/**
 * The result of one post in an assign-next batch, with FeedHive's per-item messages.
 *
 * @param post      the post as scheduled, when the assignment succeeded
 * @param placement where it went, when it succeeded
 * @param message   why it failed, when it did
 */
public record Assignment(String postId, PlannedPost post, Placement placement, String message) {

    public static final String POST_NOT_FOUND = "Post not found";
    public static final String ACCESS_DENIED = "Access denied";
    public static final String ALREADY_SCHEDULED = "Post is already scheduled";
    public static final String ONLY_DRAFTS = "Only draft posts can be assigned";
    public static final String NEEDS_ACCOUNT = "Post must have at least one social account";
    public static final String NO_AVAILABLE_SLOT = NextFree.NO_AVAILABLE_SLOT;

    public static Assignment success(PlannedPost post, Placement placement) {
        return new Assignment(post.id(), post, placement, null);
    }

    public static Assignment failure(String postId, String message) {
        return new Assignment(postId, null, null, message);
    }

    public boolean success() {
        return placement != null;
    }
}
