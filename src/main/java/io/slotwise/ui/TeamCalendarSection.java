package io.slotwise.ui;

import io.slotwise.service.CalendarLocation;
import io.slotwise.service.ConnectionCheck;
import io.slotwise.service.TeamCalendar;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings → Team calendar: the address of the PostgreSQL server a team shares and its password, "Test
 * connection" (which says in plain words what is wrong: unreachable, wrong password, no such database, a newer
 * schema), "Use team calendar" once a test of exactly that address and password worked, and "Use this computer's
 * calendar". The choice is {@linkplain #chosenProperty() chosen} here and carried out by the window when Settings
 * closes.
 */
final class TeamCalendarSection extends VBox {

    /** A calendar chosen: where it is, and the password typed for it (empty: PGPASSWORD or ~/.pgpass give it). */
    record Choice(CalendarLocation location, String password) {
    }

    /** How wide the section's text runs before it wraps. */
    private static final double WIDTH = 640;

    private final Path dataDir;
    private final TextField address = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label result = new Label();
    final Button test = new Button("Test connection", new FontIcon(FontAwesome.PLUG));
    final Button useTeam = new Button("Use team calendar", new FontIcon(FontAwesome.USERS));
    final Button useThisComputer = new Button("Use this computer's calendar", new FontIcon(FontAwesome.DESKTOP));
    /** The address and password of the last test that worked: "Use team calendar" takes only those. */
    private String worked;
    private final ReadOnlyObjectWrapper<Choice> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    /** {@code open}: the calendar open now; {@code done}: closes Settings once a calendar is chosen. */
    TeamCalendarSection(Path dataDir, TeamCalendar open, Runnable done) {
        this.dataDir = dataDir;
        getStyleClass().add("team-section");
        setId("team-section");
        Label title = new Label("Team calendar");
        title.getStyleClass().add("team-section-title");
        Label current = new Label("Open now: " + open.describe());
        current.setId("team-current");
        Label hint = new Label("A PostgreSQL server your team shares, as postgresql://user@host:5432/database. A password"
                + " typed here is kept in this computer's data folder, readable by you only; leave it empty to use"
                + " PGPASSWORD or ~/.pgpass.");
        hint.getStyleClass().add("queue-hint");
        hint.setWrapText(true);
        // As wide as the settings above it, and as tall as its lines need: a wrapped label is measured at its width.
        hint.setPrefWidth(WIDTH);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        address.setId("team-address");
        address.setPromptText("postgresql://you@db.example.com:5432/team");
        address.setPrefColumnCount(36);
        address.setText(open.isTeamServer() ? open.address() : "");
        password.setId("team-password");
        password.setPromptText("from PGPASSWORD or ~/.pgpass when empty");
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, label("Address"), address);
        fields.addRow(1, label("Password"), password);
        GridPane.setHgrow(address, Priority.ALWAYS);

        test.setId("team-test");
        useTeam.setId("team-use");
        useThisComputer.setId("team-leave");
        useTeam.getStyleClass().add("accent");
        useTeam.setDisable(true);
        useThisComputer.setDisable(!open.isTeamServer());
        result.setId("team-result");
        result.getStyleClass().add("team-result");
        result.setWrapText(true);
        result.setPrefWidth(WIDTH);
        result.setMinHeight(Region.USE_PREF_SIZE);

        address.textProperty().addListener((o, a, b) -> changed());
        password.textProperty().addListener((o, a, b) -> changed());
        test.setOnAction(e -> test());
        useTeam.setOnAction(e -> {
            chosen.set(new Choice(CalendarLocation.teamServer(address.getText().trim(), dataDir), password.getText()));
            done.run();
        });
        useThisComputer.setOnAction(e -> {
            chosen.set(new Choice(CalendarLocation.embedded(dataDir), ""));
            done.run();
        });
        HBox buttons = new HBox(8, test, useTeam, useThisComputer);
        for (Button b : List.of(test, useTeam, useThisComputer)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        setPadding(new Insets(10));
        getChildren().addAll(title, current, hint, fields, buttons, result);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The calendar the user chose to switch to, or null (Settings closed without choosing one). */
    ReadOnlyObjectProperty<Choice> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    Choice getChosen() {
        return chosen.get();
    }

    private String fields() {
        return address.getText().trim() + "\n" + password.getText();
    }

    /** What was tested no longer is what the fields say: test again before using it. */
    private void changed() {
        if (worked != null && !worked.equals(fields())) {
            worked = null;
            useTeam.setDisable(true);
            show(null, "");
        }
    }

    /** Asks the server on a thread of its own (it may take seconds to give up), then says what it found. */
    private void test() {
        String tested = fields();
        String typedAddress = address.getText().trim();
        String typedPassword = password.getText();
        test.setDisable(true);
        useTeam.setDisable(true);
        show(null, "Testing " + typedAddress + "…");
        Thread asking = new Thread(() -> {
            ConnectionCheck check = TeamCalendar.test(typedAddress, typedPassword, dataDir);
            Platform.runLater(() -> {
                test.setDisable(false);
                if (!Objects.equals(tested, fields())) {
                    return; // the fields changed meanwhile: this answer is about something else
                }
                worked = check.works() ? tested : null;
                useTeam.setDisable(!check.works());
                show(check.works(), say(check));
            });
        }, "slotwise-team-test");
        asking.setDaemon(true);
        asking.start();
    }

    /** The test's answer, its kind first in plain words. */
    static String say(ConnectionCheck check) {
        String kind = switch (check.outcome()) {
            case WORKS -> "✓ ";
            case BAD_ADDRESS -> "✗ Check the address: ";
            case UNREACHABLE -> "✗ Server unreachable: ";
            case WRONG_PASSWORD -> "✗ Wrong password: ";
            case DATABASE_MISSING -> "✗ Database missing: ";
            case NEWER_SCHEMA -> "✗ Newer schema than this app: ";
            case OTHER -> "✗ ";
        };
        return kind + check.message();
    }

    private void show(Boolean works, String text) {
        result.setText(text);
        result.getStyleClass().removeAll("team-result-works", "team-result-problem");
        if (works != null) {
            result.getStyleClass().add(works ? "team-result-works" : "team-result-problem");
        }
    }

    Label result() {
        return result;
    }
}
