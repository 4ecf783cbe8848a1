package io.slotwise.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * What one round of the hand-off scheduler did: posts that fell due (to the user, to a webhook, or forwarded to a
 * hosted scheduler), and what came of the attempts made.
 *
 * @param waitingForYou posts that turned due for a manual publisher
 * @param toWebhook     posts that fell due and went to a webhook publisher
 * @param toForwarder   posts that fell due and went to a forwarder (Blotato, Ayrshare)
 * @param delivered     attempts that delivered (a webhook took it, or the hosted scheduler published it)
 * @param accepted      posts a hosted scheduler took and is still publishing (Slotwise asks again later)
 * @param retrying      attempts that did not, with a retry planned
 * @param failed        hand-offs that gave up
 * @param forwarded     how many of those outcomes were a forwarder's (the rest were a webhook's)
 * @param errors        why, one line per failed hand-off
 */
public record HandOffReport(int waitingForYou, int toWebhook, int toForwarder, int delivered, int accepted,
                            int retrying, int failed, int forwarded, List<String> errors) {

    public static final HandOffReport NOTHING = new HandOffReport(0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public HandOffReport {
        errors = List.copyOf(errors);
    }

    static HandOffReport turnedDue(int n) {
        return new HandOffReport(n, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    static HandOffReport fellDue(int manual, int webhook, int forwarder) {
        return new HandOffReport(manual, webhook, forwarder, 0, 0, 0, 0, 0, List.of());
    }

    static HandOffReport oneDelivered(boolean byForwarder) {
        return new HandOffReport(0, 0, 0, 1, 0, 0, 0, byForwarder ? 1 : 0, List.of());
    }

    static HandOffReport oneAccepted() {
        return new HandOffReport(0, 0, 0, 0, 1, 0, 0, 1, List.of());
    }

    static HandOffReport oneRetrying(boolean byForwarder) {
        return new HandOffReport(0, 0, 0, 0, 0, 1, 0, byForwarder ? 1 : 0, List.of());
    }

    static HandOffReport oneFailed(boolean byForwarder, String error) {
        return new HandOffReport(0, 0, 0, 0, 0, 0, 1, byForwarder ? 1 : 0, List.of(error));
    }

    public int fellDue() {
        return waitingForYou + toWebhook + toForwarder;
    }

    public int attempts() {
        return delivered + accepted + retrying + failed;
    }

    public boolean isEmpty() {
        return fellDue() == 0 && attempts() == 0;
    }

    public HandOffReport plus(HandOffReport o) {
        List<String> all = new ArrayList<>(errors);
        all.addAll(o.errors);
        return new HandOffReport(waitingForYou + o.waitingForYou, toWebhook + o.toWebhook, toForwarder + o.toForwarder,
                delivered + o.delivered, accepted + o.accepted, retrying + o.retrying, failed + o.failed,
                forwarded + o.forwarded, all);
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
            if (toForwarder > 0) {
                where.add(toForwarder + " forwarded to Blotato or Ayrshare");
            }
            if (waitingForYou > 0) {
                where.add(waitingForYou + " waiting for you");
            }
            sentences.add(posts(fellDue()) + " fell due while Slotwise was closed: " + String.join(", ", where));
        }
        if (attempts() > 0) {
            sentences.add(channels() + ": " + String.join(", ", outcomes()));
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
            parts.add(channels().toLowerCase(java.util.Locale.ROOT) + ": " + String.join(", ", outcomes()));
        }
        return parts.isEmpty() ? "" : Character.toUpperCase(parts.get(0).charAt(0)) + String.join("; ", parts).substring(1);
    }

    /** Who the outcomes came from: the webhook, the hosted scheduler, or both. */
    private String channels() {
        return forwarded == 0 ? "Webhook" : forwarded == attempts() ? "Hosted scheduler" : "Webhook and hosted scheduler";
    }

    private List<String> outcomes() {
        List<String> out = new ArrayList<>();
        if (delivered > 0) {
            out.add(delivered + (forwarded == attempts() ? " published" : " delivered"));
        }
        if (accepted > 0) {
            out.add(accepted + " taken, being published");
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
