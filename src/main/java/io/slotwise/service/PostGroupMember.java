package io.slotwise.service;

/**
 * One post's place in a {@link PostGroup}: the posts one request made for several platforms, read, changed and
 * deleted together under the group's id (its first post's id).
 *
 * @param position the post's place in the order the request named its platforms (a post deleted on its own
 *                 leaves a gap)
 */
public record PostGroupMember(String postId, String groupId, int position) {
}
