/**
 * Ayrshare's dialect under {@code /api}: posts to several platforms at once and the named auto-schedules. Its request
 * shapes read Ayrshare's bodies into the services' values with Ayrshare's own messages.
 *
 * <p>May import: {@code api}, {@code service}, {@code engine}; Javalin and Jackson.
 */
package io.slotwise.api.ayrshare;
