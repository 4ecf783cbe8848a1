package io.slotwise.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * What one round of the hand-off scheduler did: posts that fell due (to the user or to a webhook), and
 * what came of the webhook attempts made.
 *
 * @param waitingForYou posts that turned due for a manual publisher
 * @param toWebhook     posts that fell due and went to a webhook publisher
 * @param delivered     webhook attempts that delivered
 * @param retrying      webhook attempts that did not, with a retry planned
 * @param failed        hand-offs that gave up
 * @param errors        why, one line per failed hand-off
 */
public record HandOffReport(int waitingForYou, int toWebhook, int delivered, int retrying, int failed,
                            List<String> errors) {

    public static final HandOffReport NOTHING = new HandOffReport(0, 0, 0, 0, 0, List.of());

    public HandOffReport {
        errors = List.copyOf(errors);
    }

    public int fellDue() {
        return waitingForYou + toWebhook;
    }

    public int attempts() {
        return delivered + retrying + failed;
    }

    public boolean isEmpty() {
        return fellDue() == 0 && attempts() == 0;
    }

    public HandOffReport plus(HandOffReport o) {
        List<String> all = new ArrayList<>(errors);
        all.addAll(o.errors);
        return new HandOffReport(waitingForYou + o.waitingForYou, toWebhook + o.toWebhook, delivered + o.delivered,
                retrying + o.retrying, failed + o.failed, all);
    }

    /**
     * The first round after Slotwise starts: "3 posts fell due while Slotwise was closed: 2 sent to the
     * webhook, 1 waiting for you. Webhook: 2 delivered."
     */
    public String asCatchUp() {
        if (isEmpty()) {
            return "Nothing fell due while Slotwise was closed";
        }
        List<String> sentences = new ArrayList<>();
        if (fellDue() > 0) {
            List<String> where = new ArrayList<>();
            if (toWebhook > 0) {
                where.add(toWebhook + " sent to the webhook");
            }
            if (waitingForYou > 0) {
                where.add(waitingForYou + " waiting for you");
            }
            sentences.add(posts(fellDue()) + " fell due while Slotwise was closed: " + String.join(", ", where));
        }
        if (attempts() > 0) {
            sentences.add("Webhook: " + String.join(", ", outcomes()));
        }
        return String.join(". ", sentences) + ".";
    }

    /** A later round, for a notification: "1 post is due: publish it, then mark it published". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (waitingForYou > 0) {
            parts.add(waitingForYou == 1 ? "1 post is due: publish it, then mark it published"
                    : waitingForYou + " posts are due: publish them, then mark them published");
        }
        if (attempts() > 0) {
            parts.add("webhook: " + String.join(", ", outcomes()));
        }
        return parts.isEmpty() ? "" : Character.toUpperCase(parts.get(0).charAt(0)) + String.join("; ", parts).substring(1);
    }

    private List<String> outcomes() {
        List<String> out = new ArrayList<>();
        if (delivered > 0) {
            out.add(delivered + " delivered");
        }
        if (retrying > 0) {
            out.add(retrying + " to be retried");
        }
        if (failed > 0) {
            out.add(failed + " failed (" + errors.get(0) + ")");
        }
        return out;
    }

    private static String posts(int n) {
        return n == 1 ? "1 post" : n + " posts";
    }
}
