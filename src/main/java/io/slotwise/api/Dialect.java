package io.slotwise.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The three vendors' APIs Slotwise speaks, each under its own path and with its own error shape. */
enum Dialect {
    /** Blotato, under /v2: {@code {"message": "..."}}. */
    BLOTATO("/v2"),
    /** FeedHive, under /plan: {@code {"success": false, "message": "..."}}. */
    FEEDHIVE("/plan"),
    /** Ayrshare, under /api: {@code {"status": "error", "code": 400, "message": "..."}}. */
    AYRSHARE("/api"),
    /** Anything else. */
    NONE("");

    private final String prefix;

    Dialect(String prefix) {
        this.prefix = prefix;
    }

    static Dialect of(String path) {
        for (Dialect d : values()) {
            if (d != NONE && (path.equals(d.prefix) || path.startsWith(d.prefix + "/"))) {
                return d;
            }
        }
        return NONE;
    }

    /** The error body this vendor's clients expect. */
    Map<String, Object> error(int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (this) {
            case FEEDHIVE -> body.put("success", false);
            case AYRSHARE -> {
                body.put("status", "error");
                body.put("code", status);
            }
            default -> { }
        }
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
