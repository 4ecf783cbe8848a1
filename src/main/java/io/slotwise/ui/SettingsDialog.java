package io.slotwise.ui;

import io.slotwise.service.Settings;
import java.time.ZoneId;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The settings: exact or random slot times, the zone for new slots, and the local API (off by default;
 * its key was made on first start and is shown here to copy into scripts); below them, in the desktop app, which
 * calendar to open ({@link TeamCalendarSection}). With the team calendar out of reach its settings cannot be read
 * ({@code current} null): only the calendar can be chosen then.
 */
final class SettingsDialog extends Dialog<Settings> {

    SettingsDialog(Settings current, String apiStatus) {
        this(current, apiStatus, null);
    }

    /** {@code team}: the team calendar section, given the dialog's close; none without it. */
    SettingsDialog(Settings current, String apiStatus, java.util.function.Function<Runnable, TeamCalendarSection> team) {
        setTitle("Settings");
        setHeaderText("Slotwise settings");
        javafx.scene.Node calendarSettings = current == null ? outOfReach() : calendarSettings(current, apiStatus);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(calendarSettings);
        // Never narrower than what it holds: the labels and buttons keep their words.
        content.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (team != null) {
            content.getChildren().add(team.apply(this::close));
        }
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("settings-ok");
    }

    private static javafx.scene.Node outOfReach() {
        javafx.scene.control.Label l = new javafx.scene.control.Label("The calendar's settings are kept in the team"
                + " calendar, which is out of reach: they show again once it is back.");
        l.getStyleClass().add("queue-hint");
        l.setPadding(new Insets(10));
        return l;
    }

    private GridPane calendarSettings(Settings current, String apiStatus) {
        CheckBox exact = new CheckBox("Post at the exact start of a slot (off: a random time inside its window)");
        exact.setId("settings-exact");
        exact.setSelected(current.exactSlotTimes());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("settings-zone");
        zone.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setValue(current.defaultTimezone() == null ? "UTC" : current.defaultTimezone().getId());
        CheckBox api = new CheckBox("Serve the local API (Blotato /v2, FeedHive /plan, Ayrshare /api) on 127.0.0.1");
        api.setId("settings-api");
        api.setSelected(current.apiEnabled());
        Spinner<Integer> port = new Spinner<>(1024, 65535, current.apiPort());
        port.setId("settings-port");
        port.setEditable(true);
        TextField key = new TextField(current.apiKey());
        key.setId("settings-key");
        key.setEditable(false);
        key.setPrefColumnCount(36);
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(current.apiKey());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        javafx.scene.control.Label status = new javafx.scene.control.Label(apiStatus);
        status.setId("settings-api-status");
        status.getStyleClass().add("queue-hint");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new javafx.scene.control.Label("Slot times"), exact);
        grid.addRow(1, new javafx.scene.control.Label("New slots' zone"), zone);
        grid.addRow(2, new javafx.scene.control.Label("Local API"), api);
        grid.addRow(3, new javafx.scene.control.Label("Port"), port);
        grid.addRow(4, new javafx.scene.control.Label("API key"), new HBox(6, key, copy));
        grid.add(status, 1, 5);
        setResultConverter(b -> b != ButtonType.OK ? null
                : current.withExactSlotTimes(exact.isSelected()).withDefaultTimezone(ZoneId.of(zone.getValue()))
                        .withApi(api.isSelected(), port.getValue()));
        return grid;
    }
}
