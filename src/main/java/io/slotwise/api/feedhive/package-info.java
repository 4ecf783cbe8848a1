/**
 * FeedHive's dialect under {@code /plan}: posting slots as windows in a time zone, scheduled posts, assign-next. Its
 * request shapes read FeedHive's bodies into the services' values with FeedHive's own messages.
 *
 * <p>May import: {@code api}, {@code service}, {@code engine}; Javalin and Jackson.
 */
package io.slotwise.api.feedhive;
