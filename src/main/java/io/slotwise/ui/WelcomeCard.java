package io.slotwise.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first steps, shown over the calendar while there are no accounts and no slots: add an account, add a
 * slot, or load the sample plan. The window wires its buttons.
 */
final class WelcomeCard extends VBox {

    final Button addAccount = new Button("Add an account", new FontIcon(FontAwesome.USER_PLUS));
    final Button addSlot = new Button("Add a slot", new FontIcon(FontAwesome.CALENDAR_PLUS_O));
    final Button loadSample = new Button("Load sample plan");

    WelcomeCard() {
        super(10);
        setId("welcome");
        getStyleClass().add("welcome-card");
        setMaxSize(600, Region.USE_PREF_SIZE);
        setPadding(new Insets(24));
        StackPane.setAlignment(this, Pos.CENTER);
        Label title = new Label("Welcome to Slotwise");
        title.getStyleClass().add("title-2");
        Label steps = new Label(
                "1.  Add the accounts you post to.\n2.  Add posting slots: when each account should post.\n"
                        + "3.  Write drafts and let Slotwise put them in the next free slot.");
        steps.setWrapText(true);
        addAccount.setId("welcome-accounts");
        addAccount.getStyleClass().add("accent");
        loadSample.setId("load-sample");
        for (Button b : List.of(addAccount, addSlot, loadSample)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(title, steps, new HBox(8, addAccount, addSlot, loadSample));
    }
}
