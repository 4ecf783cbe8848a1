package io.slotwise.publishing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A webhook attempt over {@link HttpClient}: {@code POST} of the JSON body with
 * {@code Idempotency-Key: <post id>}. Redirects are not followed (a POST must not silently become a GET
 * elsewhere): a 3xx fails the hand-off with the new location in the error.
 */
final class HttpWebhookSender implements WebhookSender {

    private static final int DETAIL_CHARS = 200;

    private final Duration timeout;
    /** Made at the first webhook: building it sets up TLS (~1,000 classes), which the desktop's start must not wait for. */
    private volatile HttpClient http;

    HttpWebhookSender(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    http = client;
                }
            }
        }
        return client;
    }

    @Override
    public Delivery send(WebhookCall call) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(call.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", call.idempotencyKey())
                .header("User-Agent", "Slotwise")
                .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = http().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // One deadline for everything, the body included: a receiver that stalls cannot hold us.
            HttpResponse<byte[]> r = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String detail = r.statusCode() >= 300 && r.statusCode() < 400
                    ? r.headers().firstValue("Location").map(l -> "redirects to " + l + "; use that URL").orElse("")
                    : snippet(r.body());
            return Delivery.forStatus(r.statusCode(), detail);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Delivery.retry(noAnswer());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return Delivery.retry(describe(e.getCause() == null ? e : e.getCause(), call));
        }
    }

    private String describe(Throwable e, WebhookCall call) {
        String where = call.url().getHost() + (call.url().getPort() < 0 ? "" : ":" + call.url().getPort());
        if (e instanceof HttpConnectTimeoutException) {
            return "No connection to " + where + " within " + seconds();
        }
        if (e instanceof HttpTimeoutException) {
            return noAnswer();
        }
        if (e instanceof ConnectException) {
            return "Could not connect to " + where + " (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
                    + ")";
        }
        if (e instanceof IOException) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return "Could not send it: " + e;
    }

    private String noAnswer() {
        return "No answer within " + seconds();
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** The start of an answer's body on one line, for the error the user sees. */
    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, DETAIL_CHARS * 4), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        return text.length() > DETAIL_CHARS ? text.substring(0, DETAIL_CHARS) + "…" : text;
    }
}
