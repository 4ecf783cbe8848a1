package io.slotwise.api.blotato;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.slotwise.api.ApiException;
import io.slotwise.api.ApiJson;
import io.slotwise.api.PageRequest;
import io.slotwise.engine.Account;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Post;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.service.Page;
import io.slotwise.service.ScheduleChange;
import io.slotwise.service.Services;
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
        PageRequest asked = PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("cursor"), MAX_LIMIT,
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

    /** Gives back a stable local URL for a media URL; nothing is fetched. */
    private void uploadMedia(Context ctx) {
        Object body = ApiJson.body(ctx);
        if (!(body instanceof Map<?, ?> m) || !(m.get("url") instanceof String url) || url.isBlank()) {
            throw new ApiException(400, "url is required", "url");
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
        String path = url.replaceAll("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        String ext = dot > path.lastIndexOf('/') && path.length() - dot <= 6 ? path.substring(dot).toLowerCase(Locale.ROOT) : "";
        String base = "http://" + ctx.host();
        ApiJson.send(ctx, 201, Map.of("url", base + "/v2/media/" + token + ext));
    }

    /** A local media URL redirects to the URL it stands for. */
    private void media(Context ctx) {
        String file = ctx.pathParam("file");
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
