package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A post's card: platform colour and icon, time, first line of text, thread and label badges, the
 * off-slot mark. Deliberately a plain region of text nodes, not a control: a week holds thousands of
 * cards, and each CalendarFX control drags CalendarFX's whole stylesheet into CSS matching.
 * Two rows when there is room (time and badges above the text), one row otherwise.
 */
final class PostCard extends Region {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final double GAP = 3;

    private final Post post;
    private final Node icon;
    private final Text time = new Text();
    private final Text text = new Text();
    private final Text badges;
    private final FontIcon offSlotMark;
    private final Rectangle clip = new Rectangle();
    /** On one row the text stops where the badges start. */
    private final Rectangle textClip = new Rectangle();

    PostCard(Post post, boolean offSlot, ZoneId zone) {
        this.post = post;
        getStyleClass().add("post-card");
        if (post.platform() != null) {
            getStyleClass().add(PlatformStyle.styleClass(post.platform()));
        }
        if (offSlot) {
            getStyleClass().add("off-slot");
        }
        getStyleClass().add("status-" + post.status().id());

        icon = post.platform() == null ? null : PlatformStyle.icon(post.platform());
        time.setText(post.scheduledAt() == null ? "" : TIME.format(post.scheduledAt().atZone(zone)));
        time.getStyleClass().add("card-time");
        String first = post.content().firstLine();
        text.setText(first.isBlank() ? "(no text)" : first);
        text.getStyleClass().add("card-text");
        StringBuilder b = new StringBuilder();
        if (post.content().threadLength() > 1) {
            b.append("🧵").append(post.content().threadLength());
        }
        if (!post.labelIds().isEmpty()) {
            b.append(b.isEmpty() ? "" : " ").append('#').append(post.labelIds().size());
        }
        badges = b.isEmpty() ? null : new Text(b.toString());
        offSlotMark = offSlot ? new FontIcon(FontAwesome.EXCLAMATION_TRIANGLE) : null;
        for (Text t : new Text[] {time, text, badges, offSlotMark}) {
            if (t != null) {
                t.setTextOrigin(VPos.TOP);
                t.setManaged(false);
            }
        }
        if (badges != null) {
            badges.getStyleClass().add("card-badge");
        }
        if (offSlotMark != null) {
            offSlotMark.getStyleClass().add("off-slot-icon");
        }
        if (icon != null) {
            icon.setManaged(false);
            getChildren().add(icon);
        }
        getChildren().add(time);
        if (badges != null) {
            getChildren().add(badges);
        }
        if (offSlotMark != null) {
            getChildren().add(offSlotMark);
        }
        getChildren().add(text);
        setClip(clip);
        text.setClip(textClip);
        // The tooltip is made on first hover: thousands of cards would otherwise make thousands of popups.
        setOnMouseEntered(e -> {
            if (getProperties().putIfAbsent(Tooltip.class, Boolean.TRUE) == null) {
                Tooltip.install(this, new Tooltip(tooltipText()));
            }
        });
    }

    Post post() {
        return post;
    }

    private String tooltipText() {
        return post.content().text() + (post.accountId() == null ? "" : "\n— " + post.accountId())
                + (offSlotMark == null ? "" : "\nOff-slot: its slot changed and no longer has an occurrence here");
    }

    private double rowHeight() {
        double h = time.getLayoutBounds().getHeight();
        return icon == null ? h : Math.max(h, icon.getLayoutBounds().getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + 160;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + rowHeight() * 2 + 1;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double right = getWidth() - in.getRight();
        double row = rowHeight();
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (icon != null) {
            Node n = icon;
            n.relocate(x, y + (row - n.getLayoutBounds().getHeight()) / 2);
            x += n.getLayoutBounds().getWidth() + GAP;
        }
        time.relocate(x, y + (row - time.getLayoutBounds().getHeight()) / 2);
        x += time.getLayoutBounds().getWidth() + GAP;
        // Badges and the off-slot mark sit at the right end of the top row.
        double end = right;
        for (Text t : new Text[] {offSlotMark, badges}) {
            if (t != null) {
                end -= t.getLayoutBounds().getWidth();
                t.relocate(Math.max(x, end), y + (row - t.getLayoutBounds().getHeight()) / 2);
                end -= GAP;
            }
        }
        boolean twoRows = getHeight() - in.getTop() - in.getBottom() >= row * 2;
        if (twoRows) {
            text.relocate(in.getLeft(), y + row + 1);
            textClip.setWidth(Math.max(0, right - in.getLeft()));
        } else {
            text.relocate(x, y + (row - text.getLayoutBounds().getHeight()) / 2);
            textClip.setWidth(Math.max(0, end - x));
        }
        textClip.setHeight(Math.max(row, text.getLayoutBounds().getHeight()));
    }
}
