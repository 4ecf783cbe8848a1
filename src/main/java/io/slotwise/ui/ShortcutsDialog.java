package io.slotwise.ui;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Help → Keyboard shortcuts: every shortcut the window answers, grouped (Calendar, Selected card, Queue,
 * General), each with its keys and what it does, written from the same list the window's keys run.
 */
final class ShortcutsDialog extends Dialog<Void> {

    ShortcutsDialog(List<Shortcut> shortcuts) {
        setTitle("Keyboard shortcuts");
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getStyleClass().add("shortcuts-dialog");
        getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("slotwise.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        // One grid for all the groups, so that the keys and what they do line up down the whole list.
        GridPane rows = new GridPane();
        rows.getStyleClass().add("shortcut-rows");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (Shortcut.Group group : Shortcut.Group.values()) {
            List<Shortcut> in = shortcuts.stream().filter(s -> s.group() == group).toList();
            if (in.isEmpty()) {
                continue;
            }
            Label title = new Label(group.title());
            title.getStyleClass().addAll("title-4", "shortcut-group");
            rows.add(title, 0, row++, 2, 1);
            for (Shortcut s : in) {
                Label k = new Label(s.keysText());
                k.getStyleClass().add("shortcut-keys");
                k.setMinWidth(Region.USE_PREF_SIZE);
                Label d = new Label(s.description());
                d.getStyleClass().add("shortcut-description");
                d.setWrapText(true);
                rows.addRow(row++, k, d);
            }
        }
        VBox groups = new VBox(rows);
        groups.getStyleClass().add("shortcut-groups");
        Label hint = new Label("Tab moves between the toolbar, the calendar and the queue's filters, list and "
                + "buttons; ↑/↓ choose a draft in the list. Click a card to select it, double-click it to edit it.");
        hint.getStyleClass().add("shortcut-hint");
        hint.setWrapText(true);
        groups.getChildren().add(hint);

        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(700);
        getDialogPane().setPrefHeight(760);
        setResizable(true);
    }
}
