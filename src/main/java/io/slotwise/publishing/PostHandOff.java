package io.slotwise.publishing;

import io.slotwise.engine.Post;
import io.slotwise.service.HandOff;

/**
 * A post of the "Due & failed" list with its hand-off.
 *
 * @param handOff null only for a post whose hand-off record went away (restored from an old backup)
 */
public record PostHandOff(Post post, HandOff handOff) {
}
