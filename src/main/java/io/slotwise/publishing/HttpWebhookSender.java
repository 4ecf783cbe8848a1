package io.slotwise.publishing;

import java.time.Duration;

/**
 * A webhook attempt over HTTP ({@link VendorHttp}): {@code POST} of the JSON body with
 * {@code Idempotency-Key: <post id>}. A 3xx fails the hand-off with the new location in the error.
 */
final class HttpWebhookSender implements WebhookSender {

    private static final int DETAIL_CHARS = 200;

    private final VendorHttp http;

    HttpWebhookSender(Duration timeout) {
        this.http = new VendorHttp(timeout);
    }

    @Override
    public Delivery send(WebhookCall call) throws InterruptedException {
        VendorHttp.Exchange r = http.exchange("POST", call.url(), call.body(), "Idempotency-Key", call.idempotencyKey());
        if (!r.answered()) {
            return Delivery.retry(r.problem());
        }
        String detail = r.status() >= 300 && r.status() < 400
                ? (r.location() == null ? "" : "redirects to " + r.location() + "; use that URL")
                : snippet(r.body());
        return Delivery.forStatus(r.status(), detail);
    }

    /** The start of an answer's body on one line, for the error the user sees. */
    static String snippet(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String text = body.substring(0, Math.min(body.length(), DETAIL_CHARS * 4)).replaceAll("\\s+", " ").strip();
        return text.length() > DETAIL_CHARS ? text.substring(0, DETAIL_CHARS) + "…" : text;
    }
}
