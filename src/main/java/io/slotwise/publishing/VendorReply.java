package io.slotwise.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reading a hosted scheduler's answer: its JSON, and its own error message, word for word, for the user. */
final class VendorReply {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VendorReply() {
    }

    /** The body as JSON; a missing node when it is not JSON (a proxy's HTML page, say). */
    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode n = JSON.readTree(body);
            return n == null ? MissingNode.getInstance() : n;
        } catch (java.io.IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A non-blank text field, else null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    /**
     * The vendor's message for a refusal: {@code message}, {@code errorMessage}, {@code error} (text or an object
     * with a message), or the first of {@code errors}; else the start of the body.
     */
    static String message(JsonNode n, String body) {
        for (String field : new String[] {"message", "errorMessage", "error"}) {
            String t = text(n, field);
            if (t != null) {
                return t;
            }
        }
        String nested = text(n.path("error"), "message");
        if (nested != null) {
            return nested;
        }
        JsonNode first = n.path("errors").path(0);
        String listed = text(first, "message");
        if (listed != null) {
            return listed;
        }
        return HttpWebhookSender.snippet(body);
    }

    /** "HTTP 401 — Invalid API key": the status and the vendor's own words. */
    static String refusal(int status, JsonNode n, String body) {
        String m = message(n, body);
        return "HTTP " + status + (m == null || m.isBlank() ? "" : " — " + m);
    }

    /** A status worth sending the same request again for later: 408, 429 or a 5xx (as for webhooks). */
    static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
