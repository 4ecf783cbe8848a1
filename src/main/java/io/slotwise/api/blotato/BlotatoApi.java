package io.slotwise.api.blotato;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.slotwise.api.ApiException;
import io.slotwise.api.ApiJson;
import io.slotwise.api.PageRequest;
import io.slotwise.api.RequestValues;
import io.slotwise.engine.Account;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Subaccount;
import io.slotwise.engine.Target;
import io.slotwise.service.MediaLibrary;
import io.slotwise.service.Page;
import io.slotwise.service.ScheduleChange;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.SubmittedPost;
import io.slotwise.service.Workspace;
import io.slotwise.engine.CalendarSlot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Blotato's API under {@code /v2}: schedule slots, scheduled posts, publishing, media.
 *
 * <p>A slot shows as a weekday, hour and minute in UTC. A FeedHive window slot shows as its start,
 * converted to UTC, in the coming week (its next occurrence).
 */
public final class BlotatoApi {

    /** GET /schedules pages hold 1 to 50 posts. */
    public static final int MAX_LIMIT = 50;
    public static final String INVALID_LIMIT = "limit must be an integer between 1 and 50";

    private final Services s;
    private final String owner = Workspace.LOCAL_OWNER;

    public BlotatoApi(Services services) {
        this.s = services;
    }

    public void register(RoutesConfig r) {
        r.get("/v2/schedule/slots", this::listSlots);
        r.post("/v2/schedule/slots", this::createSlots);
        r.post("/v2/schedule/slots/next-available", this::nextAvailable);
        r.patch("/v2/schedule/slots/{id}", this::updateTargets);
        r.delete("/v2/schedule/slots/{id}", this::deleteSlot);
        r.delete("/v2/schedules/slots/{id}", this::deleteSlot);
        r.get("/v2/schedules", this::listSchedules);
        r.get("/v2/schedules/{id}", this::getSchedule);
        r.patch("/v2/schedules/{id}", this::updateSchedule);
        r.delete("/v2/schedules/{id}", this::deleteSchedule);
        r.post("/v2/posts", this::publish);
        r.get("/v2/posts/{id}", this::submissionStatus);
        r.get("/v2/users/me", this::me);
        r.get("/v2/users/me/accounts", this::accounts);
        r.get("/v2/users/me/accounts/{id}/subaccounts", this::subaccounts);
        r.post("/v2/media", this::uploadMedia);
        r.get("/v2/media/{file}", this::media);
    }

    private void listSlots(Context ctx) {
        List<Object> items = new ArrayList<>();
        for (CalendarSlot slot : s.slots().list(owner)) {
            items.add(slotView(slot.slot()));
        }
        ApiJson.send(ctx, 200, Map.of("items", items));
    }

    private void createSlots(Context ctx) {
        List<Object> items = new ArrayList<>();
        for (CalendarSlot slot : s.slots().createAll(owner, BlotatoSlotRequest.forCreate(ApiJson.body(ctx)))) {
            items.add(slotView(slot.slot()));
        }
        ApiJson.send(ctx, 201, Map.of("items", items));
    }

    private void updateTargets(Context ctx) {
        s.slots().replaceTargets(owner, ctx.pathParam("id"), BlotatoSlotRequest.targetsForUpdate(ApiJson.body(ctx)));
        ctx.status(204);
    }

    private void deleteSlot(Context ctx) {
        s.slots().delete(owner, ctx.pathParam("id"));
        ctx.status(204);
    }

    private void nextAvailable(Context ctx) {
        NextSlotRequest q = NextSlotRequest.parse(ApiJson.body(ctx));
        Placement p = s.queue().nextAvailable(owner, q.platform(), q.accountId(), q.subaccountId());
        ApiJson.send(ctx, 201, Map.of("slot", Map.of("slotId", p.slotId(), "slotTime", ApiJson.time(p.scheduledAt()))));
    }

    private void listSchedules(Context ctx) {
        PageRequest asked = PageRequest.of(ctx, MAX_LIMIT,
                INVALID_LIMIT);
        Page<Post> page = s.schedules().listScheduled(owner, asked.limit(), asked.after());
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (Post p : page.items()) {
            items.add(scheduleView(p));
        }
        body.put("items", items);
        body.put("count", Long.toString(page.total()));
        if (page.nextCursor() != null) {
            body.put("cursor", page.nextCursor());
        }
        ApiJson.send(ctx, 200, body);
    }

    private void getSchedule(Context ctx) {
        ApiJson.send(ctx, 200, Map.of("schedule", scheduleView(s.schedules().getScheduled(owner, ctx.pathParam("id")))));
    }

    private void updateSchedule(Context ctx) {
        String id = ctx.pathParam("id");
        Object body = ApiJson.body(ctx);
        // A post that is no schedule is answered 404 before anything in the body is judged.
        s.schedules().getScheduled(owner, id);
        ScheduleChange change = BlotatoScheduleRequest.parse(body, s.workspace().now());
        s.schedules().updateScheduled(owner, id, change);
        ctx.status(204);
    }

    private void deleteSchedule(Context ctx) {
        s.schedules().deleteScheduled(owner, ctx.pathParam("id"));
        ctx.status(204);
    }

    private void publish(Context ctx) {
        Post p = s.schedules().submit(owner, BlotatoPostRequest.parse(ApiJson.body(ctx)));
        ApiJson.send(ctx, 201, Map.of("postSubmissionId", p.id()));
    }

    /**
     * The post a submission made, in Blotato's words (GET /v2/posts/:postSubmissionId): {@code scheduled} with its
     * {@code scheduledTime} while its time is ahead, {@code in-progress} once its time has come and until it is
     * published (or while it is back in the queue as a draft), {@code published}, or {@code failed} with an
     * {@code errorMessage}.
     */
    private void submissionStatus(Context ctx) {
        SubmittedPost sp = s.schedules().submitted(owner, ctx.pathParam("id"));
        Post p = sp.post();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("postSubmissionId", p.id());
        switch (p.status()) {
            case SCHEDULED, PENDING_APPROVAL -> {
                if (p.scheduledAt().isAfter(s.workspace().now())) {
                    v.put("status", "scheduled");
                    v.put("scheduledTime", ApiJson.time(p.scheduledAt()));
                } else {
                    v.put("status", "in-progress");
                }
            }
            case PUBLISHED -> v.put("status", "published");
            case FAILED -> {
                v.put("status", "failed");
                v.put("errorMessage", sp.lastError() == null || sp.lastError().isBlank()
                        ? "Publishing failed" : sp.lastError());
            }
            default -> v.put("status", "in-progress");
        }
        ApiJson.send(ctx, 200, v);
    }

    /** The one local user: the calendar's owner, with every feature (Slotwise has no plans or limits). */
    private void me(Context ctx) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", owner);
        v.put("subscriptionStatus", "active");
        v.put("subscriptionPlan", "agency");
        ApiJson.send(ctx, 200, v);
    }

    /** The accounts in Settings (and those scripts named), of one platform when {@code platform} is given. */
    private void accounts(Context ctx) {
        Platform platform = platformParam(ctx);
        List<Object> items = new ArrayList<>();
        for (Account a : s.accounts().list(owner)) {
            if (platform == null || a.platform() == platform) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", a.id());
                v.put("platform", a.platform().id());
                v.put("fullname", a.name());
                v.put("username", a.username() == null ? a.name() : a.username());
                items.add(v);
            }
        }
        ApiJson.send(ctx, 200, Map.of("items", items));
    }

    /** An account's pages (Facebook Pages, LinkedIn Company Pages); none when it is not of {@code platform}. */
    private void subaccounts(Context ctx) {
        Platform platform = platformParam(ctx);
        Account a = s.accounts().find(owner, ctx.pathParam("id"))
                .orElseThrow(() -> ServiceException.notFound("Account not found"));
        List<Object> items = new ArrayList<>();
        if (platform == null || a.platform() == platform) {
            for (Subaccount sub : a.subaccounts()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", sub.id());
                v.put("accountId", a.id());
                v.put("name", sub.name());
                items.add(v);
            }
        }
        ApiJson.send(ctx, 200, Map.of("items", items));
    }

    private static Platform platformParam(Context ctx) {
        String given = ctx.queryParam("platform");
        if (given == null || given.isBlank()) {
            return null;
        }
        return Platform.fromId(given.trim()).orElseThrow(() -> ServiceException.invalid("platform",
                "platform must be one of: " + RequestValues.PLATFORMS));
    }

    /**
     * A media URL gives back a stable local URL that redirects to it (nothing is fetched); a data URI's bytes are
     * kept in the data directory and served at {@code /v2/media/<id>.<ext>}.
     */
    private void uploadMedia(Context ctx) {
        Object body = ApiJson.body(ctx, ApiJson.MAX_MEDIA_BODY_BYTES, MediaLibrary.TOO_LARGE);
        if (!(body instanceof Map<?, ?> m) || !(m.get("url") instanceof String url) || url.isBlank()) {
            throw new ApiException(400, "url is required", "url");
        }
        String base = "http://" + ctx.host();
        if (DataUri.isDataUri(url)) {
            DataUri data = DataUri.parse(url);
            MediaLibrary.Media kept = s.media().save("url", data.bytes(), data.declaredType());
            ApiJson.send(ctx, 201, Map.of("url", base + "/v2/media/" + kept.name()));
            return;
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
        String path = url.replaceAll("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        String ext = dot > path.lastIndexOf('/') && path.length() - dot <= 6 ? path.substring(dot).toLowerCase(Locale.ROOT) : "";
        ApiJson.send(ctx, 201, Map.of("url", base + "/v2/media/" + token + ext));
    }

    /** A kept file is served with its content type; any other local media URL redirects to the URL it stands for. */
    private void media(Context ctx) {
        String file = ctx.pathParam("file");
        Optional<MediaLibrary.MediaContent> kept = s.media().find(file);
        if (kept.isPresent()) {
            ctx.status(200).contentType(kept.get().kind().contentType())
                    .header("Cache-Control", "private, max-age=31536000, immutable")
                    .result(kept.get().bytes());
            return;
        }
        String token = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        try {
            String url = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            ctx.redirect(url, io.javalin.http.HttpStatus.FOUND);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "Media not found", null);
        }
    }

    // ---- views ----

    Map<String, Object> slotView(Slot slot) {
        // A slot in another zone or recurrence shows at its next occurrence, in UTC.
        Instant start = s.workspace().clock().instant();
        Optional<Occurrence> next = io.slotwise.engine.OccurrenceSchedule.of(slot).nextAfter(start);
        ZonedDateTime at = next.map(o -> o.start().atZone(ZoneOffset.UTC))
                .orElseGet(() -> ZonedDateTime.of(java.time.LocalDate.now(s.workspace().clock().withZone(slot.zone())),
                        slot.startTime(), slot.zone()).withZoneSameInstant(ZoneOffset.UTC)
                        .with(java.time.temporal.TemporalAdjusters.nextOrSame(slot.recurrence().weekDay())));
        LocalTime t = at.toLocalTime();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", slot.id());
        v.put("hour", t.getHour());
        v.put("minute", t.getMinute());
        v.put("day", at.getDayOfWeek().name().toLowerCase(Locale.ROOT));
        List<Object> targets = new ArrayList<>();
        for (Target target : slot.targets()) {
            Map<String, Object> tv = new LinkedHashMap<>();
            tv.put("platform", target.platform().id());
            tv.put("accountId", target.accountId());
            tv.put("subaccountId", target.subaccountId());
            targets.add(tv);
        }
        v.put("selectedTargets", targets);
        return v;
    }

    Map<String, Object> scheduleView(Post p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.id());
        v.put("scheduledAt", ApiJson.time(p.scheduledAt()));
        v.put("account", p.accountId() == null ? null : accountView(p));
        v.put("draft", BlotatoPostView.of(p));
        return v;
    }

    private Map<String, Object> accountView(Post p) {
        Optional<Account> account = s.accounts().find(owner, p.accountId());
        if (account.isEmpty()) {
            return null;
        }
        Account a = account.get();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("name", a.name());
        v.put("username", a.username());
        v.put("profileImageUrl", null);
        v.put("subaccountId", p.subaccountId());
        v.put("subId", p.subaccountId());
        v.put("subaccountName", p.subaccountId() == null ? null
                : a.subaccount(p.subaccountId()).map(x -> x.name()).orElse(null));
        return v;
    }
}
