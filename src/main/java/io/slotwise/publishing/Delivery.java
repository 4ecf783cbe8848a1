package io.slotwise.publishing;

/**
 * What came of one webhook attempt.
 *
 * @param detail what happened, for the user ("HTTP 503 — try later", "No answer within 10 s")
 */
public record Delivery(Outcome outcome, String detail) {

    public enum Outcome {
        /** 2xx: the receiver has it. */
        DELIVERED,
        /** A 5xx, 408, 429, a timeout or no connection: worth trying again later. */
        RETRY,
        /** Any other answer (4xx, a redirect): trying again would get the same; the hand-off fails now. */
        REFUSED
    }

    public static Delivery retry(String detail) {
        return new Delivery(Outcome.RETRY, detail);
    }

    /** Judges an HTTP answer by its status code; {@code detail} is the start of its body, or a redirect target. */
    public static Delivery forStatus(int status, String detail) {
        String text = "HTTP " + status + (detail == null || detail.isBlank() ? "" : " — " + detail);
        if (status >= 200 && status < 300) {
            return new Delivery(Outcome.DELIVERED, text);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new Delivery(Outcome.RETRY, text);
        }
        return new Delivery(Outcome.REFUSED, text);
    }
}
