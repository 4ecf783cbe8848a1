package io.slotwise.api.ayrshare;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.slotwise.api.ApiException;
import io.slotwise.api.ApiJson;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.service.AutoSchedule;
import io.slotwise.service.PostGroup;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ayrshare's API under {@code /api}: named auto-schedules; posting, and reading, changing and deleting a
 * post by the id posting answered (all its platforms' posts at once); the history of posts; the user's
 * linked accounts. A {@code Profile-Key} header keeps a separate profile's schedules and posts apart, as
 * Ayrshare's user profiles do. The SDK's {@code source} field, in bodies and queries, is ignored.
 */
public final class AyrshareApi {

    private final Services s;

    public AyrshareApi(Services services) {
        this.s = services;
    }

    public void register(RoutesConfig r) {
        r.post("/api/auto-schedule/set", this::set);
        r.delete("/api/auto-schedule/delete", this::delete);
        r.get("/api/auto-schedule/list", this::list);
        r.post("/api/post", this::post);
        r.get("/api/post/{id}", this::getPost);
        r.put("/api/post", this::updatePost);
        r.delete("/api/post", this::deletePost);
        r.get("/api/history", this::history);
        r.get("/api/history/{id}", this::historyOf);
        r.get("/api/user", this::user);
    }

    private static String owner(Context ctx) {
        String profile = ctx.header("Profile-Key");
        return profile == null || profile.isBlank() ? Workspace.LOCAL_OWNER : "profile:" + profile.trim();
    }

    private void set(Context ctx) {
        AutoSchedule schedule = s.autoSchedules().set(owner(ctx), AutoScheduleRequest.parse(ApiJson.body(ctx)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("message", "Auto schedule set.");
        body.put("title", schedule.title());
        ApiJson.send(ctx, 200, body);
    }

    private void delete(Context ctx) {
        Object body = ApiJson.body(ctx);
        Object title = body instanceof Map<?, ?> m ? m.get("title") : null;
        if (title != null && !(title instanceof String)) {
            throw new ApiException(400, "title must be a string", "title");
        }
        s.autoSchedules().delete(owner(ctx), (String) title);
        ApiJson.send(ctx, 200, Map.of("status", "success"));
    }

    private void list(Context ctx) {
        Map<String, Object> schedules = new LinkedHashMap<>();
        for (AutoSchedule a : s.autoSchedules().list(owner(ctx))) {
            Map<String, Object> v = new LinkedHashMap<>();
            List<String> times = new ArrayList<>();
            for (LocalTime t : a.times()) {
                times.add(t + "Z");
            }
            v.put("schedule", times);
            if (!a.daysOfWeek().isEmpty()) {
                v.put("daysOfWeek", new ArrayList<>(new java.util.TreeSet<>(a.daysOfWeek())));
            }
            if (!a.excludeDates().isEmpty()) {
                v.put("excludeDates", a.excludeDates().stream().sorted().map(Object::toString).toList());
            }
            if (a.startDate() != null) {
                v.put("startDate", a.startDate().toString());
            }
            if (a.lastScheduleDate() != null) {
                v.put("lastScheduleDate", ApiJson.time(a.lastScheduleDate()));
            }
            schedules.put(a.title(), v);
        }
        ApiJson.send(ctx, 200, Map.of("status", "success", "schedules", schedules));
    }

    private void post(Context ctx) {
        List<Post> posts = s.schedules().submitToPlatforms(owner(ctx), AyrsharePostRequest.parse(ApiJson.body(ctx)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("id", posts.get(0).id());
        body.put("scheduleDate", ApiJson.time(posts.get(0).scheduledAt()));
        List<Object> ids = new ArrayList<>();
        for (Post p : posts) {
            ids.add(Map.of("platform", p.platform().id(), "id", p.id(), "status", "scheduled",
                    "scheduleDate", ApiJson.time(p.scheduledAt())));
        }
        body.put("postIds", ids);
        ApiJson.send(ctx, 200, body);
    }

    private void getPost(Context ctx) {
        ApiJson.send(ctx, 200, AyrsharePostView.post(s.schedules().getGroup(owner(ctx), ctx.pathParam("id"))));
    }

    private void updatePost(Context ctx) {
        AyrsharePostChange change = AyrsharePostChange.parse(ApiJson.body(ctx));
        PostGroup g = s.schedules().changeGroup(owner(ctx), change.id(), change.scheduleDate(), change.text(),
                "scheduleDate");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("id", g.id());
        body.put("scheduleDate", ApiJson.time(g.first().scheduledAt()));
        body.put("post", g.first().content().text());
        body.put("postIds", AyrsharePostView.postIds(g, null));
        ApiJson.send(ctx, 200, body);
    }

    private void deletePost(Context ctx) {
        PostGroup g = s.schedules().deleteGroup(owner(ctx), AyrsharePostChange.deleteId(ApiJson.body(ctx)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("id", g.id());
        body.put("postIds", AyrsharePostView.postIds(g, "deleted"));
        ApiJson.send(ctx, 200, body);
    }

    private void history(Context ctx) {
        sendHistory(ctx, AyrshareHistoryQuery.parse(ctx.queryParamMap()));
    }

    /** The SDK's history({id}) and history({platform}) both land here: a platform's posts, or one post. */
    private void historyOf(Context ctx) {
        String id = ctx.pathParam("id");
        AyrshareHistoryQuery q = AyrshareHistoryQuery.parse(ctx.queryParamMap());
        if (Platform.fromId(id).isPresent()) {
            Set<Platform> platforms = new LinkedHashSet<>(q.platforms());
            platforms.add(Platform.fromId(id).get());
            sendHistory(ctx, new AyrshareHistoryQuery(q.lastDays(), q.limit(), q.status(), platforms));
        } else {
            ApiJson.send(ctx, 200, AyrsharePostView.post(s.schedules().getGroup(owner(ctx), id)));
        }
    }

    private void sendHistory(Context ctx, AyrshareHistoryQuery q) {
        List<Object> items = new ArrayList<>();
        for (PostGroup g : s.schedules().history(owner(ctx), q.lastDays(), q.platforms())) {
            if (items.size() == q.limit()) {
                break;
            }
            if (q.status() == null || q.status().equals(AyrsharePostView.status(g))) {
                items.add(AyrsharePostView.post(g));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("history", items);
        body.put("count", items.size());
        body.put("lastDays", q.lastDays());
        ApiJson.send(ctx, 200, body);
    }

    private void user(Context ctx) {
        String profile = ctx.header("Profile-Key");
        String title = profile == null || profile.isBlank() ? "Slotwise" : profile.trim();
        ApiJson.send(ctx, 200, AyrsharePostView.user(title, s.accounts().list(owner(ctx))));
    }
}
