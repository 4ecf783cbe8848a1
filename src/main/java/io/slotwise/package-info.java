/**
 * {@code Main}: the desktop by default, {@code serve} and the file commands ({@code export}, {@code import},
 * {@code import-csv}, {@code export-ical}) otherwise. It composes the packages below and may import any of them; none
 * imports it.
 */
package io.slotwise;
