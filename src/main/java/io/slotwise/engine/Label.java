package io.slotwise.engine;

import java.util.Objects;

/** A label that ties posts to the slots meant for them (FeedHive's labels). */
public record Label(String id, String ownerId, String name) {

    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(name, "name");
    }
}
