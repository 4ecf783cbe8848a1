package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Placement;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: the latest message, how many posts are due or failed, and the soonest next free slots of the
 * accounts (the rest behind "+N more"). Short of room the message keeps its whole text (it answers what the user
 * just did); the next-free list gives way, its entries shortened, then cut at the bar's end.
 */
final class StatusBar extends HBox {

    private final Label message = new Label();
    private final HBox nextFree = new HBox(12);
    private final Label due = new Label();
    private final Label calendar = new Label();

    /** How many accounts' next free slots the bar names; the rest are in its "+N more" tooltip. */
    static final int SHOWN = 4;

    private Runnable showDue = () -> { };

    StatusBar(Notice notice) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        message.setId("message");
        message.getStyleClass().add("status-message");
        message.setMinWidth(Region.USE_PREF_SIZE);
        nextFree.setId("next-free");
        nextFree.setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(nextFree.widthProperty());
        clip.heightProperty().bind(nextFree.heightProperty());
        nextFree.setClip(clip);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        due.setId("due-count");
        due.getStyleClass().add("due-count");
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.fontawesome.FontAwesome.BELL));
        LazyTooltip.install(due, "Show Due & failed");
        due.setOnMouseClicked(e -> showDue.run());
        setDue(0, 0);
        calendar.setId("calendar-name");
        calendar.getStyleClass().add("calendar-name");
        calendar.setMinWidth(Region.USE_PREF_SIZE);
        calendar.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.fontawesome.FontAwesome.USERS));
        setCalendar(null);
        getChildren().addAll(message, grow, due, calendar, nextFree);
        notice.messageProperty().addListener((o, old, m) -> {
            message.setText(m == null ? "" : m.text());
            message.getStyleClass().removeAll("message-info", "message-success", "message-error");
            if (m != null) {
                message.getStyleClass().add("message-" + m.kind().name().toLowerCase());
            }
        });
    }

    /** Which team calendar is open ("Team calendar anna@db.example/team"); none shown for this computer's own. */
    void setCalendar(String name) {
        calendar.setText(name == null ? "" : name);
        calendar.setVisible(name != null);
        calendar.setManaged(name != null);
    }

    Label calendarLabel() {
        return calendar;
    }

    /** Shown while the plan that answers "next free" is still loading. */
    void setNextFreeLoading() {
        Label l = new Label("Next free: working it out…");
        l.getStyleClass().add("next-free-title");
        nextFree.getChildren().setAll(l);
    }

    /** What a click on "2 due · 1 failed" does: shows the Due & failed list (it hides with the queue). */
    void setOnShowDue(Runnable show) {
        showDue = java.util.Objects.requireNonNull(show, "show");
    }

    /** "2 due · 1 failed"; hidden when nothing waits for the user. */
    void setDue(long dueCount, long failedCount) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (dueCount > 0) {
            parts.add(dueCount + " due");
        }
        if (failedCount > 0) {
            parts.add(failedCount + " failed");
        }
        due.setText(String.join(" · ", parts));
        due.setVisible(!parts.isEmpty());
        due.setManaged(!parts.isEmpty());
    }

    Label dueLabel() {
        return due;
    }

    void setNextFree(Map<Account, Placement> next, ZoneId zone) {
        nextFree.getChildren().clear();
        if (next.isEmpty()) {
            return;
        }
        Label title = new Label("Next free:");
        title.getStyleClass().add("next-free-title");
        nextFree.getChildren().add(title);
        // The soonest first; past the first few, which are what fits on a laptop's bar, one "+N more" whose
        // tooltip lists the rest: forty accounts' entries drawn and cut at the bar's end cost a tenth of the
        // window's nodes (BENCHMARKS.md).
        List<Map.Entry<Account, Placement>> soonest = next.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Account, Placement> e) -> e.getValue().scheduledAt())
                        .thenComparing(e -> e.getKey().id()))
                .toList();
        for (Map.Entry<Account, Placement> e : soonest.subList(0, Math.min(SHOWN, soonest.size()))) {
            Label l = new Label(entry(e, zone), PlatformStyle.icon(e.getKey().platform()));
            l.getStyleClass().add("next-free-item");
            nextFree.getChildren().add(l);
        }
        if (soonest.size() > SHOWN) {
            List<Map.Entry<Account, Placement>> rest = soonest.subList(SHOWN, soonest.size());
            Label more = new Label("+" + rest.size() + " more");
            more.setId("next-free-more");
            more.getStyleClass().addAll("next-free-item", "next-free-more");
            more.setMinWidth(Region.USE_PREF_SIZE);
            LazyTooltip.install(more, String.join("\n", rest.stream().map(e -> entry(e, zone)).toList()));
            nextFree.getChildren().add(more);
        }
    }

    private static String entry(Map.Entry<Account, Placement> e, ZoneId zone) {
        return "@" + e.getKey().id() + " " + PlanActions.WHEN.format(e.getValue().scheduledAt().atZone(zone));
    }
}
