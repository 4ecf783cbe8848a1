package io.slotwise.api.feedhive;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.slotwise.api.ApiJson;
import io.slotwise.api.PageRequest;
import io.slotwise.engine.Account;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Label;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Slot;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Page;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.engine.CalendarSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * FeedHive's API under {@code /plan}: plan slots, assign-next, and (Slotwise's own, in FeedHive's
 * shape) drafts and labels. Every answer is an envelope {@code {"success", "data"}}.
 *
 * <p>A Blotato point slot shows as a weekly slot in UTC whose {@code end_time} is one minute after
 * its {@code start_time}; an Ayrshare schedule's daily slots show as daily slots in UTC.
 */
public final class FeedHiveApi {

    /** GET /plan/slots pages hold 1 to 100 slots. */
    public static final int MAX_LIMIT = 100;
    public static final String INVALID_LIMIT = "Invalid limit parameter";

    private final Services s;
    private final String owner = Workspace.LOCAL_OWNER;

    public FeedHiveApi(Services services) {
        this.s = services;
    }

    public void register(RoutesConfig r) {
        r.get("/plan/slots", this::listSlots);
        r.post("/plan/slots", ctx -> ok(ctx, 200,
                slotView(s.slots().create(owner, PlanSlotRequest.forCreate(ApiJson.body(ctx))))));
        r.get("/plan/slots/{id}", ctx -> ok(ctx, 200, slotView(s.slots().get(owner, ctx.pathParam("id").trim()))));
        r.patch("/plan/slots/{id}", this::patchSlot);
        r.delete("/plan/slots/{id}", ctx -> ok(ctx, 200,
                slotView(s.slots().deleteKeepingPosts(owner, ctx.pathParam("id").trim()))));
        r.post("/plan/assign-next", this::assignNext);
        r.post("/plan/posts", this::createDraft);
        r.get("/plan/posts/{id}", this::getPost);
        r.post("/plan/labels", this::createLabel);
    }

    private void listSlots(Context ctx) {
        PageRequest asked = PageRequest.of(ctx, MAX_LIMIT,
                INVALID_LIMIT);
        Page<CalendarSlot> page = s.slots().page(owner, asked.limit(), asked.after());
        List<Object> items = new ArrayList<>();
        page.items().forEach(slot -> items.add(slotView(slot)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", items);
        data.put("total", page.total());
        data.put("has_more", page.hasMore());
        data.put("next_cursor", page.nextCursor());
        ok(ctx, 200, data);
    }

    /** Only the fields sent change; the body is read once the slot is known to be the owner's. */
    private void patchSlot(Context ctx) {
        Object body = ApiJson.body(ctx);
        ok(ctx, 200, slotView(s.slots().edit(owner, ctx.pathParam("id").trim(),
                current -> PlanSlotRequest.applyPatch(body, current))));
    }

    private void assignNext(Context ctx) {
        List<Object> items = new ArrayList<>();
        for (Assignment a : s.queue().assign(owner, AssignNextRequest.postIds(ApiJson.body(ctx)))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("post_id", a.postId());
            item.put("success", a.success());
            item.put("data", a.success() ? s.posts().find(owner, a.postId()).map(FeedHiveApi::postView).orElse(null) : null);
            item.put("message", a.message());
            items.add(item);
        }
        ok(ctx, 200, Map.of("items", items));
    }

    /** {@code {"text", "account_ids": [..], "platform"?, "label_ids"?, "media_urls"?}} → a draft. */
    private void createDraft(Context ctx) {
        Object body = ApiJson.body(ctx);
        if (!(body instanceof Map<?, ?> m)) {
            throw ServiceException.invalid(null, "Request body must be a JSON object");
        }
        if (!(m.get("text") instanceof String text)) {
            throw ServiceException.invalid("text", m.get("text") == null ? "text is required" : "text must be a string");
        }
        List<String> accounts = strings(m.get("account_ids"), "account_ids");
        if (accounts.size() > 1) {
            throw ServiceException.invalid("account_ids",
                    "account_ids may name one account: a Slotwise post goes to one account; send one post per account");
        }
        List<String> labels = strings(m.get("label_ids"), "label_ids");
        if (new TreeSet<>(labels).size() != labels.size()) {
            throw ServiceException.invalid("label_ids", "label_ids must be an array of unique label IDs");
        }
        List<String> media = strings(m.get("media_urls"), "media_urls");
        Platform platform = null;
        if (m.get("platform") != null) {
            platform = m.get("platform") instanceof String p ? Platform.fromId(p).orElse(null) : null;
            if (platform == null) {
                throw ServiceException.invalid("platform", "platform must be one of: twitter, linkedin, facebook, "
                        + "instagram, tiktok, threads, bluesky, pinterest, youtube");
            }
        }
        String account = accounts.isEmpty() ? null : accounts.get(0);
        if (account != null && platform == null) {
            platform = s.accounts().find(owner, account).map(Account::platform).orElseThrow(() ->
                    ServiceException.invalid("platform", "platform is required for an account Slotwise does not know yet"));
        }
        Post p = s.posts().createDraft(owner, new DraftInput(platform, account, null,
                new PostContent(text, media, List.of()), null, Set.copyOf(labels)));
        ok(ctx, 200, postView(p));
    }

    private void getPost(Context ctx) {
        Optional<Post> p = s.posts().find(owner, ctx.pathParam("id"));
        ok(ctx, 200, postView(p.orElseThrow(() -> ServiceException.notFound("Post not found"))));
    }

    private void createLabel(Context ctx) {
        Object body = ApiJson.body(ctx);
        Object name = body instanceof Map<?, ?> m ? m.get("name") : null;
        if (!(name instanceof String n)) {
            throw ServiceException.invalid("name", "name is required");
        }
        Label l = s.labels().create(owner, n);
        ok(ctx, 200, Map.of("id", l.id(), "name", l.name()));
    }

    private static List<String> strings(Object v, String field) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || !list.stream().allMatch(o -> o instanceof String)) {
            throw ServiceException.invalid(field, field + " must be an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static void ok(Context ctx, int status, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("data", data);
        ApiJson.send(ctx, status, body);
    }

    // ---- views ----

    static Map<String, Object> slotView(CalendarSlot stored) {
        Slot slot = stored.slot();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", slot.id());
        v.put("week_day", slot.recurrence().weekDayIndex());
        v.put("start_time", slot.startTime().toString());
        v.put("end_time", (slot.isPoint() ? slot.startTime().plusMinutes(1) : slot.endTime()).toString());
        v.put("timezone", slot.zone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : slot.zone().getId());
        v.put("label_ids", new ArrayList<>(new TreeSet<>(slot.labelIds())));
        v.put("recurrence", Map.of("interval", slot.recurrence().interval().id(),
                "repeat_every", slot.recurrence().repeatEvery()));
        v.put("is_active", slot.active());
        v.put("created_at", ApiJson.time(stored.createdAt()));
        return v;
    }

    /**
     * FeedHive's word for a status: a due post (waiting for the user) and one being sent to a webhook
     * are still "scheduled" to FeedHive's clients, which know no hand-off states.
     */
    static String status(PostStatus status) {
        return status == PostStatus.DUE || status == PostStatus.SENDING ? PostStatus.SCHEDULED.id() : status.id();
    }

    static Map<String, Object> postView(Post p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.id());
        v.put("status", status(p.status()));
        v.put("text", p.content().text());
        v.put("account_ids", p.accountId() == null ? List.of() : List.of(p.accountId()));
        v.put("platform", p.platform() == null ? null : p.platform().id());
        v.put("label_ids", new ArrayList<>(new TreeSet<>(p.labelIds())));
        v.put("media_urls", p.content().mediaUrls());
        v.put("slot_id", p.slotId());
        v.put("scheduled_at", ApiJson.time(p.scheduledAt()));
        return v;
    }
}
