package io.slotwise.ui;

/**
 * What runs the local HTTP API (SPEC §7) inside the desktop app. The window decides when, as its settings say; the
 * launcher hands it the server, so that the UI does not build on the API package.
 */
@FunctionalInterface
public interface LocalApiHost {

    /** Starts the API on loopback at {@code port}, answering to {@code key}; throws when it cannot listen. */
    Listening start(int port, String key);

    /** A running local API. */
    interface Listening extends AutoCloseable {

        int port();

        @Override
        void close();
    }
}
