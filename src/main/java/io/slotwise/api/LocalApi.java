package io.slotwise.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.slotwise.api.ayrshare.AyrshareApi;
import io.slotwise.api.blotato.BlotatoApi;
import io.slotwise.api.feedhive.FeedHiveApi;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP API: Blotato's, FeedHive's and Ayrshare's dialects over one store, on 127.0.0.1
 * only. Every request carries the key ({@code blotato-api-key: KEY} or {@code Authorization: Bearer
 * KEY}); anything else is answered 401 and nothing runs.
 */
public final class LocalApi implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(LocalApi.class);
    private static final String ANSWERED = "slotwise.answered";
    private static final String MEDIA_TOO_LARGE = io.slotwise.service.MediaLibrary.TOO_LARGE;

    private final Javalin app;

    private LocalApi(Javalin app) {
        this.app = app;
    }

    /** Starts listening on 127.0.0.1:{@code port} (0 picks a free port). */
    public static LocalApi start(Services services, int port, String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        byte[] key = apiKey.getBytes(StandardCharsets.UTF_8);
        BlotatoApi blotato = new BlotatoApi(services);
        FeedHiveApi feedHive = new FeedHiveApi(services);
        AyrshareApi ayrshare = new AyrshareApi(services);
        Javalin app = Javalin.create(config -> {
            config.jetty.host = LOOPBACK;
            config.jetty.port = port;
            // The largest body any route takes; each route holds its own body to its own limit (ApiJson.body).
            config.http.maxRequestSize = ApiJson.MAX_MEDIA_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                if (!authorized(ctx, key)) {
                    throw new ApiException(401, "Invalid or missing API key", null);
                }
                String length = ctx.header("Content-Length");
                boolean media = isMediaUpload(ctx);
                if (length != null && parseLong(length) > (media ? ApiJson.MAX_MEDIA_BODY_BYTES : ApiJson.MAX_BODY_BYTES)) {
                    throw new ApiException(413, media ? MEDIA_TOO_LARGE : "Request body is larger than 1 MiB", null);
                }
            });
            blotato.register(config.routes);
            feedHive.register(config.routes);
            ayrshare.register(config.routes);
            config.routes.exception(ServiceException.class,
                    (e, ctx) -> error(ctx, e.problem().status(), e.getMessage(), e.field()));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), e.field));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    switch (e.getStatus()) {
                        case 413 -> isMediaUpload(ctx) ? MEDIA_TOO_LARGE : "Request body is larger than 1 MiB";
                        case 404 -> "Not found: " + ctx.method() + " " + ctx.path();
                        case 405 -> "Method not allowed: " + ctx.method() + " " + ctx.path();
                        default -> e.getMessage();
                    }, null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Internal error: " + e.getClass().getSimpleName(), null);
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, "Not found: " + ctx.method() + " " + ctx.path(), null);
                }
            });
            config.routes.error(405, "*", ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    error(ctx, 405, "Method not allowed: " + ctx.method() + " " + ctx.path(), null);
                }
            });
        });
        app.start();
        return new LocalApi(app);
    }

    /** Blotato's POST /v2/media takes a data URI of up to 25 MB, the one body over 1 MiB. */
    private static boolean isMediaUpload(Context ctx) {
        return "POST".equals(ctx.method().name()) && "/v2/media".equals(ctx.path());
    }

    private static void error(Context ctx, int status, String message, String field) {
        ctx.attribute(ANSWERED, true);
        ApiJson.send(ctx, status, Dialect.of(ctx.path()).error(status, message, field));
    }

    private static boolean authorized(Context ctx, byte[] key) {
        String given = ctx.header("blotato-api-key");
        if (given == null) {
            String auth = ctx.header("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                given = auth.substring(7).trim();
            }
        }
        // Compared in constant time: the key is a secret.
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public int port() {
        return app.port();
    }

    /** Stops listening; requests in flight finish first. */
    @Override
    public void close() {
        app.stop();
    }
}
