package io.slotwise.service;

import io.slotwise.store.TeamServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The team calendar this computer uses, chosen in Settings and remembered in the data directory, not in any
 * calendar (so not in the shared database, nor in backups): {@value #FILE} holds the address; a password typed in
 * Settings goes to {@value #PASSWORD_FILE}, in {@code ~/.pgpass} format, readable by this user only (mode 600), and
 * never into the properties file or a log. Without the file the desktop opens this computer's own calendar.
 */
public final class TeamCalendarChoice {

    public static final String FILE = "team-calendar.properties";
    public static final String PASSWORD_FILE = "team-calendar.pgpass";
    private static final String ADDRESS = "address";

    private TeamCalendarChoice() {
    }

    /** The team calendar's address chosen on this computer, if one was. */
    public static Optional<String> remembered(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw ServiceException.invalid("teamCalendar", "Cannot read " + file + ": " + e.getMessage());
        }
        String address = p.getProperty(ADDRESS, "").trim();
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /**
     * Remembers the team calendar at {@code address}; a non-empty {@code password} replaces the one kept for it
     * (an empty one keeps the password file as it is: PGPASSWORD or {@code ~/.pgpass} may give it).
     */
    public static void remember(Path dataDir, String address, String password) {
        TeamServer server = TeamServer.parse(address, null); // refuses a bad address, naming what is wrong
        try {
            Files.createDirectories(dataDir);
            if (password != null && !password.isEmpty()) {
                writePrivately(dataDir.resolve(PASSWORD_FILE), "# Slotwise: the team calendar's password (Settings)\n"
                        + String.join(":", escape(server.host()), Integer.toString(server.port()),
                        escape(server.database()), escape(server.user()), escape(password)) + "\n");
            }
            Properties p = new Properties();
            p.setProperty(ADDRESS, server.address());
            java.io.StringWriter text = new java.io.StringWriter();
            p.store(text, "Slotwise: the team calendar this computer opens (Settings); delete to use its own calendar");
            writePrivately(dataDir.resolve(FILE), text.toString());
        } catch (IOException e) {
            throw ServiceException.invalid("teamCalendar", "Cannot remember the team calendar in " + dataDir + ": "
                    + e.getMessage());
        }
    }

    /** Back to this computer's own calendar: the choice and the password typed for it are forgotten. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
            Files.deleteIfExists(dataDir.resolve(PASSWORD_FILE));
        } catch (IOException e) {
            throw ServiceException.invalid("teamCalendar", "Cannot forget the team calendar in " + dataDir + ": "
                    + e.getMessage());
        }
    }

    /** Written aside (readable by this user only, where the file system knows modes) and moved into place. */
    private static void writePrivately(Path file, String text) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(aside);
        try {
            Files.createFile(aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(aside);
        }
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        try {
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A {@code .pgpass} field: a colon or backslash in it escaped with a backslash. */
    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }
}
