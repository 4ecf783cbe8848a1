/**
 * The store: the embedded H2 file (or another database behind the same DAOs), its Flyway migrations
 * ({@code src/main/resources/db/migration}), the data directory and its lock, the media files kept in it ({@code MediaFiles}), and the Jdbi DAOs that map rows to the
 * engine's values. The only package that speaks SQL.
 *
 * <p>May import: {@code engine}; Jdbi, H2, Flyway and Jackson (for JSON columns). Nothing else of Slotwise's.
 */
package io.slotwise.store;
