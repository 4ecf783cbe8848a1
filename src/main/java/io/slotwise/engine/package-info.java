/**
 * The scheduling engine (SPEC §2–§6): slot occurrences under RFC 5545 rules and DST, which slots a post may use,
 * lane occupancy, the next free slot and assign-next, over an in-memory {@code Plan}. Also the domain's values that
 * every layer shares (Slot, Post, Account, Label, Platform).
 *
 * <p>May import: only the JDK's {@code java.lang}, {@code java.util}, {@code java.time} and {@code java.math}. No
 * I/O, JavaFX, SQL or Jackson, and no other Slotwise package; time comes in as an argument, never from the system
 * zone. {@code ArchitectureTest} keeps this.
 */
package io.slotwise.engine;
