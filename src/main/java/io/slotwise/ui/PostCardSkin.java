package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out a post card: icon and time on top, the first line of text below, thread and label badges, and
 * where its hand-off stands once its time has come (due, sending, published, failed).
 */
final class PostCardSkin extends SkinBase<PostCardView> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    PostCardSkin(PostCardView view) {
        super(view);
        Post post = view.postEntry().post();
        var zone = view.getDateControl() == null ? java.time.ZoneId.systemDefault() : view.getDateControl().getZoneId();

        Label time = new Label(TIME.format(post.scheduledAt().atZone(zone)));
        time.getStyleClass().add("card-time");
        HBox top = new HBox(4);
        top.getStyleClass().add("card-top");
        if (post.platform() != null) {
            top.getChildren().add(PlatformStyle.icon(post.platform()));
        }
        top.getChildren().add(time);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        top.getChildren().add(grow);
        if (post.content().threadLength() > 1) {
            Label thread = new Label("🧵" + post.content().threadLength());
            thread.getStyleClass().add("card-badge");
            top.getChildren().add(thread);
        }
        if (!post.labelIds().isEmpty()) {
            Label labels = new Label("#" + post.labelIds().size());
            labels.getStyleClass().add("card-badge");
            top.getChildren().add(labels);
        }
        FontIcon handOff = handOffIcon(post);
        if (handOff != null) {
            top.getChildren().add(handOff);
        }
        if (view.getEntry().getStyleClass().contains("off-slot")) {
            FontIcon warn = new FontIcon(FontAwesome.EXCLAMATION_TRIANGLE);
            warn.getStyleClass().add("off-slot-icon");
            Tooltip.install(warn, new Tooltip("Off-slot: its slot changed and no longer has an occurrence here"));
            top.getChildren().add(warn);
        }

        Label text = new Label(view.getEntry().getTitle());
        text.getStyleClass().add("card-text");
        text.setMinHeight(0);

        VBox box = new VBox(1, top, text);
        box.getStyleClass().add("card-box");
        box.setFillWidth(true);
        getChildren().add(box);
        // The tooltip is made on first hover: thousands of cards would otherwise make thousands of popups.
        view.setOnMouseEntered(e -> {
            if (view.getProperties().putIfAbsent(Tooltip.class, Boolean.TRUE) == null) {
                Tooltip.install(view, new Tooltip(post.content().text()
                        + (post.accountId() == null ? "" : "\n— " + post.accountId())));
            }
        });
    }

    /** A small mark for a post whose time has come; none before. */
    private static FontIcon handOffIcon(Post post) {
        FontAwesome icon;
        String tip;
        switch (post.status()) {
            case DUE -> {
                icon = FontAwesome.BELL;
                tip = "Due: publish it, then mark it published (Due & failed, on the right)";
            }
            case SENDING -> {
                icon = FontAwesome.PAPER_PLANE;
                tip = "Being sent to its webhook";
            }
            case PUBLISHED -> {
                icon = FontAwesome.CHECK;
                tip = "Published";
            }
            case FAILED -> {
                icon = FontAwesome.EXCLAMATION_CIRCLE;
                tip = "The hand-off failed: retry it from Due & failed";
            }
            default -> {
                return null;
            }
        }
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().addAll("hand-off-icon", "hand-off-" + post.status().id());
        Tooltip.install(i, new Tooltip(tip));
        return i;
    }
}
