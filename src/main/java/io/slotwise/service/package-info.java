/**
 * The use cases in the domain's words (posts, slots, the queue, accounts and labels, the calendar's range,
 * settings, backups, importing a sheet of drafts, the media files scripts hand over), their validation and error messages, one transaction each through
 * {@code Workspace}, which also keeps the engine's plan in step with the store. {@code Services} opens them all over
 * one store. No vendor's request or view shapes live here: the dialects under {@code api} translate to these values.
 *
 * <p>May import: {@code engine} and {@code store}. Never {@code api}, {@code ui}, {@code desktop}, {@code publishing}
 * or {@code interop}: those sit on top of the services and call them.
 */
package io.slotwise.service;
