package io.slotwise.ui;

import io.slotwise.api.LocalApi;
import io.slotwise.service.Services;
import io.slotwise.service.Settings;

/**
 * The local HTTP API inside the desktop app: started, stopped or moved to another port as the settings say,
 * each change told in the status bar.
 */
final class DesktopApi {

    private final Services services;
    private final Notice notice;
    private LocalApi api;

    DesktopApi(Services services, Notice notice) {
        this.services = services;
        this.notice = notice;
    }

    /** Starts or stops the local API, as the settings say. */
    void apply(Settings s) {
        if (api != null && (!s.apiEnabled() || api.port() != s.apiPort())) {
            api.close();
            api = null;
            notice.info("Local API stopped");
        }
        if (s.apiEnabled() && api == null) {
            try {
                api = LocalApi.start(services, s.apiPort(), s.apiKey());
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
