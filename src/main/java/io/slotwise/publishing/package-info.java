/**
 * The hand-off of due posts (SPEC §11): the scheduler that wakes at each post's time and after each write, the
 * publishers (manual, webhook, and the forwarders to Blotato and Ayrshare) with their delivery rules, retries and
 * the report of what fell due while Slotwise was closed, and the user's side of it ({@code Publishing}: the due and
 * failed list, mark published, retry).
 *
 * <p>May import: {@code service}, {@code store}, {@code engine}, and the dialects' shape classes (a webhook's body is
 * Blotato's post shape, and so is the Blotato forwarder's request), never the local HTTP server. The services never
 * import this package: the scheduler hears of writes through {@code Workspace}'s listeners.
 */
package io.slotwise.publishing;
