package io.slotwise.engine;

import java.util.Set;

/** Which slots a post may use (SPEC §3). */
public final class Eligibility {

    private Eligibility() {
    }

    /** All four rules: active, targets, labels, group. */
    public static boolean isEligible(Slot slot, SlotQuery query) {
        return slot.active() && isConfiguredFor(slot, query);
    }

    /** Targets, labels and group match, whether or not the slot is active. */
    public static boolean isConfiguredFor(Slot slot, SlotQuery query) {
        return targetsMatch(slot, query) && labelsMatch(slot.labelIds(), query.labelIds())
                && groupMatches(slot, query.group());
    }

    /**
     * An empty target list takes every account; otherwise one entry must name the platform, and the
     * account and subaccount unless it leaves them open. A query without an account only matches
     * entries open to every account of the platform.
     */
    public static boolean targetsMatch(Slot slot, SlotQuery query) {
        if (slot.targets().isEmpty()) {
            return true;
        }
        Destination d = query.destination();
        for (Target t : slot.targets()) {
            if (d == null) {
                if (t.platform() == query.platform() && t.accountId() == null) {
                    return true;
                }
            } else if (t.matches(query.platform(), d.accountId(), d.subaccountId())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a slot's targets take a post for this platform and destination. */
    public static boolean targets(Slot slot, Platform platform, Destination destination) {
        if (slot.targets().isEmpty()) {
            return true;
        }
        if (platform == null || destination == null) {
            return false;
        }
        for (Target t : slot.targets()) {
            if (t.matches(platform, destination.accountId(), destination.subaccountId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * FeedHive's rule: a post without labels uses only slots without labels; a post with labels needs
     * a slot sharing at least one of them.
     */
    public static boolean labelsMatch(Set<String> slotLabels, Set<String> postLabels) {
        if (postLabels.isEmpty()) {
            return slotLabels.isEmpty();
        }
        for (String label : postLabels) {
            if (slotLabels.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** A named group must match; no group named means any group. */
    public static boolean groupMatches(Slot slot, String group) {
        return group == null || group.equals(slot.group());
    }
}
