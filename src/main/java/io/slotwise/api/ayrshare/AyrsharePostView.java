package io.slotwise.api.ayrshare;

import io.slotwise.api.ApiJson;
import io.slotwise.engine.Account;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.PostGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What Ayrshare's clients read back: a post (one request's posts, one per platform) with its status in
 * Ayrshare's history words, and the user's linked accounts.
 */
final class AyrsharePostView {

    static final String PENDING = "pending";
    static final String SUCCESS = "success";
    static final String ERROR = "error";
    static final String AWAITING_APPROVAL = "awaiting approval";
    /** Ayrshare's history status values; Slotwise never has deleted or paused posts to list. */
    static final List<String> HISTORY_STATUSES = List.of(AWAITING_APPROVAL, "deleted", ERROR, "paused", PENDING, SUCCESS);

    private AyrsharePostView() {
    }

    /** A group's status: error if any post failed, success once all are published, else pending. */
    static String status(PostGroup g) {
        if (g.posts().stream().anyMatch(p -> p.status() == PostStatus.FAILED)) {
            return ERROR;
        }
        if (g.posts().stream().allMatch(p -> p.status() == PostStatus.PUBLISHED)) {
            return SUCCESS;
        }
        if (g.posts().stream().anyMatch(p -> p.status() == PostStatus.PENDING_APPROVAL)) {
            return AWAITING_APPROVAL;
        }
        return PENDING;
    }

    /** One platform's post: "scheduled" until it is published ("success") or fails ("error"). */
    static String platformStatus(Post p) {
        return switch (p.status()) {
            case PUBLISHED -> SUCCESS;
            case FAILED -> ERROR;
            case PENDING_APPROVAL -> AWAITING_APPROVAL;
            default -> "scheduled";
        };
    }

    static Map<String, Object> post(PostGroup g) {
        Post first = g.first();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", g.id());
        v.put("status", status(g));
        v.put("post", first.content().text());
        v.put("platforms", g.posts().stream().map(p -> p.platform().id()).toList());
        v.put("postIds", postIds(g, null));
        if (!first.content().mediaUrls().isEmpty()) {
            v.put("mediaUrls", first.content().mediaUrls());
        }
        v.put("scheduleDate", ApiJson.time(first.scheduledAt()));
        v.put("created", ApiJson.time(first.createdAt()));
        v.put("type", "scheduled");
        return v;
    }

    /** Each platform's post: platform, id, status (or {@code status} for all when given), scheduleDate. */
    static List<Object> postIds(PostGroup g, String status) {
        List<Object> ids = new ArrayList<>();
        for (Post p : g.posts()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("platform", p.platform().id());
            v.put("id", p.id());
            v.put("status", status != null ? status : platformStatus(p));
            v.put("scheduleDate", ApiJson.time(p.scheduledAt()));
            ids.add(v);
        }
        return ids;
    }

    static Map<String, Object> user(String title, List<Account> accounts) {
        Map<String, Object> v = new LinkedHashMap<>();
        TreeSet<String> active = new TreeSet<>();
        List<Object> names = new ArrayList<>();
        for (Account a : accounts) {
            active.add(a.platform().id());
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("platform", a.platform().id());
            n.put("id", a.id());
            n.put("displayName", a.name());
            n.put("username", a.username());
            names.add(n);
        }
        v.put("activeSocialAccounts", new ArrayList<>(active));
        v.put("displayNames", names);
        v.put("title", title);
        return v;
    }
}
