package io.slotwise.ui;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar's Help menu: the keyboard shortcuts (F1). The window wires its items, as with {@link QueuePanel}. */
final class HelpMenu extends MenuButton {

    /** The key is in the text, not an accelerator: the window's key filter answers F1 (it would run twice). */
    final MenuItem shortcuts = new MenuItem("Keyboard shortcuts (F1)", new FontIcon(FontAwesome.KEYBOARD_O));

    HelpMenu() {
        super("Help", new FontIcon(FontAwesome.QUESTION_CIRCLE_O));
        setId("help-menu");
        getStyleClass().add("help-menu");
        LazyTooltip.install(this, "Help");
        shortcuts.setId("keyboard-shortcuts");
        getItems().add(shortcuts);
    }
}
