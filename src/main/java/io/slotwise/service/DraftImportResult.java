package io.slotwise.service;

import io.slotwise.engine.Post;
import java.util.List;

/** What a CSV import wrote: the posts, in file order. */
public record DraftImportResult(List<Post> posts) {

    public DraftImportResult {
        posts = List.copyOf(posts);
    }

    public long drafts() {
        return posts.stream().filter(p -> !p.holdsLane()).count();
    }

    public long scheduled() {
        return posts.stream().filter(Post::holdsLane).count();
    }
}
