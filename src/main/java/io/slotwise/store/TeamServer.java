package io.slotwise.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A team calendar's PostgreSQL server, as the user names it: {@code postgresql://user@host:5432/database}.
 * The password never comes with the address (it would end up in shell histories, process lists and logs): it
 * comes from {@code PGPASSWORD} or a {@code ~/.pgpass}-style file ({@link PasswordFile}). {@link #toString()}
 * is the address without it.
 */
public record TeamServer(String host, int port, String database, String user, String sslMode, String password) {

    public static final int DEFAULT_PORT = 5432;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.$-]{1,63}");
    private static final Pattern SSL_MODE = Pattern.compile("disable|allow|prefer|require|verify-ca|verify-full");

    public TeamServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
    }

    /**
     * Reads {@code postgresql://user@host[:port]/database[?sslmode=…]}; {@code password} is what the user gave
     * outside the address (or null: the server may not ask for one). A password inside the address is refused.
     *
     * @throws IllegalArgumentException naming what is wrong with the address
     */
    public static TeamServer parse(String address, String password) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("database: give the team server as postgresql://user@host:5432/database");
        }
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("database: not an address (" + e.getReason()
                    + "); give it as postgresql://user@host:5432/database");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("database: the address must start with postgresql:// (got "
                    + (uri.getScheme() == null ? "no scheme" : uri.getScheme() + "://") + ")");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            throw new IllegalArgumentException("database: the address needs a user: postgresql://USER@"
                    + (uri.getHost() == null ? "host" : uri.getHost()) + "/…");
        }
        if (userInfo.contains(":")) {
            throw new IllegalArgumentException("database: leave the password out of the address; give it in"
                    + " PGPASSWORD or a ~/.pgpass file");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("database: the address needs a host: postgresql://user@HOST:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            throw new IllegalArgumentException("database: the address needs a database name: postgresql://user@host/NAME");
        }
        String user = URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database: \"" + database + "\" is not a database name this app opens"
                    + " (letters, digits, _ . $ -)");
        }
        String sslMode = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals("sslmode") && SSL_MODE.matcher(kv[1]).matches()) {
                    sslMode = kv[1];
                } else {
                    throw new IllegalArgumentException("database: unknown option \"" + pair
                            + "\" (only sslmode=disable|allow|prefer|require|verify-ca|verify-full)");
                }
            }
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        return new TeamServer(uri.getHost(), port, database, user, sslMode, password);
    }

    /** The same server with the password found in {@code PGPASSWORD} or the password file, if any. */
    public TeamServer withPasswordFrom(String pgPassword, PasswordFile file) {
        if (password != null) {
            return this;
        }
        if (pgPassword != null && !pgPassword.isEmpty()) {
            return withPassword(pgPassword);
        }
        return file == null ? this : file.passwordFor(this).map(this::withPassword).orElse(this);
    }

    public TeamServer withPassword(String newPassword) {
        return new TeamServer(host, port, database, user, sslMode, newPassword);
    }

    String jdbcUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + "?ApplicationName=Slotwise"
                + (sslMode == null ? "" : "&sslmode=" + sslMode);
    }

    /** The address as the user gives it, without a password. */
    public String address() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + hostPart + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    /** Never the password: this ends up in logs and messages. */
    @Override
    public String toString() {
        return address();
    }
}
