package io.slotwise.ui;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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

        VBox groups = new VBox();
        groups.getStyleClass().add("shortcut-groups");
        for (Shortcut.Group group : Shortcut.Group.values()) {
            List<Shortcut> in = shortcuts.stream().filter(s -> s.group() == group).toList();
            if (in.isEmpty()) {
                continue;
            }
            Label title = new Label(group.title());
            title.getStyleClass().addAll("title-4", "shortcut-group");
            GridPane rows = new GridPane();
            rows.getStyleClass().add("shortcut-rows");
            ColumnConstraints keys = new ColumnConstraints();
            keys.setMinWidth(170);
            rows.getColumnConstraints().add(keys);
            for (int i = 0; i < in.size(); i++) {
                Label k = new Label(in.get(i).keysText());
                k.getStyleClass().add("shortcut-keys");
                Label d = new Label(in.get(i).description());
                d.getStyleClass().add("shortcut-description");
                rows.addRow(i, k, d);
            }
            groups.getChildren().addAll(title, rows);
        }
        Label hint = new Label("Tab moves between the toolbar, the calendar and the queue's filters, list and "
                + "buttons; ↑/↓ choose a draft in the list. Click a card to select it, double-click it to edit it.");
        hint.getStyleClass().add("shortcut-hint");
        hint.setWrapText(true);
        groups.getChildren().add(hint);

        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(600);
        getDialogPane().setPrefHeight(640);
        setResizable(true);
    }
}
