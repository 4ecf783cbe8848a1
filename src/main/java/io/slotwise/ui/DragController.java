package io.slotwise.ui;

import io.slotwise.engine.Post;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;

/**
 * Dragging posts with the mouse: a draft from the queue, or a card on the grid. It works on plain
 * mouse events at the scene level (not the platform's drag-and-drop), so it behaves the same on every
 * OS and under test. While a drag is on, a ghost follows the pointer and the window highlights where
 * the post may go.
 */
final class DragController {

    private static final double THRESHOLD = 6;

    /** What the window does while and after a drag. */
    interface Target {
        void dragStarted(Post post);

        void dragMoved(Post post, double sceneX, double sceneY);

        void dropped(Post post, double sceneX, double sceneY);

        void dragEnded();
    }

    private final Pane overlay;
    private final Label ghost = new Label();
    private final Function<PickResult, Post> postUnder;
    private final Target target;
    private Post candidate;
    private Point2D pressedAt;
    private boolean dragging;

    DragController(Scene scene, Pane overlay, Function<PickResult, Post> postUnder, Target target) {
        this.overlay = overlay;
        this.postUnder = postUnder;
        this.target = target;
        ghost.getStyleClass().add("drag-ghost");
        ghost.setId("drag-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    boolean isDragging() {
        return dragging;
    }

    private void pressed(MouseEvent e) {
        candidate = null;
        dragging = false;
        Node n = e.getPickResult().getIntersectedNode();
        if (e.getButton() != MouseButton.PRIMARY || n == null) {
            return;
        }
        candidate = postUnder.apply(e.getPickResult());
        pressedAt = new Point2D(e.getSceneX(), e.getSceneY());
    }

    private void dragged(MouseEvent e) {
        if (candidate == null) {
            return;
        }
        if (!dragging) {
            if (pressedAt.distance(e.getSceneX(), e.getSceneY()) < THRESHOLD) {
                return;
            }
            dragging = true;
            ghost.setText(candidate.content().firstLine().isBlank() ? "(no text)" : candidate.content().firstLine());
            ghost.autosize();
            overlay.getChildren().add(ghost);
            target.dragStarted(candidate);
        }
        Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(p.getX() + 12, p.getY() + 8);
        ghost.autosize();
        target.dragMoved(candidate, e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            candidate = null;
            return;
        }
        Post post = candidate;
        dragging = false;
        candidate = null;
        overlay.getChildren().remove(ghost);
        e.consume();
        try {
            target.dropped(post, e.getSceneX(), e.getSceneY());
        } finally {
            target.dragEnded();
        }
    }
}
