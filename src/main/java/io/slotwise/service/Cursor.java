package io.slotwise.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque pagination cursor: where the previous page ended, as a sort key and an id, in URL-safe
 * base64. Anything that does not decode is an invalid cursor.
 */
public record Cursor(String key, String id) {

    public static final String INVALID = "Invalid cursor";

    public String encode() {
        String raw = key + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int nl = raw.indexOf('\n');
            if (nl < 0 || raw.indexOf('\n', nl + 1) >= 0) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(raw.substring(0, nl), raw.substring(nl + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key read as an instant, for cursors over scheduled times. */
    Optional<Instant> keyAsInstant() {
        try {
            return Optional.of(Instant.parse(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
