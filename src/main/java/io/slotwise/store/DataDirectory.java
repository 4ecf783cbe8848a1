package io.slotwise.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Slotwise keeps its store when no {@code --data-dir} is given: {@code $XDG_DATA_HOME/slotwise},
 * else {@code ~/.local/share/slotwise} on Linux; {@code ~/Library/Application Support/Slotwise} on
 * macOS; {@code %APPDATA%\Slotwise} on Windows.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path defaultFor(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Slotwise")
                    : Path.of(userHome, "AppData", "Roaming", "Slotwise");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Slotwise");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "slotwise");
        }
        return Path.of(userHome, ".local", "share", "slotwise");
    }

    /** The default for this machine and user. */
    public static Path current() {
        return defaultFor(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
