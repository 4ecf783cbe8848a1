package io.slotwise.service;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import java.time.Instant;
import java.util.List;

/**
 * One text for several platforms: a post per platform, each on that platform's default account, all
 * at one time — {@code scheduledTime}, the next free time of a group of slots, or now.
 *
 * @param scheduledTime null unless they go out at that time
 * @param slotGroup     the group of slots (an auto-schedule) to queue them in, or null
 */
public record CrossPost(PostContent content, List<Platform> platforms, Instant scheduledTime, String slotGroup) {

    public CrossPost {
        platforms = List.copyOf(platforms);
    }
}
