package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.ThreadPost;
import io.slotwise.publishing.PostHandOff;
import io.slotwise.publishing.Publishing;
import io.slotwise.service.HandOff;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Due & failed", above the queue: the posts whose time has come and that need the user (SPEC §11).
 * A due post (its account publishes by hand) is posted by the user, who then marks it published; a
 * failed webhook, Blotato or Ayrshare hand-off (with the vendor's message) can be retried; posts still being sent
 * show their next try, or that the hosted scheduler has them. Its
 * banner header is the app's notice that something is waiting; it hides when nothing is.
 */
final class DuePanel extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final double CELL_HEIGHT = 92;

    private final Publishing publishing;
    private final String owner;
    private final Notice notice;
    private final Runnable refresh;
    private final Supplier<ZoneId> zone;
    private final ObservableList<PostHandOff> items = FXCollections.observableArrayList();
    private final ListView<PostHandOff> list = new ListView<>(items);
    private final Label banner = new Label();

    DuePanel(Services services, String owner, Notice notice, Runnable refresh, Supplier<ZoneId> zone) {
        this.publishing = Publishing.over(services);
        this.owner = owner;
        this.notice = notice;
        this.refresh = refresh;
        this.zone = zone;
        getStyleClass().add("due-panel");
        setId("due-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        // As wide as the queue below it: long texts wrap or are cut, they do not widen the side.
        setPrefWidth(320);
        setMinWidth(QueuePanel.NARROWEST);

        banner.setId("due-banner");
        banner.getStyleClass().add("due-banner");
        banner.setGraphic(new FontIcon(FontAwesome.BELL));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("Publish a due post yourself, then mark it published. "
                + "A failed webhook or Blotato / Ayrshare hand-off can be retried.");
        hint.getStyleClass().add("queue-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("due-list");
        list.setCellFactory(v -> new DueCell());
        list.setFixedCellSize(CELL_HEIGHT);
        getChildren().addAll(banner, hint, list);
        setItems(List.of());
    }

    /** Shows these posts; the panel hides when there are none. */
    void setItems(List<PostHandOff> posts) {
        items.setAll(posts);
        long failed = posts.stream().filter(p -> p.post().status() == PostStatus.FAILED).count();
        long due = posts.stream().filter(p -> p.post().status() == PostStatus.DUE).count();
        long sending = posts.size() - failed - due;
        List<String> parts = new java.util.ArrayList<>();
        if (due > 0) {
            parts.add(due == 1 ? "1 post is due" : due + " posts are due");
        }
        if (failed > 0) {
            parts.add(failed == 1 ? "1 hand-off failed" : failed + " hand-offs failed");
        }
        if (sending > 0) {
            parts.add(sending + " being sent");
        }
        banner.setText(String.join(" · ", parts));
        banner.getStyleClass().remove("due-banner-failed");
        if (failed > 0) {
            banner.getStyleClass().add("due-banner-failed");
        }
        list.setPrefHeight(Math.min(posts.size(), 3) * CELL_HEIGHT + 2);
        setVisible(!posts.isEmpty());
        setManaged(!posts.isEmpty());
    }

    ListView<PostHandOff> list() {
        return list;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            notice.success(done);
        } catch (ServiceException e) {
            notice.error(e.getMessage());
        } finally {
            refresh.run();
        }
    }

    /** The whole post, thread and media included, to read and copy. */
    static String fullText(Post p) {
        StringBuilder s = new StringBuilder(p.content().text());
        for (ThreadPost t : p.content().additionalPosts()) {
            s.append("\n---\n").append(t.text());
        }
        List<String> media = new java.util.ArrayList<>(p.content().mediaUrls());
        p.content().additionalPosts().forEach(t -> media.addAll(t.mediaUrls()));
        if (!media.isEmpty()) {
            s.append("\n\n").append(String.join("\n", media));
        }
        return s.toString();
    }

    private void open(Post p) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle("Post text");
        d.setHeaderText((p.accountId() == null ? "" : "@" + p.accountId() + " · ")
                + WHEN.format(p.scheduledAt().atZone(zone.get())));
        TextArea text = new TextArea(fullText(p));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(520, 260);
        d.getDialogPane().setContent(text);
        d.getDialogPane().setId("post-text-dialog");
        ButtonType copy = new ButtonType("Copy text", javafx.scene.control.ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().setAll(copy, ButtonType.CLOSE);
        ((Button) d.getDialogPane().lookupButton(copy)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            copy(p);
            e.consume();
        });
        d.showAndWait();
    }

    private void copy(Post p) {
        ClipboardContent c = new ClipboardContent();
        c.putString(fullText(p));
        Clipboard.getSystemClipboard().setContent(c);
        notice.info("Post text copied");
    }

    /** One post: what it is, where its hand-off stands, and what the user can do. */
    private final class DueCell extends ListCell<PostHandOff> {

        DueCell() {
            getStyleClass().add("due-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PostHandOff item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Post p = item.post();
            Label text = new Label(p.content().firstLine().isBlank() ? "(no text)" : p.content().firstLine());
            text.getStyleClass().add("due-text");
            Label status = new Label(p.status().id());
            status.getStyleClass().addAll("due-status", "due-status-" + p.status().id());
            status.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(6);
            if (p.platform() != null) {
                top.getChildren().add(PlatformStyle.icon(p.platform()));
            }
            top.getChildren().addAll(text, grow, status);

            Label meta = new Label(meta(p, item.handOff()));
            meta.getStyleClass().add("due-meta");
            LazyTooltip.install(meta, meta.getText());

            Button published = small("Mark published", FontAwesome.CHECK, "mark-published-" + p.id());
            published.getStyleClass().add("success");
            published.setOnAction(e -> act(() -> publishing.markPublished(owner, p.id()),
                    "Marked published"));
            Button copy = small(null, FontAwesome.CLIPBOARD, "copy-text-" + p.id());
            LazyTooltip.install(copy, "Copy the text, to paste it where you post");
            copy.setOnAction(e -> copy(p));
            Button open = small(null, FontAwesome.FILE_TEXT_O, "open-post-" + p.id());
            LazyTooltip.install(open, "Open the whole post: thread and media URLs");
            open.setOnAction(e -> open(p));
            HBox buttons = new HBox(4, published, copy, open);
            if (p.status() == PostStatus.FAILED) {
                Button retry = small("Retry", FontAwesome.REFRESH, "retry-" + p.id());
                retry.setOnAction(e -> act(() -> publishing.retry(owner, p.id()),
                        "Sending it again"));
                buttons.getChildren().add(retry);
            }
            VBox box = new VBox(3, top, meta, buttons);
            setText(null);
            setGraphic(box);
        }

        private String meta(Post p, HandOff h) {
            String who = p.accountId() == null ? "no account" : "@" + p.accountId();
            String when = "due " + WHEN.format(p.scheduledAt().atZone(zone.get()));
            if (h == null) {
                return who + " · " + when;
            }
            String vendor = h.channel().isForwarder() ? h.channel().displayName() : null;
            return switch (p.status()) {
                case FAILED -> who + " · " + (vendor == null ? "" : vendor + " ") + "failed after "
                        + attempts(h.attempts()) + (h.lastError() == null ? "" : ": " + h.lastError());
                case SENDING -> who + " · " + sending(h, vendor);
                default -> who + " · " + when;
            };
        }

        /** A webhook's or a forwarder's progress: attempts and the next try, or the vendor publishing it. */
        private String sending(HandOff h, String vendor) {
            String next = h.nextAttemptAt() == null ? "" : TIME.format(h.nextAttemptAt().atZone(zone.get()));
            if (vendor != null && h.remoteId() != null) {
                return vendor + " has it (" + h.remoteId() + "), publishing" + (next.isEmpty() ? "" : " · asking again "
                        + next) + (h.lastError() == null ? "" : " · " + h.lastError());
            }
            String to = vendor == null ? "" : "to " + vendor + ", ";
            return h.attempts() == 0 ? "sending now" + (vendor == null ? "" : " to " + vendor)
                    : to + attempts(h.attempts()) + ", last: " + h.lastError() + (next.isEmpty() ? "" : " · next try " + next);
        }

        private String attempts(int n) {
            return n == 1 ? "1 attempt" : n + " attempts";
        }

        private Button small(String text, FontAwesome icon, String id) {
            Button b = new Button(text, new FontIcon(icon));
            b.setId(id);
            b.getStyleClass().add("small");
            b.setMinWidth(Region.USE_PREF_SIZE);
            return b;
        }
    }
}
