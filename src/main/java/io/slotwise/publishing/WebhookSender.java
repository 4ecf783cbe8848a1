package io.slotwise.publishing;

import java.time.Duration;

/** Makes one webhook attempt. The hand-off scheduler is given one; tests give a short timeout. */
@FunctionalInterface
public interface WebhookSender {

    /**
     * POSTs the call's body and says what came of it; never throws for a network problem (that is a
     * {@link Delivery.Outcome#RETRY}).
     *
     * @throws InterruptedException when Slotwise is stopping: the attempt is made again after a restart
     */
    Delivery send(WebhookCall call) throws InterruptedException;

    /** Over {@link java.net.http.HttpClient}, giving up on a connection or an answer after {@code timeout}. */
    static WebhookSender http(Duration timeout) {
        return new HttpWebhookSender(timeout);
    }
}
