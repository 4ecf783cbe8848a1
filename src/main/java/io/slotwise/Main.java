package io.slotwise;

import io.slotwise.api.LocalApi;
import io.slotwise.desktop.SlotwiseApp;
import io.slotwise.interop.AtomicFile;
import io.slotwise.interop.BackupFormatException;
import io.slotwise.interop.CsvDraftImport;
import io.slotwise.interop.IcalExport;
import io.slotwise.interop.JsonBackup;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.service.CalendarLocation;
import io.slotwise.service.DraftImportPreview;
import io.slotwise.service.DraftImportResult;
import io.slotwise.service.ScheduledPlan;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.Settings;
import io.slotwise.service.StoreContent;
import io.slotwise.service.UntimedRows;
import io.slotwise.service.Workspace;
import io.slotwise.store.DataDirectory;
import io.slotwise.store.StoreException;
import io.slotwise.store.StoreLockedException;
import io.slotwise.store.TeamServerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command-line entry point: the desktop app by default; {@code export FILE} and {@code import FILE}
 * for whole-store backups; {@code import-csv FILE} for drafts from a spreadsheet; {@code export-ical FILE}
 * for calendar apps; {@code --version}.
 *
 * <p>Deliberately does not extend {@link javafx.application.Application}: with JavaFX on the classpath the
 * launcher refuses to start an {@code Application} subclass as the jar's main class.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: slotwise [desktop] [--data-dir DIR] [--database URL]",
            "       slotwise export FILE [--data-dir DIR] [--database URL] [--with-keys]",
            "       slotwise import FILE [--data-dir DIR] [--database URL] [--replace]",
            "       slotwise import-csv FILE [--data-dir DIR] [--database URL] [--zone ZONE] [--fill-slots] [--dry-run]",
            "       slotwise export-ical FILE [--account ID] [--slots] [--data-dir DIR] [--database URL]",
            "       slotwise serve [--port P] [--data-dir DIR] [--database URL] [--api-key KEY]",
            "       slotwise --version",
            "",
            "--database postgresql://USER@HOST[:PORT]/DATABASE opens a team calendar on a PostgreSQL server instead of",
            "the data directory's own store; the password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from",
            "the command line. Without it, a command opens what the desktop opens (a team calendar chosen in Settings).");

    private Main() {
    }

    public static void main(String[] args) {
        String cmd = args.length == 0 || args[0].startsWith("--data-dir") || args[0].startsWith("--database")
                ? "desktop" : args[0];
        if (cmd.equals("desktop")) {
            SlotwiseApp.launch(args.length > 0 && args[0].equals("desktop") ? rest(args) : args);
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a non-desktop command; returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String cmd = args[0];
        List<String> rest = new ArrayList<>(List.of(rest(args)));
        try {
            switch (cmd) {
                case "--version":
                    out.println("Slotwise " + version());
                    return 0;
                case "export":
                    return export(rest, out, err);
                case "import":
                    return importBackup(rest, out, err);
                case "import-csv":
                    return importCsv(rest, out, err);
                case "export-ical":
                    return exportIcal(rest, out, err);
                case "serve":
                    return serve(rest, out);
                case "--smoke-test":
                    return io.slotwise.desktop.SmokeTest.run(rest, out, err);
                case "--train-startup-cache":
                    return io.slotwise.desktop.StartupTraining.run(out, err);
                default:
                    err.println("unknown command: " + cmd);
                    err.println(USAGE);
                    return 2;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (StoreLockedException | StoreException | TeamServerException | ServiceException | BackupFormatException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Runs the local API and the publishing hand-off headless until the process is told to stop (SIGTERM,
     * Ctrl+C): then it stops handing off, stops listening and closes the store, everything committed. It
     * prints what the hand-off's catch-up did, and every later hand-off.
     */
    private static int serve(List<String> args, PrintStream out) {
        CalendarLocation location = location(args);
        int port = Settings.DEFAULT_API_PORT;
        String key = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new UsageException(args.get(i) + " needs a value");
            }
            switch (args.get(i)) {
                case "--port" -> {
                    try {
                        port = Integer.parseInt(args.get(i + 1));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--port must be a number, was " + args.get(i + 1));
                    }
                }
                case "--api-key" -> key = args.get(i + 1);
                default -> throw new UsageException("unknown option for serve: " + args.get(i));
            }
        }
        Services services = Services.open(location);
        services.workspace().preload(); // the first request should not wait for the plan
        String apiKey = key != null ? key : services.settings().get().apiKey();
        LocalApi api;
        try {
            api = LocalApi.start(services, port, apiKey);
        } catch (RuntimeException e) {
            services.close();
            throw new StoreException("Cannot listen on " + LocalApi.LOOPBACK + ":" + port + ": " + e.getMessage(), e);
        }
        HandOffScheduler handOff = HandOffScheduler.create(services);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            handOff.close();
            api.close();
            services.close();
            stopped.countDown();
        }, "slotwise-stop"));
        out.println("Slotwise API listening on http://" + LocalApi.LOOPBACK + ":" + api.port() + " (data: "
                + location.describe() + ")");
        out.flush();
        handOff.onRound(r -> {
            out.println("Hand-off: " + r.describe());
            out.flush();
        });
        handOff.start().whenComplete((report, failure) -> {
            out.println(failure == null ? "Catch-up: " + report.asCatchUp()
                    : "Catch-up failed: " + failure.getMessage());
            out.flush();
        });
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int export(List<String> args, PrintStream out, PrintStream err) {
        boolean withKeys = args.remove("--with-keys");
        CalendarLocation location = location(args);
        Path file = Path.of(single(args, "export needs the FILE to write"));
        try (Services s = Services.open(location)) {
            StoreContent all = s.backup().snapshot();
            // A backup file travels (mail, cloud folders): the hosted schedulers' keys stay home unless asked for.
            StoreContent content = withKeys ? all : all.withoutKeys();
            AtomicFile.write(file, o -> JsonBackup.write(content, o));
            out.println("Exported " + content.slots().size() + " slots, " + content.posts().size() + " posts, "
                    + content.accounts().size() + " accounts and " + content.labels().size() + " labels to " + file
                    + (location.isTeamServer() ? " from the " + location.describe() : ""));
            if (all.holdsKeys()) {
                out.println(withKeys ? "The backup holds the API keys of Blotato and Ayrshare: keep it secret."
                        : "API keys left out (add --with-keys to include them); restored, those accounts need "
                        + "their key again.");
            }
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** A whole input file, or null after saying on {@code err} why it cannot be read. */
    private static byte[] readFile(Path file, PrintStream err) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }

    private static int importBackup(List<String> args, PrintStream out, PrintStream err) {
        boolean replace = args.remove("--replace");
        CalendarLocation location = location(args);
        Path file = Path.of(single(args, "import needs the FILE to read"));
        byte[] bytes = readFile(file, err);
        if (bytes == null) {
            return 1;
        }
        StoreContent content;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            content = JsonBackup.read(in);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        try (Services s = Services.open(location)) {
            s.backup().restore(content, replace);
        } catch (ServiceException e) {
            err.println(e.getMessage() + " (use --replace)");
            return 1;
        }
        out.println("Imported " + content.slots().size() + " slots, " + content.posts().size() + " posts, "
                + content.accounts().size() + " accounts and " + content.labels().size() + " labels into " + location.describe());
        return 0;
    }

    /**
     * Drafts from a CSV file (see {@link CsvDraftImport} for the columns): prints what the file holds and
     * every problem by line and column; writes all rows or, on any problem, none (exit 1). Local times
     * are in {@code --zone}, else the calendar's display zone, else this computer's.
     */
    private static int importCsv(List<String> args, PrintStream out, PrintStream err) {
        boolean fill = args.remove("--fill-slots");
        boolean dryRun = args.remove("--dry-run");
        CalendarLocation location = location(args);
        String zoneText = option(args, "--zone");
        Path file = Path.of(single(args, "import-csv needs the CSV FILE to read"));
        byte[] bytes = readFile(file, err);
        if (bytes == null) {
            return 1;
        }
        try (Services s = Services.open(location)) {
            ZoneId zone;
            try {
                ZoneId display = s.settings().get().displayTimezone();
                zone = zoneText != null ? ZoneId.of(zoneText) : display != null ? display : ZoneId.systemDefault();
            } catch (DateTimeException e) {
                throw new UsageException("--zone must be an IANA time zone such as Europe/Berlin, was " + zoneText);
            }
            DraftImportPreview preview = s.imports().preview(Workspace.LOCAL_OWNER, CsvDraftImport.read(bytes, zone),
                    fill ? UntimedRows.FILL_NEXT_FREE_SLOTS : UntimedRows.QUEUE_AS_DRAFTS);
            out.println(file + ": " + preview.summary() + " (local times in " + zone.getId() + ")");
            if (preview.hasErrors()) {
                preview.allProblems().forEach(p -> err.println(p));
                err.println("Nothing was imported.");
                return 1;
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                return 0;
            }
            DraftImportResult result = s.imports().importPreview(Workspace.LOCAL_OWNER, preview);
            out.println("Imported " + result.posts().size() + " posts (" + result.drafts() + " drafts, "
                    + result.scheduled() + " scheduled) into " + location.describe());
            return 0;
        }
    }

    /** The scheduled plan (of one account, or all) as an .ics file; with {@code --slots} the slots too. */
    private static int exportIcal(List<String> args, PrintStream out, PrintStream err) {
        boolean slots = args.remove("--slots");
        CalendarLocation location = location(args);
        String accountId = option(args, "--account");
        Path file = Path.of(single(args, "export-ical needs the FILE to write"));
        try (Services s = Services.open(location)) {
            ScheduledPlan plan = s.calendar().scheduledPlan(Workspace.LOCAL_OWNER, accountId);
            List<io.slotwise.engine.Slot> written = slots ? plan.slots() : List.of();
            String name = plan.account() == null ? "Slotwise" : "Slotwise — " + plan.account().name();
            AtomicFile.write(file, o -> IcalExport.write(name, plan.posts(), written, plan.labels(), s.workspace().now(), o));
            out.println("Exported " + plan.posts().size() + " scheduled posts" + (slots ? " and "
                    + written.stream().filter(io.slotwise.engine.Slot::active).count() + " active slots" : "")
                    + (plan.account() == null ? "" : " of account " + plan.account().id()) + " to " + file);
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Takes {@code NAME VALUE} out of the arguments; null when absent. */
    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = args.remove(i + 1);
        args.remove(i);
        return value;
    }

    /**
     * Takes {@code --data-dir DIR} and {@code --database postgresql://user@host:port/db} out of the arguments: the
     * team server, else what the desktop opens (the team calendar chosen in Settings, else the data directory's own
     * store). The data directory still holds media files.
     */
    static CalendarLocation location(List<String> args) {
        String database = option(args, "--database");
        Path dataDir = dataDir(args);
        if (database == null) {
            // What the desktop opens: a team calendar chosen in Settings, else this computer's own.
            return CalendarLocation.chosenIn(dataDir);
        }
        try {
            return CalendarLocation.teamServer(database, dataDir);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    /** Takes {@code --data-dir DIR} out of the arguments, or the default data directory. */
    static Path dataDir(List<String> args) {
        int i = args.indexOf("--data-dir");
        if (i < 0) {
            return DataDirectory.current();
        }
        if (i + 1 >= args.size()) {
            throw new UsageException("--data-dir needs a directory");
        }
        Path dir = Path.of(args.get(i + 1));
        args.remove(i + 1);
        args.remove(i);
        return dir;
    }

    private static String single(List<String> args, String missing) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException(args.isEmpty() ? missing : "unexpected arguments: " + String.join(" ", args));
        }
        return args.get(0);
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

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
