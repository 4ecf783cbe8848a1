package io.slotwise.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.Post;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load benchmark of the local API (not a test; run it by hand, see BENCHMARKS.md): a {@link LocalApi}
 * on a file store in a temporary directory, {@code slots} weekly Blotato slots for {@code accounts}
 * twitter accounts (the first half open to every twitter account, the rest each for one account),
 * then {@code threads} client threads on loopback send {@code requests} Blotato
 * {@code POST /v2/posts} with {@code useNextFreeSlot}, spread round-robin over the accounts.
 *
 * <p>Afterwards it checks that every request got 201, that the store holds exactly those posts, and
 * that no lane is double-booked (no two scheduled posts of one account at one time, nor in one slot
 * occurrence), both in the store and through {@code GET /v2/schedules}; then prints throughput and
 * latency percentiles. Exit status 1 when a check fails.
 *
 * <pre>
 * bench/run api [requests=10000] [threads=8] [accounts=20] [slots=200] [warmup=500]
 * </pre>
 */
public final class ApiLoadBenchmark {

    private static final String KEY = "bench-key";
    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opt = new HashMap<>(Map.of("requests", 10_000, "threads", 8, "accounts", 20,
                "slots", 200, "warmup", 500));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2 || !opt.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown argument " + a + "; known: " + opt.keySet());
            }
            opt.put(kv[0], Integer.parseInt(kv[1]));
        }
        int requests = opt.get("requests");
        int threads = opt.get("threads");
        int accounts = opt.get("accounts");
        int slots = opt.get("slots");
        int warmup = opt.get("warmup");
        if (slots > 7 * 32) {
            throw new IllegalArgumentException("at most 224 distinct weekly slot times in this layout");
        }

        Path dir = Files.createTempDirectory("slotwise-api-bench");
        boolean ok = true;
        try {
            // A fixed clock: the same plan every run, whatever the day.
            Services services = Services.over(Store.open(dir.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC),
                    new SplittableRandom(42));
            LocalApi api = LocalApi.start(services, 0, KEY);
            try {
                ok = run(services, api, requests, threads, accounts, slots, warmup, dir);
            } finally {
                api.close();
                services.close();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(Services services, LocalApi api, int requests, int threads, int accounts, int slots,
                               int warmup, Path dir) throws Exception {
        String base = "http://127.0.0.1:" + api.port();
        HttpClient setup = HttpClient.newHttpClient();

        // ---- the plan: `slots` weekly slots at distinct UTC times ----
        StringBuilder body = new StringBuilder("{\"slots\": [");
        String[] days = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        for (int i = 0; i < slots; i++) {
            int minuteOfDay = (i / 7) * 45;
            String target = i < slots / 2 ? "null" : "\"acc_" + (i % accounts) + "\"";
            body.append(i == 0 ? "" : ",").append("{\"hour\": ").append(minuteOfDay / 60).append(", \"minute\": ")
                    .append(minuteOfDay % 60).append(", \"day\": \"").append(days[i % 7])
                    .append("\", \"selectedTargets\": [{\"platform\": \"twitter\", \"accountId\": ").append(target)
                    .append("}]}");
        }
        body.append("]}");
        HttpResponse<String> created = setup.send(post(base + "/v2/schedule/slots", body.toString()),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 || JSON.readTree(created.body()).get("items").size() != slots) {
            System.out.println("FAILED to create the slots: " + created.statusCode() + " " + created.body());
            return false;
        }

        // ---- warm-up: read-only requests, so the JIT and the connection pools are ready ----
        for (int i = 0; i < warmup; i++) {
            setup.send(get(base + (i % 2 == 0 ? "/v2/schedules?limit=1" : "/v2/schedule/slots")),
                    HttpResponse.BodyHandlers.discarding());
        }

        // ---- the load ----
        long[] latencies = new long[requests];
        int[] statuses = new int[requests];
        String[] ids = new String[requests];
        Map<Integer, String> errors = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // bounded: each index is taken once, and there are `requests` of them
                for (int k = next.getAndIncrement(); k < requests; k = next.getAndIncrement()) {
                    String account = "acc_" + (k % accounts);
                    HttpRequest req = post(base + "/v2/posts", """
                            {"useNextFreeSlot": true, "post": {"accountId": "%s",
                              "content": {"text": "load post %d", "mediaUrls": [], "platform": "twitter"},
                              "target": {"targetType": "twitter"}}}""".formatted(account, k));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                        latencies[k] = System.nanoTime() - t0;
                        statuses[k] = r.statusCode();
                        if (r.statusCode() == 201) {
                            ids[k] = JSON.readTree(r.body()).get("postSubmissionId").asText();
                        } else {
                            errors.put(k, r.statusCode() + " " + r.body());
                        }
                    } catch (IOException e) {
                        latencies[k] = System.nanoTime() - t0;
                        errors.put(k, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-client-" + t);
            workers.add(w);
            w.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - start;

        // ---- checks ----
        boolean ok = true;
        long okCount = Arrays.stream(statuses).filter(s -> s == 201).count();
        if (okCount != requests || !errors.isEmpty()) {
            ok = false;
            System.out.println("FAILED requests: " + (requests - okCount) + "; first: "
                    + new TreeMap<>(errors).entrySet().stream().limit(5).toList());
        }

        List<Post> posts = services.posts().between(Workspace.LOCAL_OWNER, Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"));
        Set<String> returned = new HashSet<>(Arrays.asList(ids));
        returned.remove(null);
        if (posts.size() != okCount || returned.size() != okCount) {
            ok = false;
            System.out.println("FAILED: " + okCount + " answered 201 with " + returned.size() + " distinct ids, store has "
                    + posts.size() + " posts");
        }
        Map<String, String> byTime = new HashMap<>();
        Map<String, String> byOccurrence = new HashMap<>();
        int doubleBooked = 0;
        int unlinked = 0;
        Instant last = Instant.MIN;
        for (Post p : posts) {
            if (p.slotId() == null) {
                unlinked++;
            }
            String timeKey = p.accountId() + "@" + p.scheduledAt();
            String occKey = p.accountId() + "@" + p.slotId() + "@" + p.occurrenceStart();
            String other = byTime.put(timeKey, p.id());
            String other2 = p.slotId() == null ? null : byOccurrence.put(occKey, p.id());
            if (other != null || other2 != null) {
                doubleBooked++;
                if (doubleBooked <= 5) {
                    System.out.println("DOUBLE-BOOKED: " + p.id() + " and " + (other != null ? other : other2)
                            + " at " + timeKey);
                }
            }
            if (p.scheduledAt().isAfter(last)) {
                last = p.scheduledAt();
            }
        }
        if (doubleBooked > 0 || unlinked > 0) {
            ok = false;
            System.out.println("FAILED: " + doubleBooked + " double-booked lanes, " + unlinked + " posts in no slot");
        }

        // the same through the API: every future post once, count as a string
        Set<String> listed = new HashSet<>();
        Map<String, Integer> listedByTime = new HashMap<>();
        String cursor = null;
        int pages = 0;
        String count = null;
        do {
            HttpResponse<String> r = setup.send(get(base + "/v2/schedules?limit=50"
                    + (cursor == null ? "" : "&cursor=" + cursor)), HttpResponse.BodyHandlers.ofString());
            JsonNode page = JSON.readTree(r.body());
            count = page.get("count").asText();
            for (JsonNode item : page.get("items")) {
                listed.add(item.get("id").asText());
                listedByTime.merge(item.at("/draft/accountId").asText() + "@" + item.get("scheduledAt").asText(), 1,
                        Integer::sum);
            }
            cursor = page.has("cursor") ? page.get("cursor").asText() : null;
            pages++;
        } while (cursor != null && pages <= requests / 50 + 2);
        long listedDoubles = listedByTime.values().stream().filter(n -> n > 1).count();
        if (!listed.equals(returned) || !count.equals(Long.toString(okCount)) || listedDoubles > 0) {
            ok = false;
            System.out.println("FAILED: GET /v2/schedules listed " + listed.size() + " posts (count \"" + count + "\"), "
                    + listedDoubles + " account/time pairs more than once; expected " + okCount);
        }

        // ---- figures ----
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double seconds = elapsed / 1e9;
        System.out.printf("ApiLoadBenchmark: %d x POST /v2/posts useNextFreeSlot, %d client threads, %d twitter accounts,"
                + " %d weekly slots (%d open to all, %d per-account), H2 file store in %s%n",
                requests, threads, accounts, slots, slots / 2, slots - slots / 2, dir);
        System.out.printf("  JVM %s, %d CPUs%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  wall %.2f s, throughput %.0f requests/s%n", seconds, requests / seconds);
        System.out.printf("  latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.out.printf("  checks: %d/%d answered 201, %d posts in the store, %d listed by GET /v2/schedules in %d pages,"
                + " double-booked lanes: %d, last post at %s%n", okCount, requests, posts.size(), listed.size(), pages,
                doubleBooked, last);
        System.out.println(ok ? "  RESULT: OK" : "  RESULT: FAILED");
        return ok;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("blotato-api-key", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("blotato-api-key", KEY).GET().build();
    }
}
