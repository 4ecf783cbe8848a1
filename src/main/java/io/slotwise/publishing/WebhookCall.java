package io.slotwise.publishing;

import java.net.URI;

/**
 * One webhook attempt: where to, the idempotency key (the post id, the same on every attempt, so a
 * receiver can drop a post it already has), the JSON body, and which attempt this is.
 */
public record WebhookCall(URI url, String idempotencyKey, String body, int attempt) {
}
