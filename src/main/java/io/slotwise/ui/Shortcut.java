package io.slotwise.ui;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut: the keys that run it, what it does (as the help lists it), the group the help lists
 * it under, when it applies (given the node with the focus), and what it runs. {@link Shortcuts} holds them
 * all: the keys the window answers and the list the help shows are the same.
 *
 * @param keys    one or more combinations, any of which runs it
 * @param applies whether it applies now, given the node with the keyboard focus (null for none)
 */
record Shortcut(Group group, List<KeyCombination> keys, String description, Predicate<Node> applies,
                Runnable action) {

    /** The groups of the help dialog, in its order. */
    enum Group {
        CALENDAR("Calendar"),
        CARD("Selected card"),
        QUEUE("Queue"),
        GENERAL("General");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    Shortcut {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a shortcut needs keys");
        }
    }

    /** Whether one of its combinations is the key pressed. */
    boolean matches(KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    /**
     * Whether it is a key that types or moves in a text field (no Ctrl/Cmd, not a function key): such keys
     * are the text field's while it has the focus.
     */
    boolean isPlain() {
        return keys.stream().allMatch(k -> k.getShortcut() != KeyCombination.ModifierValue.DOWN
                && k.getControl() != KeyCombination.ModifierValue.DOWN && k.getMeta() != KeyCombination.ModifierValue.DOWN
                && !(k instanceof KeyCodeCombination c && c.getCode().isFunctionKey()));
    }

    /** The keys as the help shows them: "Ctrl+Shift+Z / Ctrl+Y", "Alt+→" (macOS: "⇧⌘Z / ⌘Y", "⌥→"). */
    String keysText() {
        return keys.stream().map(Shortcut::text).collect(Collectors.joining(" / "));
    }

    private static String text(KeyCombination k) {
        if (!(k instanceof KeyCodeCombination c)) {
            return k.getDisplayText();
        }
        // The platform's way of writing the modifiers ("Ctrl+Shift+", "⇧⌘"), then the key in words.
        String withA = new KeyCodeCombination(KeyCode.A, k.getShift(), k.getControl(), k.getAlt(), k.getMeta(),
                k.getShortcut()).getDisplayText();
        String modifiers = withA.substring(0, withA.length() - 1);
        return modifiers + switch (c.getCode()) {
            case LEFT -> "←";
            case RIGHT -> "→";
            case UP -> "↑";
            case DOWN -> "↓";
            case ENTER -> "Enter";
            case BACK_SPACE -> "Backspace";
            case ESCAPE -> "Esc";
            case SLASH -> "/";
            default -> c.getCode().getName();
        };
    }

    /** A key with no modifiers. */
    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** A key with modifiers; {@link KeyCombination#SHORTCUT_DOWN} is Ctrl, or Cmd on macOS. */
    static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
