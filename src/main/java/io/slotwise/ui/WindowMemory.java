package io.slotwise.ui;

import io.slotwise.interop.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window as the user left it, between runs: its place on the desktop, whether the queue is shown and
 * how wide, and the theme. It lives in a small file of its own beside the store ({@code window.properties} in the data
 * directory): how a window sits on one computer's screens is not the calendar's data, so backups and a
 * shared store leave it out. A file that cannot be read is as good as none; one that cannot be written
 * only costs the next start its place.
 */
final class WindowMemory {

    private static final Logger LOG = LoggerFactory.getLogger(WindowMemory.class);

    /** Null: remembers nothing (a window shown without a file, as the UI tests do). */
    private final Path file;
    private WindowPlace place;
    private boolean queueShown = true;
    private double queueWidth = QueuePanel.USUAL_WIDTH;
    private boolean dark;

    private WindowMemory(Path file) {
        this.file = file;
    }

    /** Remembers nothing between runs. */
    static WindowMemory none() {
        return new WindowMemory(null);
    }

    /** What the file says, or the usual window when there is no such file or it cannot be read. */
    static WindowMemory in(Path file) {
        WindowMemory m = new WindowMemory(file);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return m;
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Cannot read {}; the window opens at its usual place", file, e);
            return m;
        }
        if (p.containsKey("width")) {
            WindowPlace saved = new WindowPlace(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")));
            m.place = saved.isUsable() ? saved : null;
        }
        m.queueShown = !"false".equals(p.getProperty("queueShown"));
        m.dark = "true".equals(p.getProperty("dark"));
        double w = number(p, "queueWidth");
        m.queueWidth = Double.isFinite(w) && w > 0 ? w : QueuePanel.USUAL_WIDTH;
        return m;
    }

    private static double number(Properties p, String key) {
        try {
            return Double.parseDouble(p.getProperty(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Where the window was left; null when it never was (or the file is not ours). */
    WindowPlace place() {
        return place;
    }

    boolean queueShown() {
        return queueShown;
    }

    double queueWidth() {
        return queueWidth;
    }

    /** Whether the dark theme was on. */
    boolean dark() {
        return dark;
    }

    /**
     * Follows the window while it is shown and writes it down when it closes. Its place is taken only while it
     * is neither maximized nor minimized, so a maximized window keeps where it goes back to.
     */
    void follow(Stage stage, MainWindow window) {
        Runnable placed = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
                place = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(o -> placed.run());
        stage.yProperty().addListener(o -> placed.run());
        stage.widthProperty().addListener(o -> placed.run());
        stage.heightProperty().addListener(o -> placed.run());
        stage.showingProperty().addListener(o -> placed.run());
        placed.run();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            // The window shown last: Settings may have switched calendars, which shows a new one.
            remember(stage, stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow shown
                    ? shown : window);
            save();
        });
    }

    /** Takes what is not followed as it changes: maximized, the queue and the theme. */
    void remember(Stage stage, MainWindow window) {
        if (place != null) {
            place = new WindowPlace(place.x(), place.y(), place.width(), place.height(), stage.isMaximized());
        }
        queueShown = window.isQueueShown();
        queueWidth = window.getQueueWidth();
        dark = window.isDark();
    }

    /** Writes the file (nothing, for a memory of none). */
    void save() {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        if (place != null) {
            p.setProperty("x", Double.toString(place.x()));
            p.setProperty("y", Double.toString(place.y()));
            p.setProperty("width", Double.toString(place.width()));
            p.setProperty("height", Double.toString(place.height()));
            p.setProperty("maximized", Boolean.toString(place.maximized()));
        }
        p.setProperty("queueShown", Boolean.toString(queueShown));
        p.setProperty("queueWidth", Double.toString(queueWidth));
        p.setProperty("dark", Boolean.toString(dark));
        try {
            AtomicFile.write(file, out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    "Slotwise: where the window was left (not part of the calendar; safe to delete)"));
        } catch (IOException e) {
            LOG.info("Cannot write {}; the window will open at its usual place next time", file, e);
        }
    }
}
