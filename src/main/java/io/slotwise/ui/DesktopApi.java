package io.slotwise.ui;

import io.slotwise.service.Settings;

/**
 * The local HTTP API inside the desktop app: started, stopped or moved to another port as the settings say,
 * each change told in the status bar. Without a host (a window the launcher gave none) it runs nothing.
 */
final class DesktopApi {

    private final Notice notice;
    private LocalApiHost host;
    private LocalApiHost.Listening api;

    DesktopApi(Notice notice) {
        this.notice = notice;
    }

    /** Runs the API through {@code host} from now on; one running through another host is stopped. */
    void setHost(LocalApiHost host) {
        if (host != this.host) {
            stop();
            this.host = host;
        }
    }

    /** Starts or stops the local API, as the settings say. */
    void apply(Settings s) {
        if (api != null && (!s.apiEnabled() || api.port() != s.apiPort())) {
            api.close();
            api = null;
            notice.info("Local API stopped");
        }
        if (s.apiEnabled() && api == null && host != null) {
            try {
                api = host.start(s.apiPort(), s.apiKey());
                notice.success("Local API listening on http://127.0.0.1:" + api.port());
            } catch (RuntimeException e) {
                notice.error("The local API could not listen on port " + s.apiPort() + ": " + e.getMessage());
            }
        }
    }

    /** What the settings dialog says about the API. */
    String status() {
        return api != null ? "Listening on http://127.0.0.1:" + api.port() : "Not running";
    }

    /** Stops the local API, if it runs (the app is closing). */
    void stop() {
        if (api != null) {
            api.close();
            api = null;
        }
    }
}
