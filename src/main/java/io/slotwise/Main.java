package io.slotwise;

import io.slotwise.ui.SlotwiseApp;
import javafx.application.Application;

/**
 * Command-line entry point.
 *
 * <p>Deliberately does not extend {@link Application}: with JavaFX on the classpath the
 * launcher refuses to start an {@code Application} subclass as the jar's main class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String cmd = args.length == 0 ? "desktop" : args[0];
        switch (cmd) {
            case "desktop" -> Application.launch(SlotwiseApp.class, rest(args));
            case "--version" -> System.out.println("Slotwise " + version());
            case "serve", "export", "import" -> {
                System.err.println("not implemented yet: " + cmd);
                System.exit(2);
            }
            default -> {
                System.err.println("unknown command: " + cmd);
                System.err.println("usage: slotwise [desktop | --version | serve | export | import]");
                System.exit(2);
            }
        }
    }

    /** The jar manifest's Implementation-Version, or {@code "dev"} when not running from the jar. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    private static String[] rest(String[] args) {
        if (args.length == 0) {
            return args;
        }
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }
}
