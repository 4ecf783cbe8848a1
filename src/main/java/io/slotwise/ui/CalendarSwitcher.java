package io.slotwise.ui;

import io.slotwise.service.CalendarLocation;
import java.nio.file.Path;

/**
 * Switches the window to another calendar (Settings → Team calendar): the desktop opens it, and shows it in place
 * of the open one; the window never opens or closes a store itself.
 */
public interface CalendarSwitcher {

    /** This computer's data directory: where the choice (and a password typed for it) is remembered. */
    Path dataDir();

    /**
     * Opens the calendar at {@code location} in place of the open one.
     *
     * @throws RuntimeException saying why it could not be opened; the open calendar then stays as it was
     */
    void open(CalendarLocation location);
}
