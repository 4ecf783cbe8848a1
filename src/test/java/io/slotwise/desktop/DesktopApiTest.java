package io.slotwise.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.service.Services;
import io.slotwise.service.Settings;
import io.slotwise.store.Store;
import io.slotwise.ui.MainStage;
import io.slotwise.ui.MainWindow;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** With the setting on, the desktop app serves the local API with the key from its settings. */
@ExtendWith(ApplicationExtension.class)
class DesktopApiTest {

    private Services services;
    private MainWindow window;
    private int port;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        services = Services.over(Store.inMemory("desktop-api-" + System.nanoTime()), clock, new SplittableRandom(1));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Settings settings = services.settings().get();
        services.settings().save(settings.withApi(true, port));
        window = MainStage.show(stage, services, clock);
        window.setApiHost(SlotwiseApp.localApi(services));
    }

    @AfterEach
    void close() {
        window.stopApi();
        services.close();
    }

    @Test
    void theDesktopServesTheApiWithTheKeyFromItsSettings() throws Exception {
        String key = services.settings().get().apiKey();
        assertThat(key).startsWith("sw_");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plan/slots"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"success\":true");
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plan/slots"))
                .header("Authorization", "Bearer wrong").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(401);
    }
}
