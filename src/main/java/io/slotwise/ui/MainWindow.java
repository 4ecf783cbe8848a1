package io.slotwise.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.slotwise.engine.Account;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.service.CalendarRange;
import io.slotwise.service.CalendarLocation;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Settings;
import io.slotwise.service.TeamCalendarChoice;
import io.slotwise.service.Services;
import io.slotwise.service.TeamCalendar;
import io.slotwise.service.TeamReachability;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: toolbar on top ({@link MainToolbar}), the calendar in the middle ({@link PlanCalendar},
 * with the {@link WelcomeCard} over an empty plan), the due list and the queue on the right (as wide as the
 * user drags its {@link QueueDivider}, or hidden), the status bar below. It wires the views to
 * {@link PlanActions}, {@link SlotEditor} and the dialogs, redraws after every change, and hooks
 * {@link Shortcuts}, clicks and drags ({@link CalendarDropTarget}) into its scene.
 */
public final class MainWindow extends BorderPane {

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
    private final TeamBanner teamBanner = new TeamBanner();
    /** Whether a refresh for other members' changes is on its way to the FX thread (a burst of them is one refresh). */
    private final AtomicBoolean othersChanged = new AtomicBoolean();
    private DragController drags;
    /** What stops hearing of the team calendar, once another calendar's window takes this one's place. */
    private final List<Runnable> stopHearing = new java.util.ArrayList<>();
    private boolean replaced;
    private final Pane overlay = new Pane();
    private final WelcomeCard welcome = new WelcomeCard();
    private final MainToolbar toolbar;
    private final DesktopApi api;
    private final SlotEditor slots;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<LocalApiHost> apiHost = new SimpleObjectProperty<>(this, "apiHost");
    private final ObjectProperty<CalendarSwitcher> calendarSwitcher = new SimpleObjectProperty<>(this, "calendarSwitcher");
    private final BooleanProperty queueShown = new SimpleBooleanProperty(this, "queueShown", true);
    private final DoubleProperty queueWidth = new SimpleDoubleProperty(this, "queueWidth", QueuePanel.USUAL_WIDTH);
    private List<Account> accounts = List.of();
    private List<Label> labels = List.of();
    /** Which refresh the latest next-free answer is for: an older background answer is dropped. */
    private long nextFreeAsked;
    private final FileActions files;
    private final HelpMenu help = new HelpMenu();
    private final CardSelection cards;
    private Shortcuts shortcuts;
    /** The first page, being read while the window is built; null once shown, or once a refresh superseded it. */
    private CompletableFuture<PageRead> firstRead;

    public MainWindow(Services services, String owner, Clock clock, ZoneId displayZone) {
        this.services = services;
        this.owner = owner;
        this.clock = clock;
        getStyleClass().addAll("main-window", "theme-light");
        calendar = new PlanCalendar(displayZone, LocalDate.now(clock.withZone(displayZone)));
        history = new UndoHistory(services, owner, calendar::getZone);
        actions = new PlanActions(services, owner, history, notice, this::refresh, calendar::getZone);
        calendar.setWeekStart(services.settings().get().weekStart());
        // The first page is read on another thread while the window is built and first styled; install shows it.
        firstRead = readInBackground(calendar.visibleRange());
        api = new DesktopApi(notice);
        slots = new SlotEditor(services, owner, actions, notice, calendar::getZone);
        files = new FileActions(services, owner, history, notice, this::refresh,
                () -> api.apply(services.settings().get()), calendar::getZone);

        cards = new CardSelection(calendar);
        toolbar = new MainToolbar(calendar, history, files.menu(), help);
        wireToolbar();
        setTop(new VBox(toolbar, teamBanner));
        StackPane center = new StackPane(calendar, overlay, welcome);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        wireWelcome();
        setCenter(center);
        duePanel = new DuePanel(services, owner, notice, this::refresh, calendar::getZone);
        // The cards' tooltips read a post's hand-off (its public URL, a vendor's error) through this.
        java.util.function.Function<String, java.util.Optional<io.slotwise.service.HandOff>> handOffs = id -> {
            try {
                return io.slotwise.publishing.Publishing.over(services).handOff(owner, id);
            } catch (io.slotwise.service.ServiceException e) {
                return java.util.Optional.empty();
            }
        };
        getProperties().put(PostCards.HAND_OFFS, handOffs);
        VBox side = new VBox(duePanel, queue);
        side.setId("side-panel");
        VBox.setVgrow(queue, Priority.ALWAYS);
        // As wide as the user made it, but never taking the calendar's room (a width kept from a bigger screen).
        side.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(QueuePanel.NARROWEST,
                Math.min(queueWidth.get(), getWidth() - QueueDivider.CALENDAR_ROOM)), queueWidth, widthProperty()));
        HBox right = new HBox(new QueueDivider(queueWidth), side);
        right.visibleProperty().bind(queueShown);
        right.managedProperty().bind(queueShown);
        setRight(right);
        setBottom(statusBar);
        statusBar.setOnShowDue(() -> setQueueShown(true));
        wireQueue();
        calendar.dateProperty().addListener((o, a, b) -> refresh());
        calendar.modeProperty().addListener((o, a, b) -> refresh());
        calendar.zoneProperty().addListener((o, a, b) -> refresh());
        wireTeamCalendar();
        apiHost.addListener((o, a, host) -> {
            api.setHost(host);
            api.apply(services.settings().get());
        });
    }

    /** What runs the local API when the settings turn it on; none (the default) runs no API. */
    public final ObjectProperty<LocalApiHost> apiHostProperty() {
        return apiHost;
    }

    public final LocalApiHost getApiHost() {
        return apiHost.get();
    }

    public final void setApiHost(LocalApiHost host) {
        apiHost.set(host);
    }

    /**
     * What switches this window to another calendar (Settings → Team calendar): the desktop's, which opens it in
     * place of this one. None: Settings has no team calendar section.
     */
    public final ObjectProperty<CalendarSwitcher> calendarSwitcherProperty() {
        return calendarSwitcher;
    }

    public final CalendarSwitcher getCalendarSwitcher() {
        return calendarSwitcher.get();
    }

    public final void setCalendarSwitcher(CalendarSwitcher switcher) {
        calendarSwitcher.set(switcher);
    }

    /** Whether the queue (and "Due & failed" above it) is shown beside the calendar. */
    public final BooleanProperty queueShownProperty() {
        return queueShown;
    }

    public final boolean isQueueShown() {
        return queueShown.get();
    }

    public final void setQueueShown(boolean shown) {
        queueShown.set(shown);
    }

    /** How wide the queue is, in pixels: the user drags the edge between it and the calendar. */
    public final DoubleProperty queueWidthProperty() {
        return queueWidth;
    }

    public final double getQueueWidth() {
        return queueWidth.get();
    }

    public final void setQueueWidth(double width) {
        queueWidth.set(Math.max(QueuePanel.NARROWEST, width));
    }

    // ---- wiring the views ----

    private void wireToolbar() {
        toolbar.previous.setOnAction(e -> calendar.goBack());
        toolbar.next.setOnAction(e -> calendar.goForward());
        toolbar.today.setOnAction(e -> calendar.goToday(clock.instant()));
        toolbar.undo.setOnAction(e -> actions.undo());
        toolbar.redo.setOnAction(e -> actions.redo());
        toolbar.newSlot.setOnAction(e -> openNewSlot(calendar.getDate().getDayOfWeek(), LocalTime.of(9, 0), null));
        toolbar.accounts.setOnAction(e -> openAccounts());
        toolbar.settings.setOnAction(e -> openSettings());
        toolbar.theme.selectedProperty().bindBidirectional(dark);
        help.shortcuts.setOnAction(e -> showShortcuts());
        toolbar.queue.selectedProperty().bindBidirectional(queueShown);
        dark.addListener((o, a, on) -> applyTheme(on));
    }

    private void wireWelcome() {
        welcome.addAccount.setOnAction(e -> openAccounts());
        welcome.addSlot.setOnAction(e -> openNewSlot(calendar.getDate().getDayOfWeek(), LocalTime.of(9, 0), null));
        welcome.loadSample.setOnAction(e -> {
            if (refusedForNow()) {
                return;
            }
            SamplePlan.load(services, owner, calendar.getZone());
            notice.success("Sample plan loaded: three accounts, six slots and a queue of drafts");
            refresh();
        });
    }

    private void wireQueue() {
        queue.compose.setOnAction(e -> {
            if (!refusedForNow()) {
                owned(new ComposeDialog(null, accounts, labels)).showAndWait().ifPresent(actions::createDraft);
            }
        });
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

    // ---- the team calendar: other members' changes, the server out of reach ----

    private void wireTeamCalendar() {
        TeamCalendar team = services.team();
        actions.refuseChangesWhile(() -> teamBanner.isReachable() ? null
                : TeamBanner.UNREACHABLE + ": nothing can be changed until it is back");
        queue.readOnlyProperty().bind(teamBanner.reachableProperty().not());
        duePanel.disableProperty().bind(teamBanner.reachableProperty().not());
        if (!team.isTeamServer()) {
            return;
        }
        statusBar.setCalendar(team.describe());
        stopHearing.add(team.whenChangedElsewhere(this::changedElsewhere));
        stopHearing.add(team.whenReachabilityChanges(r -> javafx.application.Platform.runLater(() -> reachability(r))));
    }

    /** Another calendar's window took this one's place (Settings switched): it no longer reads or hears its calendar. */
    void replaced() {
        replaced = true;
        stopHearing.forEach(Runnable::run);
    }

    /** Another member changed the plan (on the change feed's thread): the page is read again on the FX thread. */
    private void changedElsewhere() {
        if (othersChanged.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(this::showOthersChanges);
        }
    }

    private void showOthersChanges() {
        if (drags != null && drags.isDragging()) {
            // Not under the user's pointer: the slots a drag lights up would go dark. Once the post is dropped.
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
            later.setOnFinished(e -> showOthersChanges());
            later.play();
            return;
        }
        othersChanged.set(false);
        refresh();
    }

    private void reachability(TeamReachability r) {
        teamBanner.setReason(r.reason());
        teamBanner.setReachable(r.reachable());
        if (r.reachable()) {
            notice.info("Team calendar reachable again");
            refresh();
        } else {
            notice.error(TeamBanner.UNREACHABLE);
        }
    }

    /** Why nothing may be changed now (the team calendar is out of reach), said in the status bar; false when it may. */
    private boolean refusedForNow() {
        if (teamBanner.isReachable()) {
            return false;
        }
        notice.error(TeamBanner.UNREACHABLE + ": nothing can be changed until it is back");
        return true;
    }

    // ---- refreshing ----

    /**
     * Redraws the calendar, the queue and the status bar from the store. While the team calendar is out of reach
     * the last view stays as it is (read-only); a read that fails says so in the status bar.
     */
    void refresh() {
        firstRead = null; // a read now supersedes the first one, if that has not been shown yet
        if (!teamBanner.isReachable() || replaced) {
            return;
        }
        try {
            show(read(calendar.visibleRange()));
        } catch (ServiceException e) {
            notice.error(e.getMessage());
        }
    }

    /** Reads what the window shows over these instants; touches no node, so any thread may call it. */
    private PageRead read(Instant[] range) {
        CalendarRange r = services.calendar().range(owner, range[0], range[1]);
        List<Account> accounts = services.accounts().list(owner);
        return new PageRead(r, accounts, services.labels().list(owner), services.posts().drafts(owner),
                io.slotwise.publishing.Publishing.over(services).dueAndFailed(owner),
                accounts.isEmpty() && services.slots().list(owner).isEmpty());
    }

    /**
     * The first page's read on a thread of its own: on two cores it takes about 30 ms of a first paint of 2,000
     * posts, which the window's building and first CSS pass can cover (BENCHMARKS.md).
     */
    private CompletableFuture<PageRead> readInBackground(Instant[] range) {
        CompletableFuture<PageRead> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(read(range));
            } catch (Throwable e) {
                read.completeExceptionally(e);
            }
        }, "slotwise-first-page");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    /** Shows the first page, once its read is done; a failed read says so, as a refresh would. */
    private void showFirstPage() {
        CompletableFuture<PageRead> read = firstRead;
        firstRead = null;
        if (read == null) {
            return; // a refresh has shown the page already
        }
        try {
            show(read.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof ServiceException s) {
                notice.error(s.getMessage());
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r; // as a read on this thread would have thrown it
            } else {
                throw e;
            }
        }
    }

    private void show(PageRead page) {
        calendar.show(page.range(), clock.instant());
        cards.show(page.range());
        accounts = page.accounts();
        labels = page.labels();
        queue.setDrafts(page.drafts(), accounts, labels);
        showNextFree();
        showHandOffs(page.waiting());
        welcome.setVisible(page.empty());
        welcome.setManaged(page.empty());
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

    private void showHandOffs(List<io.slotwise.publishing.PostHandOff> waiting) {
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

    // ---- dialogs ----

    /** The new-slot dialog at a time, or for a window when {@code end} is given. */
    private void openNewSlot(DayOfWeek day, LocalTime time, LocalTime end) {
        if (!refusedForNow()) {
            slots.openNew(day, time, end, accounts, labels);
        }
    }

    private void openSettings() {
        Settings current = null;
        if (teamBanner.isReachable()) {
            try {
                current = services.settings().get();
            } catch (ServiceException e) {
                notice.error(e.getMessage());
            }
        }
        CalendarSwitcher switcher = getCalendarSwitcher();
        TeamCalendarSection[] team = new TeamCalendarSection[1];
        SettingsDialog dialog = owned(new SettingsDialog(current, api.status(), switcher == null ? null
                : close -> team[0] = new TeamCalendarSection(switcher.dataDir(), services.team(), close)));
        dialog.showAndWait().ifPresent(s -> actions.change(() -> {
            services.settings().save(s);
            api.apply(s);
            return s;
        }));
        if (team[0] != null && team[0].getChosen() != null) {
            switchTo(switcher, team[0].getChosen());
        }
    }

    /**
     * Opens the chosen calendar in place of this one, remembering the choice (and a typed password) for the next
     * start. If it cannot be opened the choice is taken back and this calendar stays, saying why.
     */
    private void switchTo(CalendarSwitcher switcher, TeamCalendarSection.Choice choice) {
        Path dataDir = switcher.dataDir();
        CalendarLocation to = choice.location();
        Optional<String> before;
        try {
            before = TeamCalendarChoice.remembered(dataDir);
            if (to.isTeamServer()) {
                TeamCalendarChoice.remember(dataDir, to.teamServerAddress(), choice.password());
            } else {
                TeamCalendarChoice.forget(dataDir);
            }
        } catch (ServiceException e) {
            notice.error(e.getMessage());
            return;
        }
        try {
            switcher.open(to);
        } catch (RuntimeException e) {
            before.ifPresentOrElse(a -> TeamCalendarChoice.remember(dataDir, a, ""),
                    () -> TeamCalendarChoice.forget(dataDir));
            notice.error("Still on " + services.team().describe() + ": " + e.getMessage());
        }
    }

    /** Stops the local API, if it runs (the app is closing). */
    public void stopApi() {
        api.stop();
    }

    private void openAccounts() {
        if (refusedForNow()) {
            return;
        }
        owned(new AccountsDialog(services, owner)).showAndWait();
        refresh();
    }

    private void editPost(Post post) {
        if (post == null || refusedForNow()) {
            return;
        }
        owned(new ComposeDialog(post, accounts, labels)).showAndWait().ifPresent(in -> actions.editDraft(post, in));
    }

    /** A dialog of this window: over it, and the keys come back to it when the dialog closes. */
    private <D extends javafx.scene.control.Dialog<?>> D owned(D dialog) {
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog;
    }

    /** Help → Keyboard shortcuts (F1): the list the window's keys run from. */
    private void showShortcuts() {
        if (shortcuts == null) {
            return; // not in a scene yet: no keys either
        }
        owned(new ShortcutsDialog(shortcuts.all())).showAndWait();
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
        Alert summary = owned(new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.OK));
        summary.setTitle("Queue all");
        summary.setHeaderText(notice.getMessage() == null ? "Queued" : notice.getMessage().text());
        summary.getDialogPane().setId("queue-summary");
        summary.getDialogPane().setMinWidth(560);
        summary.showAndWait();
    }

    // ---- scene: keys, clicks (CalendarClicks), drags ----

    /** Hooks keyboard, clicks and drags into the scene once the window is in one. */
    public void install(Scene scene) {
        showFirstPage();
        shortcuts = new Shortcuts(actions, calendar, cards, queue, notice, clock, this::editPost, this::showShortcuts,
                () -> setQueueShown(!isQueueShown()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        CalendarClicks clicks = new CalendarClicks(calendar, cards, queue, duePanel, this::editPost,
                band -> {
                    if (!refusedForNow()) {
                        slots.open(band.band().occurrence(), accounts, labels);
                    }
                }, this::openNewSlot);
        drags = new DragController(scene, overlay, CalendarClicks::postUnder,
                new CalendarDropTarget(services, owner, calendar, queue, actions, notice));
        new GridSelection(scene, calendar, overlay, clicks::onSomething,
                (from, to) -> openNewSlot(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime()));
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks::clicked);
        applyTheme(dark.get());
        calendar.scrollToWorkingHours();
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

    /** Whether the dark theme is on (the toolbar's theme button). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean on) {
        dark.set(on);
    }

    // ---- for the tests ----

    PlanCalendar calendar() {
        return calendar;
    }

    QueuePanel queue() {
        return queue;
    }

    MainToolbar toolbar() {
        return toolbar;
    }

    DuePanel duePanel() {
        return duePanel;
    }

    FileActions files() {
        return files;
    }

    Shortcuts shortcuts() {
        return shortcuts;
    }

    CardSelection cards() {
        return cards;
    }

    Notice notice() {
        return notice;
    }

    PlanActions actions() {
        return actions;
    }

    TeamBanner teamBanner() {
        return teamBanner;
    }

    StatusBar statusBar() {
        return statusBar;
    }
}
