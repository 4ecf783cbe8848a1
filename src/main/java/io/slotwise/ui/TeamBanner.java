package io.slotwise.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under the toolbar while the team calendar's server is out of reach: "Team calendar unreachable,
 * retrying", why in its tooltip, and that the calendar shown is the last one read, read-only. Hidden while the
 * server is {@linkplain #reachableProperty() reachable}.
 */
final class TeamBanner extends HBox {

    static final String UNREACHABLE = "Team calendar unreachable, retrying";
    static final String READ_ONLY = "You see the calendar as last read; changes wait until it is back.";

    private final Label title = new Label(UNREACHABLE, new FontIcon(FontAwesome.CHAIN_BROKEN));
    private final Tooltip why = new Tooltip();
    private final BooleanProperty reachable = new SimpleBooleanProperty(this, "reachable", true) {
        @Override
        protected void invalidated() {
            setVisible(!get());
            setManaged(!get());
        }
    };
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    TeamBanner() {
        setId("team-banner");
        getStyleClass().add("team-banner");
        title.setId("team-banner-title");
        title.getStyleClass().add("team-banner-title");
        Label readOnly = new Label(READ_ONLY);
        readOnly.getStyleClass().add("team-banner-detail");
        why.textProperty().bind(reason);
        title.setTooltip(why);
        readOnly.setTooltip(why);
        getChildren().addAll(title, readOnly);
        setVisible(false);
        setManaged(false);
    }

    /** Whether the team calendar's server answers; the banner shows while it does not. */
    public final BooleanProperty reachableProperty() {
        return reachable;
    }

    public final boolean isReachable() {
        return reachable.get();
    }

    public final void setReachable(boolean on) {
        reachable.set(on);
    }

    /** Why the server is out of reach (what the connection said), shown as the banner's tooltip. */
    public final StringProperty reasonProperty() {
        return reason;
    }

    public final String getReason() {
        return reason.get();
    }

    public final void setReason(String text) {
        reason.set(text == null ? "" : text);
    }
}
