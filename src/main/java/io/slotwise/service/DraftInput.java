package io.slotwise.service;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import java.util.Set;

/**
 * What a user writes for a post: where it goes (all three may be null for a draft not yet given an
 * account), what it says, the vendor's verbatim {@code target} JSON, and its labels.
 */
public record DraftInput(Platform platform, String accountId, String subaccountId, PostContent content,
                         String targetJson, Set<String> labelIds) {

    public DraftInput {
        content = content == null ? PostContent.text("") : content;
        labelIds = Set.copyOf(labelIds == null ? Set.of() : labelIds);
    }
}
