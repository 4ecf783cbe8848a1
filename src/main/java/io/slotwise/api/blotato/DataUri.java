package io.slotwise.api.blotato;

import io.slotwise.service.MediaLibrary;
import io.slotwise.service.ServiceException;
import java.util.Base64;
import java.util.Locale;

/**
 * A {@code data:} URI as Blotato's n8n node sends binary input to POST /v2/media:
 * {@code data:<type>;base64,<bytes>}. Read with messages naming {@code url}.
 *
 * @param declaredType the MIME type the URI names; empty when it names none
 */
record DataUri(String declaredType, byte[] bytes) {

    static final String NOT_BASE64 = "url must be a base64 data URI: data:<type>;base64,<data>";

    static boolean isDataUri(String url) {
        return url.regionMatches(true, 0, "data:", 0, 5);
    }

    static DataUri parse(String url) {
        int comma = url.indexOf(',');
        if (comma < 0) {
            throw ServiceException.invalid("url", NOT_BASE64);
        }
        String[] header = url.substring(5, comma).split(";");
        boolean base64 = false;
        for (int i = 1; i < header.length; i++) {
            base64 |= header[i].trim().equalsIgnoreCase("base64");
        }
        if (!base64) {
            throw ServiceException.invalid("url", NOT_BASE64);
        }
        String data = url.substring(comma + 1);
        // Checked before decoding: a string that cannot be under the limit is not decoded at all.
        if ((long) data.length() * 3 / 4 > MediaLibrary.MAX_BYTES + 2) {
            throw ServiceException.tooLarge("url", MediaLibrary.TOO_LARGE);
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(data);
            if (bytes.length == 0 || !isBase64Text(data)) {
                throw new IllegalArgumentException("not base64");
            }
            return new DataUri(header[0].trim().toLowerCase(Locale.ROOT), bytes);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid("url", NOT_BASE64);
        }
    }

    /** Base64's alphabet, padding and line breaks only: the MIME decoder would skip anything else silently. */
    private static boolean isBase64Text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
