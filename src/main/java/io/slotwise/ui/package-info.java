/**
 * The JavaFX desktop: the main window on CalendarFX (week, day and month views whose slot bands draw their post cards),
 * the queue, dialogs, drag and drop, undo, the due and failed panel. Views are small classes with JavaFX properties;
 * styles live in {@code slotwise.css}.
 *
 * <p>May import: {@code service}, {@code publishing}, {@code interop} and {@code engine}; JavaFX, CalendarFX,
 * AtlantaFX, Ikonli. Never {@code store} or {@code desktop} (which launches this package).
 */
package io.slotwise.ui;
