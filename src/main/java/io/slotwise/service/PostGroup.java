package io.slotwise.service;

import io.slotwise.engine.Post;
import java.util.List;

/**
 * The posts one request made for several platforms at once (one post per platform), under one id: its
 * first post's id. A post made on its own is a group of one under its own id.
 *
 * @param posts in the order the request named their platforms; never empty
 */
public record PostGroup(String id, List<Post> posts) {

    public PostGroup {
        posts = List.copyOf(posts);
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("A group has at least one post");
        }
    }

    public Post first() {
        return posts.get(0);
    }
}
