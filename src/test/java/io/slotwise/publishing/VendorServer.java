package io.slotwise.publishing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hosted scheduler on 127.0.0.1 (the JDK's {@link HttpServer}) that answers as scripted, in each way the vendors
 * document failing: a status with a body (401, 429, 500, Blotato's {@code failed}, Ayrshare's {@code "error"}), or
 * no answer before the client gives up. It records every request, headers included.
 *
 * <p>Like Ayrshare, it honours {@code idempotencyKey}: a create request whose key it has seen before makes no second
 * post and gets the first one's answer. {@link #postsMade()} is what the network would show.
 */
final class VendorServer extends LoopbackServer {

    /** One scripted answer: {@code status} and {@code body} after {@code sleepMillis}; {@code makesPost} for a create. */
    record Answer(int status, String body, long sleepMillis, boolean makesPost) {
        static Answer json(int status, String body) {
            return new Answer(status, body, 0, false);
        }

        /** A create the vendor accepts: the post exists from now on, whatever becomes of the answer. */
        static Answer made(int status, String body) {
            return new Answer(status, body, 0, true);
        }

        /** The post is made, but the answer comes after the client stopped waiting. */
        static Answer madeButSlow(long millis, String body) {
            return new Answer(200, body, millis, true);
        }
    }

    /** A request as it arrived; header names lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("\"idempotencyKey\"\\s*:\\s*\"([^\"]*)\"");

    private final Map<String, Deque<Answer>> scripts = new HashMap<>();
    private final Map<String, Answer> otherwise = new HashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Answer> answeredByKey = new HashMap<>();
    private int posts;

    VendorServer() throws IOException {
        super("/");
    }

    /** The base URL a forwarder is given, e.g. {@code http://127.0.0.1:PORT/v2}. */
    String base(String prefix) {
        return "http://127.0.0.1:" + port() + prefix;
    }

    /** Requests to {@code route} ("POST /v2/posts", "GET /v2/posts/" for any id) get these answers, in order. */
    synchronized VendorServer on(String route, Answer... answers) {
        scripts.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** After its script, {@code route} always gets this answer. */
    synchronized VendorServer otherwise(String route, Answer answer) {
        otherwise.put(route, answer);
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> received(String route) {
        return received.stream().filter(r -> (r.method() + " " + r.path()).startsWith(route)).toList();
    }

    /** How many posts the vendor made (a repeated idempotency key makes none). */
    synchronized int postsMade() {
        return posts;
    }

    @Override
    void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
        Answer a;
        synchronized (this) {
            received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, body));
            Matcher key = IDEMPOTENCY_KEY.matcher(body);
            String k = key.find() ? key.group(1) : null;
            if (k != null && answeredByKey.containsKey(k)) {
                a = new Answer(answeredByKey.get(k).status(), answeredByKey.get(k).body(), 0, false);
            } else {
                a = next(route);
                if (a.makesPost()) {
                    posts++;
                    if (k != null) {
                        answeredByKey.put(k, a);
                    }
                }
            }
        }
        answer(ex, a.status(), a.body(), a.sleepMillis(), () -> { });
    }

    private Answer next(String route) {
        for (Map.Entry<String, Deque<Answer>> e : scripts.entrySet()) {
            if (route.startsWith(e.getKey()) && !e.getValue().isEmpty()) {
                return e.getValue().poll();
            }
        }
        for (Map.Entry<String, Answer> e : otherwise.entrySet()) {
            if (route.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return Answer.json(404, "{\"message\":\"No route " + route + "\"}");
    }
}
