package io.slotwise.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.service.Services;
import io.slotwise.service.TestClock;
import io.slotwise.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A running {@link LocalApi} over an in-memory store with a settable clock, and a plain
 * {@link HttpClient} that talks to it over real HTTP on 127.0.0.1. Requests under {@code /v2} carry
 * Blotato's {@code blotato-api-key} header; all others carry {@code Authorization: Bearer KEY}, as
 * each vendor's documents show.
 */
final class ApiHarness implements AutoCloseable {

    static final String KEY = "sw_test_key_0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    final TestClock clock;
    final Services services;
    final LocalApi api;
    final HttpClient http;

    ApiHarness(Instant now) {
        clock = new TestClock(now);
        services = Services.over(Store.inMemory("api-" + UUID.randomUUID()), clock, new SplittableRandom(7));
        api = LocalApi.start(services, 0, KEY);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    Res get(String path) {
        return send("GET", path, null);
    }

    Res post(String path, String body) {
        return send("POST", path, body);
    }

    Res patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Res delete(String path) {
        return send("DELETE", path, null);
    }

    Res delete(String path, String body) {
        return send("DELETE", path, body);
    }

    /** A request with the dialect's usual auth header. */
    Res send(String method, String path, String body) {
        return path.startsWith("/v2") ? send(method, path, body, "blotato-api-key", KEY)
                : send(method, path, body, "Authorization", "Bearer " + KEY);
    }

    /** A request with exactly the given headers (name, value, name, value …): no auth unless given. */
    Res send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    Res send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POST written on a raw socket with Content-Length, its answer read whole: a server that refuses a large body
     * early may close before the client has sent it all, which Java's HttpClient reports as an error.
     */
    String rawPost(String path, byte[] body) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", api.port())) {
            s.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n";
            java.io.OutputStream out = s.getOutputStream();
            try {
                out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                for (int from = 0; from < body.length; from += 64 * 1024) {
                    out.write(body, from, Math.min(64 * 1024, body.length - from));
                }
                out.flush();
            } catch (IOException e) {
                // refused part-way: the answer was sent before the close
            }
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON text from single-quoted JSON, to keep request bodies readable in the tests. */
    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText(null)));
        return out;
    }

    @Override
    public void close() {
        api.close();
        services.close();
    }

    /** An HTTP answer. */
    record Res(int status, String body, String contentType) {

        JsonNode json() {
            return parse(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
