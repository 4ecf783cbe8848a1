package io.slotwise.engine;

/** The answer to "where does this post go next" (SPEC §5). */
public sealed interface NextFree {

    /** Blotato's 400 text when no slot at all is set up for the platform/account. */
    String NO_SLOTS_CONFIGURED = "no slots are configured for this platform/account";
    /** FeedHive's text when slots exist but none has a free future occurrence within the horizon. */
    String NO_AVAILABLE_SLOT = "No available slot";

    /** The earliest free eligible occurrence and the time chosen inside it. */
    record Found(Placement placement) implements NextFree {
    }

    /** No slot is configured for this platform, account, labels and group. */
    record NoSlotsConfigured() implements NextFree {
    }

    /** Slots are configured, but none is active with a free occurrence in the next two years. */
    record NoAvailableSlot() implements NextFree {
    }
}
