package io.slotwise.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.slotwise.engine.Account;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.service.CalendarRange;
import io.slotwise.service.Services;
import io.slotwise.service.SlotOccurrence;
import io.slotwise.service.SlotSpec;
import io.slotwise.store.StoredSlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: toolbar on top, the calendar in the middle, the queue on the right, the status
 * bar below. It wires the views to {@link PlanActions} and redraws after every change.
 */
public final class MainWindow extends BorderPane {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private final Services services;
    private final String owner;
    private final Clock clock;
    private final Notice notice = new Notice();
    private final UndoHistory history;
    private final PlanActions actions;
    private final PlanCalendar calendar;
    private final QueuePanel queue = new QueuePanel();
    private final DuePanel duePanel;
    private final StatusBar statusBar = new StatusBar(notice);
    private final Pane overlay = new Pane();
    private final VBox welcome = new VBox(10);
    private final javafx.scene.control.Label period = new javafx.scene.control.Label();
    private final ComboBox<String> zoneBox = new ComboBox<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private io.slotwise.api.LocalApi api;
    private List<Account> accounts = List.of();
    private List<Label> labels = List.of();
    /** Which refresh the latest next-free answer is for: an older background answer is dropped. */
    private long nextFreeAsked;
    private FileActions files;

    public MainWindow(Services services, String owner, Clock clock, ZoneId displayZone) {
        this.services = services;
        this.owner = owner;
        this.clock = clock;
        getStyleClass().addAll("main-window", "theme-light");
        history = new UndoHistory(services, owner);
        calendar = new PlanCalendar(displayZone, LocalDate.now(clock.withZone(displayZone)));
        actions = new PlanActions(services, owner, history, notice, this::refresh, calendar::getZone);
        calendar.setWeekStart(services.settings().get().weekStart());

        setTop(toolbar(displayZone));
        StackPane center = new StackPane(calendar, overlay, welcome);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        buildWelcome();
        setCenter(center);
        duePanel = new DuePanel(services, owner, notice, this::refresh, calendar::getZone);
        VBox side = new VBox(duePanel, queue);
        VBox.setVgrow(queue, Priority.ALWAYS);
        setRight(side);
        setBottom(statusBar);
        wireQueue();
        calendar.dateProperty().addListener((o, a, b) -> refresh());
        calendar.modeProperty().addListener((o, a, b) -> refresh());
        calendar.zoneProperty().addListener((o, a, b) -> refresh());
        refresh();
        applyApi(services.settings().get());
    }

    // ---- layout ----

    private ToolBar toolbar(ZoneId displayZone) {
        Button prev = iconButton(FontAwesome.CHEVRON_LEFT, "previous", "Previous (←)");
        Button today = new Button("Today");
        today.setId("today");
        Button next = iconButton(FontAwesome.CHEVRON_RIGHT, "next", "Next (→)");
        prev.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        today.setOnAction(e -> goToday());
        period.setId("period");
        period.getStyleClass().add("period-label");

        ToggleGroup views = new ToggleGroup();
        ToggleButton day = viewToggle("Day", PlanCalendar.Mode.DAY, views);
        ToggleButton week = viewToggle("Week", PlanCalendar.Mode.WEEK, views);
        ToggleButton month = viewToggle("Month", PlanCalendar.Mode.MONTH, views);
        week.setSelected(true);
        HBox viewButtons = new HBox(day, week, month);
        viewButtons.getStyleClass().add("segmented");

        zoneBox.setId("zone");
        zoneBox.setEditable(false);
        TreeSet<String> zones = new TreeSet<>(ZoneId.getAvailableZoneIds());
        zoneBox.getItems().setAll(zones);
        zoneBox.setValue(displayZone.getId());
        zoneBox.setPrefWidth(200);
        zoneBox.valueProperty().addListener((o, a, z) -> {
            if (z != null) {
                calendar.setZone(ZoneId.of(z));
            }
        });

        Button undo = iconButton(FontAwesome.UNDO, "undo", "Undo (Ctrl+Z)");
        Button redo = iconButton(FontAwesome.REPEAT, "redo", "Redo (Ctrl+Shift+Z)");
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
        undo.setOnAction(e -> actions.undo());
        redo.setOnAction(e -> actions.redo());

        Button newSlot = new Button("New slot", new FontIcon(FontAwesome.PLUS));
        newSlot.setId("new-slot");
        newSlot.setOnAction(e -> openNewSlot(calendar.getDate().getDayOfWeek(), LocalTime.of(9, 0)));
        Button people = new Button("Accounts & labels", new FontIcon(FontAwesome.USERS));
        people.setId("accounts");
        people.setOnAction(e -> openAccounts());
        Button settingsButton = iconButton(FontAwesome.COG, "settings", "Settings (local API key, slot times)");
        settingsButton.setOnAction(e -> openSettings());
        ToggleButton theme = new ToggleButton(null, new FontIcon(FontAwesome.MOON_O));
        theme.setId("theme");
        theme.setTooltip(new javafx.scene.control.Tooltip("Dark theme"));
        theme.selectedProperty().bindBidirectional(dark);
        dark.addListener((o, a, on) -> applyTheme(on));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(prev, today, next, period, new Separator(), viewButtons, zoneBox, grow, undo, redo,
                new Separator(), newSlot, people, settingsButton, theme);
        bar.getStyleClass().add("main-toolbar");
        bar.getItems().addAll(0, List.of(fileMenu(), new Separator()));
        return bar;
    }

    /** The File menu: CSV import, .ics export, back up and restore (see {@link FileActions}). */
    private javafx.scene.control.MenuButton fileMenu() {
        files = new FileActions(services, owner, history, notice, this::refresh,
                () -> applyApi(services.settings().get()), calendar::getZone);
        return files.menu();
    }

    private ToggleButton viewToggle(String text, PlanCalendar.Mode mode, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId("view-" + mode.name().toLowerCase());
        b.setToggleGroup(group);
        b.setOnAction(e -> {
            if (!b.isSelected()) {
                b.setSelected(true);
            }
            calendar.setMode(mode);
        });
        calendar.modeProperty().addListener((o, a, m) -> b.setSelected(m == mode));
        return b;
    }

    private static Button iconButton(FontAwesome icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        return b;
    }

    private void buildWelcome() {
        welcome.setId("welcome");
        welcome.getStyleClass().add("welcome-card");
        welcome.setMaxSize(600, Region.USE_PREF_SIZE);
        welcome.setPadding(new Insets(24));
        StackPane.setAlignment(welcome, Pos.CENTER);
        javafx.scene.control.Label title = new javafx.scene.control.Label("Welcome to Slotwise");
        title.getStyleClass().add("title-2");
        javafx.scene.control.Label steps = new javafx.scene.control.Label(
                "1.  Add the accounts you post to.\n2.  Add posting slots: when each account should post.\n"
                        + "3.  Write drafts and let Slotwise put them in the next free slot.");
        steps.setWrapText(true);
        Button addAccount = new Button("Add an account", new FontIcon(FontAwesome.USER_PLUS));
        addAccount.setId("welcome-accounts");
        addAccount.getStyleClass().add("accent");
        addAccount.setOnAction(e -> openAccounts());
        Button addSlot = new Button("Add a slot", new FontIcon(FontAwesome.CALENDAR_PLUS_O));
        addSlot.setOnAction(e -> openNewSlot(calendar.getDate().getDayOfWeek(), LocalTime.of(9, 0)));
        Button sample = new Button("Load sample plan");
        sample.setId("load-sample");
        sample.setOnAction(e -> {
            SamplePlan.load(services, owner, calendar.getZone());
            notice.success("Sample plan loaded: three accounts, six slots and a queue of drafts");
            refresh();
        });
        for (Button b : List.of(addAccount, addSlot, sample)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        welcome.getChildren().addAll(title, steps, new HBox(8, addAccount, addSlot, sample));
    }

    private void wireQueue() {
        queue.compose.setOnAction(e -> new ComposeDialog(null, accounts, labels).showAndWait()
                .ifPresent(actions::createDraft));
        queue.edit.setOnAction(e -> editPost(queue.selected()));
        queue.delete.setOnAction(e -> deleteSelectedDraft());
        queue.addToQueue.setOnAction(e -> {
            Post p = queue.selected();
            if (p != null) {
                actions.addToQueue(p).ifPresent(placed -> calendar.scrollTo(placed.scheduledAt().atZone(calendar.getZone())));
            }
        });
        queue.queueAll.setOnAction(e -> queueAll());
        queue.list().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && queue.selected() != null) {
                editPost(queue.selected());
            }
        });
    }

    // ---- refreshing ----

    /** Redraws the calendar, the queue and the status bar from the store. */
    void refresh() {
        Instant[] range = calendar.visibleRange();
        CalendarRange r = services.calendar().range(owner, range[0], range[1]);
        calendar.show(r, clock.instant());
        accounts = services.accounts().list(owner);
        labels = services.labels().list(owner);
        queue.setDrafts(services.posts().drafts(owner), accounts, labels);
        showNextFree();
        refreshHandOffs();
        LocalDate d = calendar.getDate();
        period.setText(calendar.getMode() == PlanCalendar.Mode.WEEK
                ? MONTH.format(d) + " · week " + d.get(WeekFields.ISO.weekOfWeekBasedYear())
                : calendar.getMode() == PlanCalendar.Mode.DAY ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(d)
                : MONTH.format(d));
        boolean empty = accounts.isEmpty() && services.slots().list(owner).isEmpty();
        welcome.setVisible(empty);
        welcome.setManaged(empty);
    }

    /**
     * The status bar's next free slots come from the engine's plan. Until the plan has loaded (a second
     * for a big store) they are worked out in the background, so the first week shows without waiting.
     */
    private void showNextFree() {
        long asked = ++nextFreeAsked;
        ZoneId zone = calendar.getZone();
        if (services.workspace().isLoaded()) {
            statusBar.setNextFree(services.calendar().nextFreePerAccount(owner), zone);
            return;
        }
        statusBar.setNextFreeLoading();
        Thread worker = new Thread(() -> {
            Map<Account, Placement> next;
            try {
                next = services.calendar().nextFreePerAccount(owner);
            } catch (RuntimeException e) {
                return; // the window closed (and the store with it) while this was loading
            }
            javafx.application.Platform.runLater(() -> {
                if (asked == nextFreeAsked) {
                    statusBar.setNextFree(next, zone);
                }
            });
        }, "slotwise-next-free");
        worker.setDaemon(true);
        worker.start();
    }

    // ---- publishing hand-off ----

    private void refreshHandOffs() {
        List<io.slotwise.publishing.PostHandOff> waiting = io.slotwise.publishing.Publishing.over(services).dueAndFailed(owner);
        duePanel.setItems(waiting);
        statusBar.setDue(waiting.stream().filter(p -> p.post().status() == io.slotwise.engine.PostStatus.DUE).count(),
                waiting.stream().filter(p -> p.post().status() == io.slotwise.engine.PostStatus.FAILED).count());
    }

    /** What the hand-off did on start, while Slotwise was closed. */
    public void showCatchUp(io.slotwise.publishing.HandOffReport report) {
        if (report.isEmpty()) {
            return; // nothing fell due while closed: the window as first drawn is right
        }
        refresh();
        if (report.failed() > 0) {
            notice.error(report.asCatchUp());
        } else if (!report.isEmpty()) {
            notice.info(report.asCatchUp());
        }
    }

    /** A hand-off round did something: posts fell due, a webhook took or refused one. */
    public void handOffsHappened(io.slotwise.publishing.HandOffReport report) {
        refresh();
        if (report.failed() > 0) {
            notice.error(report.describe());
        } else {
            notice.info(report.describe());
        }
    }

    private void step(int direction) {
        LocalDate d = calendar.getDate();
        calendar.setDate(switch (calendar.getMode()) {
            case DAY -> d.plusDays(direction);
            case WEEK -> d.plusWeeks(direction);
            case MONTH -> d.plusMonths(direction);
        });
    }

    private void goToday() {
        calendar.setDate(LocalDate.now(clock.withZone(calendar.getZone())));
        calendar.scrollTo(ZonedDateTime.now(clock.withZone(calendar.getZone())));
    }

    // ---- dialogs ----

    private void openSettings() {
        var current = services.settings().get();
        String status = api != null ? "Listening on http://127.0.0.1:" + api.port()
                : "Not running";
        new SettingsDialog(current, status).showAndWait().ifPresent(s -> {
            services.settings().save(s);
            applyApi(s);
            refresh();
        });
    }

    /** Starts or stops the local API inside the desktop app, as the settings say. */
    void applyApi(io.slotwise.service.Settings s) {
        if (api != null && (!s.apiEnabled() || api.port() != s.apiPort())) {
            api.close();
            api = null;
            notice.info("Local API stopped");
        }
        if (s.apiEnabled() && api == null) {
            try {
                api = io.slotwise.api.LocalApi.start(services, s.apiPort(), s.apiKey());
                notice.success("Local API listening on http://127.0.0.1:" + api.port());
            } catch (RuntimeException e) {
                notice.error("The local API could not listen on port " + s.apiPort() + ": " + e.getMessage());
            }
        }
    }

    /** Stops the local API, if it runs (the app is closing). */
    public void stopApi() {
        if (api != null) {
            api.close();
            api = null;
        }
    }

    private void openAccounts() {
        new AccountsDialog(services, owner).showAndWait();
        refresh();
    }

    private void openNewSlot(DayOfWeek day, LocalTime time) {
        openNewSlot(day, time, null);
    }

    /** The new-slot dialog at a time, or for a window when {@code end} is given. */
    private void openNewSlot(DayOfWeek day, LocalTime time, LocalTime end) {
        ZoneId zone = Optional.ofNullable(services.settings().get().defaultTimezone()).orElse(calendar.getZone());
        new SlotDialog(null, day, time, end, zone, services.settings().get().weekStart(), accounts, labels).showAndWait()
                .ifPresent(r -> r.specs().forEach(actions::createSlot));
    }

    /** Whether a press is on a band, a card, the queue or the due list: not on empty grid time. */
    private boolean onSomething(PickResult pick) {
        if (cardUnder(pick).isPresent()) {
            return true;
        }
        for (Node x = pick.getIntersectedNode(); x != null; x = x.getParent()) {
            if (x instanceof BandView || x == queue || x == duePanel) {
                return true;
            }
        }
        return false;
    }

    private void openSlot(SlotOccurrence o) {
        StoredSlot stored = services.slots().get(owner, o.slot().id());
        new SlotDialog(o.slot(), o.slot().recurrence().weekDay(), o.slot().startTime(), o.slot().zone(),
                services.settings().get().weekStart(), accounts, labels).showAndWait().ifPresent(r -> {
            if (r.delete()) {
                deleteSlot(stored);
            } else if (!r.specs().isEmpty()) {
                SlotSpec spec = r.specs().get(0);
                actions.editSlot(stored, spec);
            }
        });
    }

    /** Deletes a slot; when posts are scheduled in it, offers to send them back to the queue first. */
    void deleteSlot(StoredSlot slot) {
        List<Post> future = services.posts().futureOfSlot(owner, slot.slot().id());
        if (future.isEmpty()) {
            actions.deleteSlot(slot, false);
            return;
        }
        ButtonType unschedule = new ButtonType("Unschedule those posts and delete", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", unschedule, ButtonType.CANCEL);
        a.setTitle("Delete slot");
        a.setHeaderText(io.slotwise.service.SlotService.FUTURE_CONTENT);
        a.setContentText(future.size() + (future.size() == 1 ? " post is" : " posts are")
                + " scheduled in this slot. Slotwise can put them back in the queue as drafts and delete the slot.");
        a.getDialogPane().setId("delete-slot-offer");
        a.getDialogPane().lookupButton(unschedule).setId("unschedule-and-delete");
        a.showAndWait().filter(b -> b == unschedule).ifPresentOrElse(
                b -> actions.deleteSlot(slot, true),
                () -> notice.info("Slot kept: " + io.slotwise.service.SlotService.FUTURE_CONTENT));
    }

    private void editPost(Post post) {
        if (post == null) {
            return;
        }
        new ComposeDialog(post, accounts, labels).showAndWait().ifPresent(in -> actions.editDraft(post, in));
    }

    private void deleteSelectedDraft() {
        Post p = queue.selected();
        if (p != null) {
            actions.deletePost(p);
        }
    }

    private void queueAll() {
        List<Post> drafts = queue.shownDrafts();
        List<Assignment> results = actions.queueAll(drafts);
        if (results.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Assignment a : results) {
            Post p = drafts.stream().filter(d -> d.id().equals(a.postId())).findFirst().orElse(null);
            String what = p == null ? a.postId() : p.content().firstLine();
            text.append(a.success() ? "✔ " : "✘ ").append(what.length() > 48 ? what.substring(0, 47) + "…" : what)
                    .append(a.success() ? "  →  " + actions.when(a.placement().scheduledAt()) : "  —  " + a.message())
                    .append('\n');
        }
        Alert summary = new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.OK);
        summary.setTitle("Queue all");
        summary.setHeaderText(notice.getMessage() == null ? "Queued" : notice.getMessage().text());
        summary.getDialogPane().setId("queue-summary");
        summary.getDialogPane().setMinWidth(560);
        summary.showAndWait();
    }

    // ---- scene: keys, clicks, drags ----

    /** Hooks keyboard, clicks and drags into the scene once the window is in one. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        new DragController(scene, overlay, MainWindow::postUnder, new DragTarget());
        new GridSelection(scene, calendar, overlay, this::onSomething,
                (from, to) -> openNewSlot(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime()));
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        applyTheme(dark.get());
        calendar.scrollToWorkingHours();
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                actions.redo();
            } else {
                actions.undo();
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            actions.redo();
            e.consume();
        } else if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (e.getCode() == KeyCode.LEFT) {
            step(-1);
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            step(1);
            e.consume();
        } else if (e.getCode() == KeyCode.T) {
            goToday();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            deleteSelectedDraft();
            e.consume();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Optional<Post> card = cardUnder(e.getPickResult());
        if (card.isPresent()) {
            editPost(card.get());
            e.consume();
            return;
        }
        Node n = e.getPickResult().getIntersectedNode();
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof BandView band) {
                openSlot(band.band().occurrence());
                e.consume();
                return;
            }
            if (x == queue || x == duePanel || x instanceof ToolBar) {
                return;
            }
        }
        if (e.getClickCount() == 2) {
            calendar.timeAt(e.getSceneX(), e.getSceneY()).ifPresent(t -> {
                openNewSlot(t.getDayOfWeek(), t.toLocalTime());
                e.consume();
            });
        }
    }

    /** The post whose card on the grid the mouse is on. */
    private static Optional<Post> cardUnder(PickResult pick) {
        Optional<Post> card = PostCards.picked(pick);
        if (card.isPresent()) {
            return card;
        }
        for (Node x = pick.getIntersectedNode(); x != null; x = x.getParent()) {
            if (x instanceof PostCardView view) {
                return Optional.of(view.postEntry().post());
            }
        }
        return Optional.empty();
    }

    /** The post whose card (on the grid) or draft (in the queue) the mouse is on. */
    private static Post postUnder(PickResult pick) {
        return cardUnder(pick).orElseGet(() -> QueuePanel.draftOf(pick.getIntersectedNode()));
    }

    /** Highlights where a dragged post may go and carries out the drop. */
    private final class DragTarget implements DragController.Target {

        /** The bands on the grid when the drag started, and the one under the pointer. */
        private List<BandView> bands = List.of();
        private BandView hovered;

        @Override
        public void dragStarted(Post post) {
            bands = calendar.bands();
            // One question to the service for all bands, not one per band.
            List<Optional<String>> why = services.calendar().whyNot(owner, post,
                    bands.stream().map(b -> b.band().occurrence()).toList());
            for (int i = 0; i < bands.size(); i++) {
                bands.get(i).setDrop(why.get(i).isEmpty() ? BandView.Drop.ALLOWED : BandView.Drop.REFUSED);
            }
            notice.info("Drop on a highlighted slot, on any time, or back on the queue to unschedule");
        }

        @Override
        public void dragMoved(Post post, double x, double y) {
            BandView under = calendar.bandAt(x, y).orElse(null);
            if (under != hovered) {
                if (hovered != null) {
                    hovered.setDropHover(false);
                }
                if (under != null) {
                    under.setDropHover(true);
                }
                hovered = under;
            }
        }

        @Override
        public void dropped(Post post, double x, double y) {
            Point2D inQueue = queue.sceneToLocal(x, y);
            if (inQueue != null && queue.getLayoutBounds().contains(inQueue)) {
                if (!actions.unschedule(post)) {
                    notice.info("It is already in the queue");
                }
                return;
            }
            Optional<BandView> band = calendar.bandAt(x, y);
            if (band.isPresent()) {
                actions.dropOnOccurrence(post, band.get().band().occurrence());
                return;
            }
            Optional<ZonedDateTime> t = calendar.timeAt(x, y);
            if (t.isPresent()) {
                actions.dropOnTime(post, t.get().toInstant());
            } else {
                notice.info("Dropped outside the calendar: nothing changed");
            }
        }

        @Override
        public void dragEnded() {
            for (BandView b : bands) {
                b.setDrop(BandView.Drop.NONE);
                b.setDropHover(false);
            }
            bands = List.of();
            hovered = null;
        }
    }

    private void applyTheme(boolean on) {
        Application.setUserAgentStylesheet(on ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        // Only on a change: a new style class on the root restyles the whole window (on first show it
        // doubled the CSS work of the first frame).
        String theme = on ? "theme-dark" : "theme-light";
        if (!getStyleClass().contains(theme)) {
            getStyleClass().removeAll("theme-dark", "theme-light");
            getStyleClass().add(theme);
        }
    }

    // ---- for tests and the smoke test ----

    PlanCalendar calendar() {
        return calendar;
    }

    QueuePanel queue() {
        return queue;
    }

    DuePanel duePanel() {
        return duePanel;
    }

    FileActions files() {
        return files;
    }
}
