package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;

/**
 * Checks that the controls of the toolbar and of the queue are all in the window (none moved into the toolbar's
 * overflow menu), shown, and wholly inside the scene and inside every region around them: nothing is cut.
 */
final class WhollyInside {

    private WhollyInside() {
    }

    static void assertToolbarAndQueue(MainWindow window) {
        Scene scene = window.getScene();
        assertControls(scene, toolbarControls(scene));
        if (window.isQueueShown()) {
            assertControls(scene, queueControls(window));
        }
    }

    static List<Control> toolbarControls(Scene scene) {
        ToolBar toolbar = (ToolBar) scene.lookup(".main-toolbar");
        List<Control> found = new ArrayList<>();
        toolbar.getItems().forEach(item -> collect(item, found));
        assertThat(found).as("toolbar controls").hasSizeGreaterThan(10);
        return found;
    }

    static List<Control> queueControls(MainWindow window) {
        List<Control> found = new ArrayList<>();
        collect(window.queue(), found);
        assertThat(found).as("queue controls").hasSizeGreaterThanOrEqualTo(8);
        return found;
    }

    /** The buttons, menus, toggles, combo boxes, lists and labels in a node: not the parts of their skins. */
    private static void collect(Node n, List<Control> found) {
        if (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ListView<?> || n instanceof Label) {
            found.add((Control) n);
            return;
        }
        if (n instanceof Parent p && !(n instanceof Control)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }

    static void assertControls(Scene scene, List<Control> controls) {
        for (Control c : controls) {
            String name = describe(c);
            assertThat(c.getScene()).as(name + " is in the window (not in the toolbar's overflow menu)").isSameAs(scene);
            for (Node x = c; x != null; x = x.getParent()) {
                assertThat(x.isVisible()).as(name + " is shown (" + describe(x) + " is visible)").isTrue();
            }
            Bounds b = c.localToScene(c.getLayoutBounds());
            assertThat(b.getWidth()).as(name + " has a size").isPositive();
            assertThat(b.getMinX()).as(name + " left edge").isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMinY()).as(name + " top edge").isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(name + " right edge, window " + scene.getWidth())
                    .isLessThanOrEqualTo(scene.getWidth() + 0.5);
            assertThat(b.getMaxY()).as(name + " bottom edge, window " + scene.getHeight())
                    .isLessThanOrEqualTo(scene.getHeight() + 0.5);
            for (Parent p = c.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Region r) {
                    assertWithin(name, b, r.localToScene(r.getLayoutBounds()), describe(r));
                }
                if (p.getClip() != null) {
                    assertWithin(name, b, p.localToScene(p.getClip().getBoundsInParent()), "the clip of " + describe(p));
                }
            }
        }
    }

    private static void assertWithin(String name, Bounds b, Bounds outer, String outerName) {
        assertThat(b.getMinX() >= outer.getMinX() - 0.5 && b.getMaxX() <= outer.getMaxX() + 0.5
                && b.getMinY() >= outer.getMinY() - 0.5 && b.getMaxY() <= outer.getMaxY() + 0.5)
                .as(name + " " + b + " is not cut by " + outerName + " " + outer).isTrue();
    }

    static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
