package io.slotwise.publishing;

import io.slotwise.service.PublisherKind;
import java.time.Duration;

/**
 * A hosted scheduler's API as the forwarder publisher uses it: the vendor's own create-post request ("publish
 * now") and its documented way of learning how the post went. Never throws for a network problem or a refusal:
 * that is an answer ({@link ForwardAnswer.Outcome}).
 */
public interface Forwarder {

    /**
     * Sends the call: its create-post request, or, for a call with a {@code remoteId}, the status check.
     *
     * @throws InterruptedException when Slotwise is stopping: the request's fate is then settled after a restart
     */
    ForwardAnswer send(ForwardCall call) throws InterruptedException;

    /** The forwarders the app uses: each vendor over HTTP, giving up on a connection or an answer after {@code timeout}. */
    static Forwarder http(Duration timeout) {
        VendorHttp http = new VendorHttp(timeout);
        Forwarder blotato = new BlotatoForwarder(http);
        Forwarder ayrshare = new AyrshareForwarder(http);
        return call -> (call.vendor() == PublisherKind.BLOTATO ? blotato : ayrshare).send(call);
    }
}
