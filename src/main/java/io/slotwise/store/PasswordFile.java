package io.slotwise.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A password file in PostgreSQL's {@code ~/.pgpass} format, so a team server's password lives where psql's does:
 * one {@code hostname:port:database:username:password} a line, {@code *} matching anything, {@code \:} and
 * {@code \\} for a colon or backslash in a field, {@code #} lines ignored, the first matching line wins.
 */
public final class PasswordFile {

    private final List<String[]> entries;

    private PasswordFile(List<String[]> entries) {
        this.entries = entries;
    }

    /** {@code PGPASSFILE} if set, else {@code ~/.pgpass}; an absent file has no passwords. */
    public static PasswordFile ofUser(Map<String, String> env, Path home) {
        String given = env.get("PGPASSFILE");
        return read(given != null && !given.isBlank() ? Path.of(given) : home.resolve(".pgpass"));
    }

    public static PasswordFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new PasswordFile(List.of());
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("Cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }

    static PasswordFile parse(List<String> lines) {
        List<String[]> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = split(line);
            if (fields.length == 5) {
                entries.add(fields);
            }
        }
        return new PasswordFile(entries);
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }

    /** The password of the first line matching the server's host, port, database and user. */
    public Optional<String> passwordFor(TeamServer server) {
        for (String[] e : entries) {
            if (matches(e[0], server.host()) && matches(e[1], Integer.toString(server.port()))
                    && matches(e[2], server.database()) && matches(e[3], server.user())) {
                return Optional.of(e[4]);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }
}
