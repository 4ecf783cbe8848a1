package io.slotwise.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's toolbar: the File and Help menus, previous / today / next and the period shown, day / week / month,
 * the display zone, undo and redo, new slot, accounts, settings, the theme and the queue. It follows the
 * calendar (period, view, zone) and the undo history by itself; the window wires its other buttons, as with
 * {@link QueuePanel}. When it is narrower than its labels need, it turns {@linkplain #compactProperty()
 * compact}: the labelled buttons show only their icons, with their labels as tooltips.
 */
final class MainToolbar extends ToolBar {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    final Button previous = iconButton(FontAwesome.CHEVRON_LEFT, "previous", "Previous (←)");
    final Button today = new Button("Today", new FontIcon(FontAwesome.CALENDAR_CHECK_O));
    final Button next = iconButton(FontAwesome.CHEVRON_RIGHT, "next", "Next (→)");
    final Button undo = iconButton(FontAwesome.UNDO, "undo", "Undo (Ctrl+Z)");
    final Button redo = iconButton(FontAwesome.REPEAT, "redo", "Redo (Ctrl+Shift+Z)");
    final Button newSlot = new Button("New slot", new FontIcon(FontAwesome.PLUS));
    final Button accounts = new Button("Accounts & labels", new FontIcon(FontAwesome.USERS));
    final Button settings = iconButton(FontAwesome.COG, "settings", "Settings (local API key, slot times)");
    /** Selected for the dark theme. */
    final ToggleButton theme = new ToggleButton(null, new FontIcon(FontAwesome.MOON_O));
    /** Selected while the queue is shown. */
    final ToggleButton queue = new ToggleButton(null, new FontIcon(FontAwesome.COLUMNS));

    private final PlanCalendar calendar;
    private final Label period = new Label();
    private final ComboBox<String> zoneBox = new ComboBox<>();
    /** The buttons that lose their labels when the toolbar is compact. */
    private final List<Labeled> collapsible;
    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(CompactLabels.COMPACT, get());
        }
    };

    MainToolbar(PlanCalendar calendar, UndoHistory history, MenuButton fileMenu, MenuButton helpMenu) {
        this.calendar = calendar;
        today.setId("today");
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
        zoneBox.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zoneBox.setValue(calendar.getZone().getId());
        zoneBox.valueProperty().addListener((o, a, z) -> {
            if (z != null) {
                calendar.setZone(ZoneId.of(z));
            }
        });

        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
        newSlot.setId("new-slot");
        accounts.setId("accounts");
        theme.setId("theme");
        LazyTooltip.install(theme, "Dark theme");
        queue.setId("queue-toggle");
        queue.setSelected(true);
        LazyTooltip.install(queue, Bindings.when(queue.selectedProperty())
                .then("Hide queue (" + Shortcuts.TOGGLE_QUEUE.getDisplayText() + ")")
                .otherwise("Show queue (" + Shortcuts.TOGGLE_QUEUE.getDisplayText() + ")"));
        collapsible = List.of(CompactLabels.collapsible(fileMenu), CompactLabels.collapsible(today),
                CompactLabels.collapsible(newSlot), CompactLabels.collapsible(accounts));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getItems().setAll(fileMenu, helpMenu, new Separator(), previous, today, next, period, new Separator(), viewButtons,
                zoneBox, grow, undo, redo, new Separator(), newSlot, accounts, settings, theme, queue);
        getStyleClass().add("main-toolbar");

        calendar.dateProperty().addListener((o, a, b) -> showPeriod());
        calendar.modeProperty().addListener((o, a, b) -> showPeriod());
        showPeriod();
    }

    /**
     * Whether the toolbar shows its buttons' icons without their labels: it does while it is narrower than
     * it would be with them (slotwise.css styles it as {@code .main-toolbar:compact}).
     */
    public final ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    public final boolean isCompact() {
        return compact.get();
    }

    @Override
    protected void layoutChildren() {
        // Before the items are laid out, so a change of labels shows in this same pulse.
        double withLabels = prefWidth(-1) + (isCompact() ? CompactLabels.labelRoom(collapsible) : 0);
        boolean c = getWidth() < withLabels;
        if (c != isCompact()) {
            compact.set(c);
            applyCss();
        }
        super.layoutChildren();
    }

    /** The period shown: the month and week number, the day, or the month. */
    private void showPeriod() {
        LocalDate d = calendar.getDate();
        period.setText(calendar.getMode() == PlanCalendar.Mode.WEEK
                ? MONTH.format(d) + " · week " + d.get(WeekFields.ISO.weekOfWeekBasedYear())
                : calendar.getMode() == PlanCalendar.Mode.DAY ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(d)
                : MONTH.format(d));
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
        LazyTooltip.install(b, tip);
        return b;
    }
}
