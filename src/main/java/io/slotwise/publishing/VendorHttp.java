package io.slotwise.publishing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
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
 * One HTTP exchange of the hand-off (a webhook, a hosted scheduler's API) over {@link HttpClient}, with one deadline
 * for everything, the body included, and the difference that matters for a retry: whether the request may have
 * reached the other side ({@link Failure#NO_ANSWER}) or surely did not ({@link Failure#NOT_SENT}). Redirects are not
 * followed: a POST must not silently become a GET elsewhere.
 */
final class VendorHttp {

    /** Why there is no answer. */
    enum Failure {
        /** There is an answer. */
        NONE,
        /** No connection was made: the request never left. */
        NOT_SENT,
        /** The request went (or may have gone) out and no answer came in time. */
        NO_ANSWER
    }

    /**
     * What came back: a status and body, or a failure described for the user.
     *
     * @param location a redirect's target, else null
     */
    record Exchange(int status, String body, String location, Failure failure, String problem) {

        boolean answered() {
            return failure == Failure.NONE;
        }
    }

    private final Duration timeout;
    /** Made at the first request: building it sets up TLS (~1,000 classes), which the desktop's start must not wait for. */
    private volatile HttpClient http;

    VendorHttp(Duration timeout) {
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

    /**
     * Sends {@code method} to {@code url} with the given headers (name, value, …) and, unless null, a JSON body.
     * Header values never appear in what this returns: they may hold an API key.
     */
    Exchange exchange(String method, URI url, String jsonBody, String... headers) throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "Slotwise");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        CompletableFuture<HttpResponse<byte[]>> answer = http().sendAsync(b.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> r = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(r.statusCode(), new String(r.body() == null ? new byte[0] : r.body(),
                    StandardCharsets.UTF_8), r.headers().firstValue("Location").orElse(null), Failure.NONE, null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Exchange(0, null, null, Failure.NO_ANSWER, noAnswer());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return failed(e.getCause() == null ? e : e.getCause(), url);
        }
    }

    private Exchange failed(Throwable e, URI url) {
        String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        if (e instanceof HttpConnectTimeoutException) {
            return new Exchange(0, null, null, Failure.NOT_SENT, "No connection to " + where + " within " + seconds());
        }
        if (e instanceof HttpTimeoutException) {
            return new Exchange(0, null, null, Failure.NO_ANSWER, noAnswer());
        }
        if (e instanceof ConnectException) {
            return new Exchange(0, null, null, Failure.NOT_SENT, "Could not connect to " + where + " ("
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
        }
        if (e instanceof IOException) {
            return new Exchange(0, null, null, Failure.NO_ANSWER, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return new Exchange(0, null, null, Failure.NO_ANSWER, "Could not send it: " + e.getClass().getSimpleName());
    }

    private String noAnswer() {
        return "No answer within " + seconds();
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
