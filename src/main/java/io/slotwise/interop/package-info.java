/**
 * Files in and out: the whole-store JSON backup, the CSV sheet of drafts (read into the service's
 * {@code DraftSheet}), the iCalendar export, and writing a file so that a crash never leaves half of it.
 *
 * <p>May import: {@code service}, {@code store} (the stored values a backup holds) and {@code engine}; Jackson and
 * ical4j. The services never import this package.
 */
package io.slotwise.interop;
