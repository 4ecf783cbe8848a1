package io.slotwise.publishing;

/**
 * What a hosted scheduler said about a post (or that it said nothing).
 *
 * @param remoteId  its id for the post, once it has one
 * @param publicUrl the post's live URL, when the vendor gave one
 * @param detail    what happened, for the user: the vendor's own error message where it gave one
 */
public record ForwardAnswer(Outcome outcome, String remoteId, String publicUrl, String detail) {

    public enum Outcome {
        /** On the network. */
        PUBLISHED,
        /** The vendor has it and is still working on it: ask again later. */
        PENDING,
        /** Nothing was made (a 5xx, 429, a refused connection): the same request may be sent again later. */
        RETRY,
        /** The vendor refused it or reported that publishing failed: trying again would not help by itself. */
        FAILED,
        /** The request went out and no answer came back: the post may or may not exist at the vendor. */
        UNKNOWN
    }

    public static ForwardAnswer published(String remoteId, String publicUrl) {
        return new ForwardAnswer(Outcome.PUBLISHED, remoteId, publicUrl, null);
    }

    public static ForwardAnswer pending(String remoteId, String detail) {
        return new ForwardAnswer(Outcome.PENDING, remoteId, null, detail);
    }

    public static ForwardAnswer retry(String detail) {
        return new ForwardAnswer(Outcome.RETRY, null, null, detail);
    }

    public static ForwardAnswer failed(String remoteId, String detail) {
        return new ForwardAnswer(Outcome.FAILED, remoteId, null, detail);
    }

    public static ForwardAnswer unknown(String detail) {
        return new ForwardAnswer(Outcome.UNKNOWN, null, null, detail);
    }
}
