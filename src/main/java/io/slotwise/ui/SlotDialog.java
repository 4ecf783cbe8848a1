package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Interval;
import io.slotwise.engine.Label;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.service.SlotSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Creating or editing a slot: days, a time or a window, time zone, targets, labels, recurrence,
 * active, start date and excluded dates. A new slot may take several days (one slot each).
 */
final class SlotDialog extends Dialog<SlotDialog.Result> {

    /** What the user asked for: slots to save, or to delete the one being edited. */
    record Result(List<SlotSpec> specs, boolean delete) {
    }

    static final ButtonType DELETE = new ButtonType("Delete slot…", ButtonBar.ButtonData.LEFT);

    SlotDialog(Slot existing, DayOfWeek day, LocalTime time, ZoneId zone, DayOfWeek weekStart,
               List<Account> accounts, List<Label> labels) {
        this(existing, day, time, null, zone, weekStart, accounts, labels);
    }

    /** A new slot with a window from {@code time} to {@code windowEnd} (null: a point in time). */
    SlotDialog(Slot existing, DayOfWeek day, LocalTime time, LocalTime windowEnd, ZoneId zone, DayOfWeek weekStart,
               List<Account> accounts, List<Label> labels) {
        setTitle(existing == null ? "New slot" : "Edit slot");
        setHeaderText(existing == null ? "When should these accounts post?" : "Change this slot");
        getDialogPane().getStyleClass().add("slot-dialog");

        Map<DayOfWeek, CheckBox> days = new LinkedHashMap<>();
        HBox dayBoxes = new HBox(6);
        for (int i = 0; i < 7; i++) {
            DayOfWeek d = weekStart.plus(i);
            CheckBox c = new CheckBox(d.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            c.setId("slot-day-" + d.name().toLowerCase(Locale.ROOT));
            days.put(d, c);
            dayBoxes.getChildren().add(c);
        }
        TextField start = new TextField();
        start.setId("slot-start");
        start.setPrefColumnCount(5);
        CheckBox window = new CheckBox("until");
        window.setId("slot-window");
        TextField end = new TextField();
        end.setId("slot-end");
        end.setPrefColumnCount(5);
        end.disableProperty().bind(window.selectedProperty().not());
        ComboBox<String> zoneBox = new ComboBox<>();
        zoneBox.setId("slot-zone");
        zoneBox.setEditable(true);
        zoneBox.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        ComboBox<Interval> interval = new ComboBox<>();
        interval.setId("slot-interval");
        interval.getItems().setAll(Interval.WEEKLY, Interval.DAILY, Interval.MONTHLY);
        interval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Interval i) {
                return i == null ? "" : switch (i) {
                    case DAILY -> "Daily";
                    case WEEKLY -> "Weekly";
                    case MONTHLY -> "Monthly (same weekday of the month)";
                };
            }

            @Override
            public Interval fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> every = new Spinner<>(1, 12, 1);
        every.setId("slot-every");
        every.setPrefWidth(80);
        CheckBox active = new CheckBox("Active");
        active.setId("slot-active");
        DatePicker startDate = new DatePicker();
        startDate.setId("slot-start-date");
        TextField excludes = new TextField();
        excludes.setId("slot-excludes");
        excludes.setPromptText("e.g. 2026-12-25, 2027-01-01");

        FlowPane targetBoxes = new FlowPane(10, 6);
        List<CheckBox> targetChecks = new ArrayList<>();
        Set<Platform> platforms = new TreeSet<>();
        accounts.forEach(a -> platforms.add(a.platform()));
        for (Platform p : platforms) {
            CheckBox all = new CheckBox("All " + PlatformStyle.displayName(p) + " accounts");
            all.setMnemonicParsing(false);
            all.setUserData(Target.allAccounts(p));
            all.setId("slot-target-all-" + p.id());
            targetChecks.add(all);
            targetBoxes.getChildren().add(all);
        }
        for (Account a : accounts) {
            CheckBox c = new CheckBox(AccountsDialog.accountNames().toString(a));
            c.setMnemonicParsing(false);
            c.setUserData(Target.account(a.platform(), a.id()));
            c.setId("slot-target-" + a.id());
            targetChecks.add(c);
            targetBoxes.getChildren().add(c);
        }
        FlowPane labelBoxes = new FlowPane(10, 6);
        List<CheckBox> labelChecks = new ArrayList<>();
        for (Label l : labels) {
            CheckBox c = new CheckBox(l.name());
            c.setMnemonicParsing(false);
            c.setUserData(l.id());
            labelChecks.add(c);
            labelBoxes.getChildren().add(c);
        }

        if (existing == null) {
            days.get(day).setSelected(true);
            start.setText(time.toString());
            end.setText((windowEnd != null ? windowEnd : time.plusHours(1)).toString());
            window.setSelected(windowEnd != null);
            zoneBox.setValue(zone.getId());
            interval.setValue(Interval.WEEKLY);
            active.setSelected(true);
        } else {
            days.get(existing.recurrence().weekDay()).setSelected(true);
            days.values().forEach(c -> c.setDisable(true));
            days.get(existing.recurrence().weekDay()).setDisable(false);
            start.setText(existing.startTime().toString());
            window.setSelected(!existing.isPoint());
            end.setText(existing.isPoint() ? existing.startTime().plusHours(1).toString() : existing.endTime().toString());
            zoneBox.setValue(existing.zone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : existing.zone().getId());
            interval.setValue(existing.recurrence().interval());
            every.getValueFactory().setValue(existing.recurrence().repeatEvery());
            active.setSelected(existing.active());
            startDate.setValue(existing.startDate());
            excludes.setText(String.join(", ", existing.excludeDates().stream().sorted().map(LocalDate::toString).toList()));
            targetChecks.forEach(c -> c.setSelected(existing.targets().contains((Target) c.getUserData())));
            labelChecks.forEach(c -> c.setSelected(existing.labelIds().contains((String) c.getUserData())));
        }

        javafx.scene.control.Label error = new javafx.scene.control.Label();
        error.setId("slot-error");
        error.getStyleClass().add("dialog-error");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int r = 0;
        grid.addRow(r++, new javafx.scene.control.Label("Days"), dayBoxes);
        grid.addRow(r++, new javafx.scene.control.Label("Time"), new HBox(6, start, window, end));
        grid.addRow(r++, new javafx.scene.control.Label("Time zone"), zoneBox);
        grid.addRow(r++, new javafx.scene.control.Label("Repeats"), new HBox(6, interval,
                new javafx.scene.control.Label("every"), every));
        grid.addRow(r++, new javafx.scene.control.Label("For"), accounts.isEmpty()
                ? new javafx.scene.control.Label("Any account (add accounts to choose)") : targetBoxes);
        grid.addRow(r++, new javafx.scene.control.Label("Labels"), labels.isEmpty()
                ? new javafx.scene.control.Label("None yet") : labelBoxes);
        grid.addRow(r++, new javafx.scene.control.Label("Starts"), new HBox(6, startDate, active));
        grid.addRow(r++, new javafx.scene.control.Label("Skip dates"), excludes);
        grid.add(error, 1, r);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (existing != null) {
            getDialogPane().getButtonTypes().add(0, DELETE);
            getDialogPane().lookupButton(DELETE).setId("slot-delete");
        }
        getDialogPane().lookupButton(ButtonType.OK).setId("slot-ok");

        List<SlotSpec> built = new ArrayList<>();
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            built.clear();
            try {
                LocalTime s = time("Start time", start.getText());
                LocalTime en = window.isSelected() ? time("End time", end.getText()) : null;
                if (en != null && !en.isAfter(s)) {
                    throw new IllegalArgumentException("The end time must be later than the start time on the same day");
                }
                ZoneId z;
                try {
                    z = ZoneId.of(zoneBox.getEditor().getText().isBlank() ? zoneBox.getValue() : zoneBox.getEditor().getText().trim());
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException("Time zone must be a valid IANA time zone, like Europe/Berlin");
                }
                Set<LocalDate> skip = new HashSet<>();
                for (String part : excludes.getText().split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        try {
                            skip.add(LocalDate.parse(part.trim()));
                        } catch (DateTimeParseException ex) {
                            throw new IllegalArgumentException("Skip dates must look like 2026-12-25: \"" + part + "\"");
                        }
                    }
                }
                List<Target> targets = targetChecks.stream().filter(CheckBox::isSelected)
                        .map(c -> (Target) c.getUserData()).toList();
                Set<String> labelIds = new HashSet<>();
                labelChecks.stream().filter(CheckBox::isSelected).forEach(c -> labelIds.add((String) c.getUserData()));
                List<DayOfWeek> chosen = days.entrySet().stream().filter(x -> x.getValue().isSelected())
                        .map(Map.Entry::getKey).toList();
                if (chosen.isEmpty()) {
                    throw new IllegalArgumentException("Choose at least one day");
                }
                for (DayOfWeek d : chosen) {
                    built.add(new SlotSpec(existing == null ? Slot.DEFAULT_GROUP : existing.group(),
                            new Recurrence(interval.getValue(), every.getValue(), d), s, en, z, targets, labelIds,
                            active.isSelected(), startDate.getValue(), skip));
                }
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                return new Result(List.copyOf(built), false);
            }
            if (b == DELETE) {
                return new Result(List.of(), true);
            }
            return null;
        });
    }

    private static LocalTime time(String what, String text) {
        try {
            return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be like 09:30 (24-hour)");
        }
    }
}
