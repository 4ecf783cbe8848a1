package io.slotwise.service;

import java.net.URI;
import java.util.Objects;

/**
 * How an account reaches the hosted scheduler its posts are forwarded to: the API's base URL (the vendor's by
 * default; tests and a local Slotwise use another), the API key, and the vendor's ids (Blotato: the account and
 * optionally its page or subaccount; Ayrshare: optionally the user profile's key).
 *
 * @param apiKey null when the key was left out of a restored backup: the forwarder "needs its key"
 */
public record ForwarderSettings(URI baseUrl, String apiKey, String accountId, String pageId, String profileKey) {

    /** How many of a key's last characters the user sees: enough to tell two keys apart, too few to use one. */
    static final int SHOWN_KEY_CHARS = 4;

    public ForwarderSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public boolean hasKey() {
        return apiKey != null && !apiKey.isEmpty();
    }

    /** The key as the UI shows it: "••••abcd", never the whole key; "" without one. */
    public String maskedKey() {
        return mask(apiKey);
    }

    /** A secret as the UI may show it: its last four characters behind dots. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        int shown = secret.length() > 2 * SHOWN_KEY_CHARS ? SHOWN_KEY_CHARS : 0;
        return "••••" + secret.substring(secret.length() - shown);
    }

    /** The same settings without the key, as a backup holds them unless the user asked for keys. */
    public ForwarderSettings withoutKey() {
        return new ForwarderSettings(baseUrl, null, accountId, pageId, profileKey);
    }

    /** Masked: a record's own toString would print the key into any log line or message that shows it. */
    @Override
    public String toString() {
        return "ForwarderSettings[" + baseUrl + ", key " + (hasKey() ? maskedKey() : "missing") + ", account "
                + accountId + (pageId == null ? "" : ", page " + pageId)
                + (profileKey == null ? "" : ", profile key " + mask(profileKey)) + "]";
    }
}
