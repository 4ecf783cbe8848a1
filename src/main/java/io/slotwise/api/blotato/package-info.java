/**
 * Blotato's dialect under {@code /v2}: schedule slots, scheduled posts, the next free slot, media. Its request shapes
 * read Blotato's bodies into the services' values with Blotato's own messages; {@code BlotatoPostView} writes a post
 * the way Blotato does (also the webhook body of {@code publishing}).
 *
 * <p>May import: {@code api}, {@code service}, {@code engine}; Javalin and Jackson.
 */
package io.slotwise.api.blotato;
