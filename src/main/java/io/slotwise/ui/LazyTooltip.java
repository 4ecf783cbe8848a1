package io.slotwise.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made the first time the pointer comes over the control. Each {@link Tooltip} is a popup
 * window with a scene of its own, styled when it is made: the window's twenty or so cost a few milliseconds of
 * its first paint (BENCHMARKS.md), for tips that are seen one at a time, if ever.
 */
final class LazyTooltip {

    private LazyTooltip() {
    }

    /** The control gets a tooltip with this text when the pointer first enters it. */
    static <T extends Control> T install(T control, String text) {
        return install(control, new ReadOnlyStringWrapper(text).getReadOnlyProperty());
    }

    /** The control gets a tooltip that follows this text when the pointer first enters it. */
    static <T extends Control> T install(T control, ObservableValue<String> text) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    Tooltip tip = new Tooltip();
                    tip.textProperty().bind(text);
                    control.setTooltip(tip);
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, firstEntry);
        return control;
    }
}
