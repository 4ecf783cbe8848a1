package io.slotwise.ui;

import io.slotwise.engine.Account;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** What to put in an .ics export: one account's plan or everyone's, and whether the slots go too. */
final class IcalExportDialog extends Dialog<IcalExportDialog.Choice> {

    /** @param accountId null for every account */
    record Choice(String accountId, boolean slots) {
    }

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    IcalExportDialog(List<Account> accounts) {
        setTitle("Export calendar");
        setHeaderText("Export the scheduled posts as an .ics file for any calendar app");
        getDialogPane().setId("ical-export-dialog");
        getDialogPane().getStylesheets().add(IcalExportDialog.class.getResource("slotwise.css").toExternalForm());

        ComboBox<Account> account = new ComboBox<>();
        account.setId("ical-account");
        account.getItems().add(null);
        account.getItems().addAll(accounts);
        StringConverter<Account> names = AccountsDialog.accountNames();
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account a) {
                return a == null ? "All accounts" : names.toString(a);
            }

            @Override
            public Account fromString(String s) {
                return null;
            }
        });
        account.getSelectionModel().selectFirst();
        account.setMaxWidth(Double.MAX_VALUE);
        CheckBox slots = new CheckBox("Include the posting slots (as repeating events)");
        slots.setId("ical-slots");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new javafx.scene.control.Label("Account"), account);
        grid.add(slots, 1, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        getDialogPane().lookupButton(EXPORT).setId("ical-export");
        setResultConverter(b -> b != EXPORT ? null
                : new Choice(account.getValue() == null ? null : account.getValue().id(), slots.isSelected()));
    }
}
