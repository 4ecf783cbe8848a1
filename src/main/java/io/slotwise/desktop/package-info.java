/**
 * Launching the desktop app, which is not UI: opening the store beside the toolkit's start, the JIT compiler threads'
 * priority, the per-user start-up cache and the training run that makes it, the smoke test the installer check runs.
 *
 * <p>May import: {@code ui} and everything the window is built from ({@code service}, {@code publishing},
 * {@code store}, {@code api}); nothing imports this package but {@code Main}.
 */
package io.slotwise.desktop;
