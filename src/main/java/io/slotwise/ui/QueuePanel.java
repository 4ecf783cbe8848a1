package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side panel: the draft queue with its filters, and the buttons that compose, edit, delete and
 * queue drafts. It holds no logic of its own; the window wires its buttons to {@link PlanActions}.
 * Narrowed below what its buttons' labels need, it turns {@linkplain #compactProperty() compact}: they
 * show only their icons, with their labels as tooltips.
 */
final class QueuePanel extends VBox {

    static final String ALL = "All";
    /** How wide the queue is until the user makes it narrower or wider. */
    static final double USUAL_WIDTH = 320;
    /** The narrowest the user may make the queue. */
    static final double NARROWEST = 240;

    private final ObservableList<Post> drafts = FXCollections.observableArrayList();
    private final FilteredList<Post> shown = new FilteredList<>(drafts);
    private final ListView<Post> list = new ListView<>(shown);
    private final ComboBox<String> accountFilter = new ComboBox<>();
    private final ComboBox<String> labelFilter = new ComboBox<>();
    private Map<String, String> labelNames = Map.of();

    final Button compose = button("Compose", FontAwesome.PENCIL, "compose");
    final Button edit = button("Edit", FontAwesome.EDIT, "edit-draft");
    final Button delete = button("Delete", FontAwesome.TRASH, "delete-draft");
    final Button addToQueue = button("Add to queue", FontAwesome.CALENDAR_PLUS_O, "add-to-queue");
    final Button queueAll = button("Queue all", FontAwesome.FORWARD, "queue-all");
    private final HBox row1 = new HBox(6, compose, edit, delete);
    private final HBox row2 = new HBox(6, addToQueue, queueAll);
    private final javafx.beans.property.BooleanProperty readOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "readOnly");
    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(CompactLabels.COMPACT, get());
        }
    };

    QueuePanel() {
        getStyleClass().add("queue-panel");
        setId("queue-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(USUAL_WIDTH);
        setMinWidth(NARROWEST);

        javafx.scene.control.Label title = new javafx.scene.control.Label("Queue");
        title.getStyleClass().addAll("title-3", "queue-title");
        javafx.scene.control.Label hint = new javafx.scene.control.Label(
                "Drag a draft onto a slot on the calendar, or let Slotwise pick the next free one.");
        hint.getStyleClass().add("queue-hint");
        hint.setWrapText(true);

        accountFilter.setId("account-filter");
        labelFilter.setId("label-filter");
        accountFilter.setPromptText("Account");
        labelFilter.setPromptText("Label");
        accountFilter.setMaxWidth(Double.MAX_VALUE);
        labelFilter.setMaxWidth(Double.MAX_VALUE);
        // Narrower than their prompts if need be, so they share a narrow queue rather than overflow it.
        accountFilter.setMinWidth(60);
        labelFilter.setMinWidth(60);
        HBox.setHgrow(accountFilter, Priority.ALWAYS);
        HBox.setHgrow(labelFilter, Priority.ALWAYS);
        accountFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        labelFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        HBox filters = new HBox(6, accountFilter, labelFilter);

        list.setId("draft-list");
        list.setCellFactory(v -> new DraftCell(() -> labelNames));
        javafx.scene.control.Label empty = new javafx.scene.control.Label("No drafts. Compose one to start your queue.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        addToQueue.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        queueAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(shown));
        addToQueue.getStyleClass().add("accent");

        getChildren().addAll(title, hint, filters, list, row1, row2);
        row1.disableProperty().bind(readOnly);
        row2.disableProperty().bind(readOnly);
    }

    /** Whether the drafts may only be looked at (the team calendar is out of reach): the buttons are off. */
    public final javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public final boolean isReadOnly() {
        return readOnly.get();
    }

    public final void setReadOnly(boolean on) {
        readOnly.set(on);
    }

    private static Button button(String text, FontAwesome icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return CompactLabels.collapsible(b);
    }

    /** Whether the buttons show their icons alone: they do while the queue is narrower than their labels need. */
    public final ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    public final boolean isCompact() {
        return compact.get();
    }

    @Override
    protected void layoutChildren() {
        double withLabels = snappedLeftInset() + snappedRightInset() + Math.max(
                row1.prefWidth(-1) + (isCompact() ? CompactLabels.labelRoom(List.of(compose, edit, delete)) : 0),
                row2.prefWidth(-1) + (isCompact() ? CompactLabels.labelRoom(List.of(addToQueue, queueAll)) : 0));
        boolean c = getWidth() < withLabels;
        if (c != isCompact()) {
            compact.set(c);
            applyCss();
        }
        super.layoutChildren();
    }

    void setDrafts(List<Post> posts, List<Account> accounts, List<Label> labels) {
        Post selected = list.getSelectionModel().getSelectedItem();
        labelNames = labels.stream().collect(java.util.stream.Collectors.toMap(Label::id, Label::name));
        String a = accountFilter.getValue();
        String l = labelFilter.getValue();
        accountFilter.getItems().setAll(ALL);
        accounts.forEach(acc -> accountFilter.getItems().add(acc.id()));
        labelFilter.getItems().setAll(ALL);
        labels.forEach(lab -> labelFilter.getItems().add(lab.name()));
        accountFilter.setValue(accountFilter.getItems().contains(a) ? a : null);
        labelFilter.setValue(labelFilter.getItems().contains(l) ? l : null);
        drafts.setAll(posts);
        if (selected != null) {
            shown.stream().filter(p -> p.id().equals(selected.id())).findFirst()
                    .ifPresent(p -> list.getSelectionModel().select(p));
        }
    }

    private void applyFilter() {
        String a = accountFilter.getValue();
        String l = labelFilter.getValue();
        shown.setPredicate(p -> (a == null || a.equals(ALL) || a.equals(p.accountId()))
                && (l == null || l.equals(ALL) || p.labelIds().stream().anyMatch(id -> l.equals(labelNames.get(id)))));
    }

    ListView<Post> list() {
        return list;
    }

    Post selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** The drafts the filters show, in queue order: what "Queue all" assigns. */
    List<Post> shownDrafts() {
        return List.copyOf(shown);
    }

    /** The draft under a cell node, for drags that start in the list. */
    static Post draftOf(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (x instanceof DraftCell c && c.getItem() != null && !c.isEmpty()) {
                return c.getItem();
            }
        }
        return null;
    }

    /** One draft in the list: platform icon, account, first line, labels. */
    static final class DraftCell extends ListCell<Post> {
        private final java.util.function.Supplier<Map<String, String>> labelNames;

        DraftCell(java.util.function.Supplier<Map<String, String>> labelNames) {
            this.labelNames = labelNames;
            getStyleClass().add("draft-cell");
            // Let the list decide the width, so long drafts are cut with "…" rather than scrolled.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Post p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeIf(c -> c.startsWith("platform-"));
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            javafx.scene.control.Label text = new javafx.scene.control.Label(
                    p.content().firstLine().isBlank() ? "(no text)" : p.content().firstLine());
            text.getStyleClass().add("draft-text");
            String meta = (p.accountId() == null ? "no account yet" : "@" + p.accountId())
                    + (p.content().threadLength() > 1 ? " · thread of " + p.content().threadLength() : "")
                    + (p.labelIds().isEmpty() ? "" : " · " + String.join(", ",
                    p.labelIds().stream().map(id -> Objects.requireNonNullElse(labelNames.get().get(id), id)).sorted().toList()));
            javafx.scene.control.Label details = new javafx.scene.control.Label(meta);
            details.getStyleClass().add("draft-meta");
            VBox box = new VBox(2, text, details);
            HBox row = new HBox(8);
            if (p.platform() != null) {
                row.getChildren().add(PlatformStyle.icon(p.platform()));
                getStyleClass().add(PlatformStyle.styleClass(p.platform()));
            }
            row.getChildren().add(box);
            setText(null);
            setGraphic(row);
        }
    }
}
