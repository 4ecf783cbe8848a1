package io.slotwise.service;

/**
 * Whether the team calendar's server can be reached: when it cannot, {@code reason} says why (the server stopped,
 * the network dropped); the app keeps its last view, read-only, and retries by itself.
 */
public record TeamReachability(boolean reachable, String reason) {
}
