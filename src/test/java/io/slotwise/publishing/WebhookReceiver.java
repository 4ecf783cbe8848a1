package io.slotwise.publishing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's {@link HttpServer}) standing in for an automation tool's
 * webhook: it answers each POST as scripted (a status, or a sleep longer than the client waits) and
 * records every request it got, with its idempotency key. Like a careful receiver it takes a post
 * once: {@link #accepted()} lists the keys of requests it answered 2xx, duplicates dropped.
 */
public final class WebhookReceiver extends LoopbackServer {

    /**
     * What the receiver does with one request: answer {@code status} after {@code sleepMillis}; a
     * {@code hang} is a request kept waiting past the client's timeout, which the receiver does not keep.
     */
    public record Answer(int status, long sleepMillis, boolean hang) {
        public static Answer status(int status) {
            return new Answer(status, 0, false);
        }

        /** Answers after a while (the client still waits for it). */
        public static Answer slow(int status, long millis) {
            return new Answer(status, millis, false);
        }

        /** Keeps the request waiting longer than the client's timeout. */
        public static Answer hang(long millis) {
            return new Answer(200, millis, true);
        }
    }

    /** A request as it arrived. */
    public record Received(String idempotencyKey, String contentType, String body, int answeredWith) {
    }

    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private final Set<String> accepted = new LinkedHashSet<>();
    private Answer otherwise = Answer.status(200);

    public WebhookReceiver() throws IOException {
        super("/hook");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/hook");
    }

    /** The next requests get these answers, in order; after them, {@link #otherwise}. */
    public synchronized WebhookReceiver thenAnswer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    public synchronized WebhookReceiver otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Keys of the posts it took (answered 2xx), each once however often it came. */
    public synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer a;
        synchronized (this) {
            a = script.isEmpty() ? otherwise : script.poll();
            received.add(new Received(ex.getRequestHeaders().getFirst("Idempotency-Key"),
                    ex.getRequestHeaders().getFirst("Content-Type"), body, a.status()));
        }
        answer(ex, a.status(), a.status() >= 400 ? "{\"error\":\"status " + a.status() + "\"}" : "{\"ok\":true}",
                a.sleepMillis(), () -> {
                    if (!a.hang() && a.status() >= 200 && a.status() < 300) {
                        synchronized (this) {
                            accepted.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
                        }
                    }
                });
    }
}
