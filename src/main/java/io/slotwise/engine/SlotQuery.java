package io.slotwise.engine;

import java.util.Objects;
import java.util.Set;

/**
 * What a free slot is looked for: a platform, optionally an account (and subaccount), the post's
 * labels, and optionally a slot group (Ayrshare's schedule title; null means any group).
 *
 * @param destination null to match only slots meant for every account of the platform (Blotato's
 *                    next-available without an accountId)
 */
public record SlotQuery(Platform platform, Destination destination, Set<String> labelIds, String group) {

    public SlotQuery {
        Objects.requireNonNull(platform, "platform");
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
    }

    public static SlotQuery forPost(PlannedPost post) {
        return new SlotQuery(post.platform(), post.destination(), post.labelIds(), null);
    }

    public static SlotQuery forPost(PlannedPost post, String group) {
        return new SlotQuery(post.platform(), post.destination(), post.labelIds(), group);
    }

    public static SlotQuery forAccount(Platform platform, String accountId) {
        return new SlotQuery(platform, accountId == null ? null : Destination.of(accountId, null), Set.of(), null);
    }

    public SlotQuery inGroup(String group) {
        return new SlotQuery(platform, destination, labelIds, group);
    }
}
