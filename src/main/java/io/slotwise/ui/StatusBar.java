package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Placement;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the latest message, and the next free slot of every account. */
final class StatusBar extends HBox {

    private final Label message = new Label();
    private final HBox nextFree = new HBox(12);

    StatusBar(Notice notice) {
        getStyleClass().add("status-bar");
        setSpacing(12);
        message.setId("message");
        message.getStyleClass().add("status-message");
        nextFree.setId("next-free");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(message, grow, nextFree);
        notice.messageProperty().addListener((o, old, m) -> {
            message.setText(m == null ? "" : m.text());
            message.getStyleClass().removeAll("message-info", "message-success", "message-error");
            if (m != null) {
                message.getStyleClass().add("message-" + m.kind().name().toLowerCase());
            }
        });
    }

    /** Shown while the plan that answers "next free" is still loading. */
    void setNextFreeLoading() {
        Label l = new Label("Next free: working it out…");
        l.getStyleClass().add("next-free-title");
        nextFree.getChildren().setAll(l);
    }

    void setNextFree(Map<Account, Placement> next, ZoneId zone) {
        nextFree.getChildren().clear();
        if (next.isEmpty()) {
            return;
        }
        Label title = new Label("Next free:");
        title.getStyleClass().add("next-free-title");
        nextFree.getChildren().add(title);
        next.forEach((account, placement) -> {
            Label l = new Label("@" + account.id() + " " + PlanActions.WHEN.format(placement.scheduledAt().atZone(zone)),
                    PlatformStyle.icon(account.platform()));
            l.getStyleClass().add("next-free-item");
            nextFree.getChildren().add(l);
        });
    }
}
