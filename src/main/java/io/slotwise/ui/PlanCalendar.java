package io.slotwise.ui;

import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthView;
import com.calendarfx.view.WeekDayView;
import io.slotwise.engine.Post;
import io.slotwise.service.CalendarRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The calendar in the middle of the window: a CalendarFX week (or day, or month) view with two
 * read-only calendars, "Slots" (occurrence bands, drawn by the engine's expansion, never by CalendarFX
 * recurrence) and "Posts" (cards), side by side in swim lanes; {@link PlanEntries} keeps them up to date.
 * It navigates (previous, next, today), answers what band or time is under the pointer, and scrolls.
 */
final class PlanCalendar extends StackPane {

    enum Mode { DAY, WEEK, MONTH }

    private final PlanEntries entries = new PlanEntries();
    /**
     * CalendarFX's week view (the day too, with one day) and month view, without the {@code CalendarView} around
     * them: its toolbar, trays, search and page headers were hidden here, yet built and styled with every window
     * (BENCHMARKS.md, the first paint). The week view drives the month view ({@code bind}), as CalendarFX's pages do.
     */
    private final DetailedWeekView weekView = new DetailedWeekView();
    private final MonthView monthView = new MonthView();
    /** Shows the view of the current mode. */
    private final StackPane page = new StackPane(weekView);
    /** The month's day cells, for drag and drop there. */
    private final MonthDays monthDays = new MonthDays(monthView);
    /** The day columns CalendarFX made for the week and day pages (weakly: it drops and remakes them). */
    private final Set<WeekDayView> dayViews = Collections.newSetFromMap(new WeakHashMap<>());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.WEEK);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<Post> selectedPost = new SimpleObjectProperty<>(this, "selectedPost");
    /** Over the calendar: the list of a crowded band's cards that did not fit, when it is open. */
    private final Pane moreLayer = new Pane();
    private MoreCards more;
    /** Band views made by the day columns; ones CalendarFX has dropped are pruned as they are found. */
    private final List<BandView> bands = new ArrayList<>();

    PlanCalendar(ZoneId zone, LocalDate today) {
        getStyleClass().add("plan-calendar");
        setId("plan-calendar");
        this.zone.set(zone);
        this.date.set(today);
        CalendarSource source = new CalendarSource("Slotwise");
        source.getCalendars().setAll(entries.slots(), entries.posts());

        weekView.getCalendarSources().setAll(source);
        // Bidirectional: CalendarFX's views move the date themselves too.
        weekView.zoneIdProperty().bindBidirectional(this.zone);
        weekView.dateProperty().bindBidirectional(this.date);
        weekView.setToday(today);
        // Our own dialogs and drag handling replace CalendarFX's editing.
        weekView.setEntryEditPolicy(p -> false);
        weekView.setEntryFactory(p -> null);
        weekView.setEntryDetailsCallback(p -> false);
        weekView.setEntryContextMenuCallback(p -> null);
        weekView.setContextMenuCallback(p -> null);
        weekView.setRequestedTime(LocalTime.of(7, 0));
        weekView.setAvailabilityCalendar(entries.past());
        weekView.bind(monthView, true);
        monthView.setMinSize(0, 0);
        page.setId("calendar-view");
        page.getStyleClass().add("calendar-view");

        weekView.setId("week-view");
        weekView.setShowAllDayView(false);
        // Without the all-day row nothing else sizes the time column: give the hour labels room.
        weekView.getTimeScaleView().setPrefWidth(64);
        weekView.getTimeScaleView().setMinWidth(64);
        weekView.setVisibleHours(14);
        weekView.setAdjustToFirstDayOfWeek(true);
        weekView.setLayout(DateControl.Layout.STANDARD);
        weekView.getWeekView().setWeekDayViewFactory(p -> {
            WeekDayView day = new WeekDayView();
            dayViews.add(day);
            day.setEntryViewFactory(this::viewFor);
            return day;
        });
        monthView.setId("month-view");
        // The week is styled by the scene's stylesheet over CalendarFX's user-agent one. The month view needs
        // CalendarFX's as an author stylesheet, as CalendarView gave it (or AtlantaFX's label colours win over its
        // day numbers and today's mark), and ours after it; on the week that would double the first paint's
        // style matching for nothing that shows (BENCHMARKS.md).
        monthView.getStylesheets().addAll(CalendarView.class.getResource("calendar.css").toExternalForm(),
                PlanCalendar.class.getResource("slotwise.css").toExternalForm());
        moreLayer.setPickOnBounds(false);
        getChildren().setAll(page, moreLayer);
        // A press anywhere but on the list closes it.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (more != null && !isInside(e.getPickResult().getIntersectedNode(), more)) {
                closeMore();
            }
        });
        mode.addListener((obs, old, m) -> {
            weekView.setNumberOfDays(m == Mode.DAY ? 1 : 7);
            weekView.setAdjustToFirstDayOfWeek(m != Mode.DAY);
            page.getChildren().setAll(m == Mode.MONTH ? monthView : weekView);
        });
    }

    private DayEntryView viewFor(Entry<?> entry) {
        if (entry instanceof PostEntry p) {
            PostCardView card = new PostCardView(p);
            card.selectedPostProperty().bind(selectedPost);
            return card;
        }
        if (entry instanceof OccurrenceEntry o) {
            BandView band = new BandView(o);
            band.selectedPostProperty().bind(selectedPost);
            bands.add(band);
            return band;
        }
        return new DayEntryView(entry);
    }

    // ---- properties ----

    ObjectProperty<Mode> modeProperty() { return mode; }
    Mode getMode() { return mode.get(); }
    void setMode(Mode m) { mode.set(m); }

    ObjectProperty<LocalDate> dateProperty() { return date; }
    LocalDate getDate() { return date.get(); }
    void setDate(LocalDate d) { date.set(d); }

    ObjectProperty<ZoneId> zoneProperty() { return zone; }
    ZoneId getZone() { return zone.get(); }
    void setZone(ZoneId z) { zone.set(z); }

    /** The post whose card is selected (by a click or the keyboard), drawn with a focus ring; null for none. */
    ObjectProperty<Post> selectedPostProperty() { return selectedPost; }
    Post getSelectedPost() { return selectedPost.get(); }
    void setSelectedPost(Post p) { selectedPost.set(p); }

    DetailedWeekView weekView() {
        return weekView;
    }

    void setWeekStart(DayOfWeek day) {
        weekView.setWeekFields(java.time.temporal.WeekFields.of(day, 1));
    }

    /** The instants the current view spans, padded by a day on each side for zone shifts. */
    Instant[] visibleRange() {
        LocalDate d = getDate();
        LocalDate first;
        LocalDate last;
        switch (getMode()) {
            case DAY -> {
                first = d;
                last = d;
            }
            case MONTH -> {
                // The page's six weeks, from the week of the 1st (the last can end 13 days into the next month).
                DayOfWeek start = monthView.getWeekFields().getFirstDayOfWeek();
                first = d.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(start));
                last = first.plusDays(41);
            }
            default -> {
                DayOfWeek start = weekView.getWeekFields().getFirstDayOfWeek();
                first = d.with(TemporalAdjusters.previousOrSame(start));
                last = first.plusDays(6);
            }
        }
        return new Instant[] {first.minusDays(1).atStartOfDay(getZone()).toInstant(),
                last.plusDays(2).atStartOfDay(getZone()).toInstant()};
    }

    /**
     * Brings what is drawn up to date with a range loaded from the store; time before {@code now} is greyed
     * (see {@link PlanEntries#show}).
     */
    void show(CalendarRange range, Instant now) {
        closeMore();
        entries.show(range, now, visibleRange()[0], getZone(), getMode() != Mode.MONTH);
        bands.removeIf(b -> b.getParent() == null);
    }

    /** The band views on the grid now, for hit-testing during a drag without searching the scene graph. */
    List<BandView> bands() {
        bands.removeIf(b -> b.getScene() == null);
        return List.copyOf(bands);
    }

    /** The time under a point in scene coordinates, rounded to 5 minutes; empty off the day columns. */
    Optional<ZonedDateTime> timeAt(double sceneX, double sceneY) {
        if (getMode() == Mode.MONTH) {
            return Optional.empty();
        }
        // Each day column answers in its own coordinates: the week container's answer is off by however far
        // the grid is scrolled (CalendarFX counts the scroll once more on top of the container's own shift).
        for (WeekDayView day : dayViews) {
            if (day.getScene() == null || !day.isVisible()) {
                continue;
            }
            Point2D local = day.sceneToLocal(sceneX, sceneY);
            if (local == null || !day.getLayoutBounds().contains(local)) {
                continue;
            }
            // CalendarFX ignores the zone argument here and answers in the view's own zone.
            ZonedDateTime t = day.getZonedDateTimeAt(local.getX(), local.getY(), getZone());
            if (t == null) {
                return Optional.empty();
            }
            int minute = (int) Math.round(t.getMinute() / 5.0) * 5;
            return Optional.of(t.withMinute(0).withSecond(0).withNano(0).plusMinutes(minute));
        }
        return Optional.empty();
    }

    /** The band view under a point in scene coordinates, if any. */
    Optional<BandView> bandAt(double sceneX, double sceneY) {
        for (BandView b : bands) {
            if (b.getScene() != null && b.isVisible()) {
                Point2D p = b.sceneToLocal(sceneX, sceneY);
                if (p != null && b.getLayoutBounds().contains(p)) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Opens the list of a crowded band's cards that did not fit if a click picked its "+K" chip, below the chip
     * (above it near the bottom); says whether it did.
     */
    boolean showMore(PickResult pick) {
        if (!(pick.getIntersectedNode() instanceof PostCards cards) || pick.getIntersectedPoint() == null
                || !cards.isMoreAt(pick.getIntersectedPoint().getX(), pick.getIntersectedPoint().getY())) {
            return false;
        }
        closeMore();
        more = new MoreCards(cards.hiddenPosts(), getZone());
        moreLayer.getChildren().add(more);
        more.applyCss();
        more.autosize();
        Bounds chip = moreLayer.sceneToLocal(cards.localToScene(cards.moreBounds().orElseThrow()));
        double x = Math.max(0, Math.min(chip.getMinX(), moreLayer.getWidth() - more.getWidth()));
        double y = chip.getMaxY() + 2;
        if (y + more.getHeight() > moreLayer.getHeight()) {
            y = Math.max(0, chip.getMinY() - 2 - more.getHeight());
        }
        more.relocate(x, y);
        return true;
    }

    /** The open list of a crowded band's cards, if any. */
    Optional<MoreCards> more() {
        return Optional.ofNullable(more);
    }

    void closeMore() {
        if (more != null) {
            moreLayer.getChildren().remove(more);
            more = null;
        }
    }

    private static boolean isInside(Node n, Node container) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** The day under a point in scene coordinates on the month page; empty off its days, or on another page. */
    Optional<LocalDate> dayAt(double sceneX, double sceneY) {
        return getMode() == Mode.MONTH ? monthDays.dayAt(sceneX, sceneY) : Optional.empty();
    }

    /** The month page's day cells, which light up while a post is dragged there. */
    MonthDays monthDays() {
        return monthDays;
    }

    /** The previous day, week or month, as the mode is. */
    void goBack() {
        step(-1);
    }

    /** The next day, week or month, as the mode is. */
    void goForward() {
        step(1);
    }

    private void step(int direction) {
        LocalDate d = getDate();
        setDate(switch (getMode()) {
            case DAY -> d.plusDays(direction);
            case WEEK -> d.plusWeeks(direction);
            case MONTH -> d.plusMonths(direction);
        });
    }

    /** Today's page, scrolled to the time it is now. */
    void goToday(Instant now) {
        ZonedDateTime t = now.atZone(getZone());
        setDate(t.toLocalDate());
        scrollTo(t);
    }

    /** Scrolls so that a time is in view. */
    void scrollTo(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(getZone());
        setDate(local.toLocalDate());
        scrollLater(local.minusHours(1));
    }

    /**
     * Scrolls the day or week grid so that a time on the page shown is in view, unless it is (a card selected
     * by the keys); it does not turn the page.
     */
    void reveal(ZonedDateTime t) {
        if (getMode() == Mode.MONTH) {
            return;
        }
        ZonedDateTime local = t.withZoneSameInstant(getZone());
        double at = local.getHour() + local.getMinute() / 60.0;
        weekView.lookupAll(".week-view-scroll-pane").forEach(n -> {
            if (n instanceof impl.com.calendarfx.view.DayViewScrollPane pane && pane.getDayView().getHeight() > 0) {
                double hour = pane.getDayView().getHeight() / 24;
                double top = -pane.getDayView().getTranslateY() / hour;
                double bottom = top + pane.getHeight() / hour;
                if (at < top || at + 0.5 > bottom) {
                    double max = pane.getHeight() - pane.getDayView().getHeight();
                    pane.getDayView().setTranslateY(Math.min(0, Math.max(-(at - 1) * hour, max)));
                }
            }
        });
    }

    void scrollToWorkingHours() {
        scrollLater(ZonedDateTime.of(getDate(), LocalTime.of(7, 0), getZone()));
    }

    /**
     * Scrolls once CalendarFX has laid the grid out; before that it has no hour height to scroll by.
     * (Its requestedTime only works for the first layout, so the scroll pane is moved directly.)
     */
    private void scrollLater(ZonedDateTime t) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        wait.setOnFinished(e -> weekView.lookupAll(".week-view-scroll-pane").forEach(n -> {
            if (n instanceof impl.com.calendarfx.view.DayViewScrollPane pane) {
                double hour = pane.getDayView().getHeight() / 24;
                double max = pane.getHeight() - pane.getDayView().getHeight();
                double y = -(t.getHour() + t.getMinute() / 60.0) * hour;
                pane.getDayView().setTranslateY(Math.min(0, Math.max(y, max)));
            }
        }));
        wait.play();
    }
}
