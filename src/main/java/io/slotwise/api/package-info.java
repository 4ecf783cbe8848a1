/**
 * The local HTTP API (SPEC §7): {@code LocalApi} (Javalin on 127.0.0.1, the API key, errors) and what the dialects
 * share: reading a JSON body's values, a page's limit and cursor, writing JSON. Each vendor's dialect is one package
 * beside it ({@code blotato}, {@code feedhive}, {@code ayrshare}) with its routes and its request and view shapes, so
 * a new dialect is one new folder.
 *
 * <p>May import: {@code service} and {@code engine}; Javalin and Jackson. Never {@code store}, {@code ui} or
 * {@code desktop}. A dialect never imports another dialect.
 */
package io.slotwise.api;
