package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.interop.AtomicFile;
import io.slotwise.interop.BackupFormatException;
import io.slotwise.interop.CsvDraftImport;
import io.slotwise.interop.IcalExport;
import io.slotwise.interop.JsonBackup;
import io.slotwise.service.BackupService;
import io.slotwise.service.DraftImportPreview;
import io.slotwise.service.DraftImportResult;
import io.slotwise.service.DraftSheet;
import io.slotwise.service.ScheduledPlan;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.StoreContent;
import io.slotwise.engine.Slot;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's File menu: drafts from a CSV file (with a preview), the plan as an .ics file, and the
 * whole calendar backed up to and restored from one JSON file (the format of {@code slotwise export}).
 * The file choosers only pick a path; the package-private methods that take one do the work, so tests
 * can drive them without a native dialog.
 */
final class FileActions {

    private final Services services;
    private final String owner;
    private final UndoHistory history;
    private final Notice notice;
    private final Runnable refresh;
    private final Runnable afterRestore;
    private final Supplier<ZoneId> zone;
    private final MenuButton menu = new MenuButton("File", new FontIcon(FontAwesome.FOLDER_OPEN_O));

    /**
     * @param refresh      redraws the calendar, the queue and the status bar
     * @param afterRestore applies settings a restored backup may bring (the local API) before the redraw
     * @param zone         the calendar's display zone: local CSV times are read in it
     */
    FileActions(Services services, String owner, UndoHistory history, Notice notice, Runnable refresh,
                Runnable afterRestore, Supplier<ZoneId> zone) {
        this.services = services;
        this.owner = owner;
        this.history = history;
        this.notice = notice;
        this.refresh = refresh;
        this.afterRestore = afterRestore;
        this.zone = zone;
        menu.setId("file-menu");
        menu.getStyleClass().add("file-menu");
        menu.getItems().addAll(
                item("Import CSV…", FontAwesome.FILE_TEXT_O, "import-csv", this::importCsv),
                item("Export calendar (.ics)…", FontAwesome.CALENDAR, "export-ical", this::exportCalendar),
                new SeparatorMenuItem(),
                item("Back up…", FontAwesome.DOWNLOAD, "back-up", this::backUp),
                item("Restore from backup…", FontAwesome.HISTORY, "restore", this::restore));
    }

    MenuButton menu() {
        return menu;
    }

    private static MenuItem item(String text, FontAwesome icon, String id, Runnable action) {
        MenuItem i = new MenuItem(text, new FontIcon(icon));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private Window window() {
        return menu.getScene() == null ? null : menu.getScene().getWindow();
    }

    private static FileChooser chooser(String title, String what, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return c;
    }

    // ---- CSV ----

    private void importCsv() {
        File f = chooser("Import drafts from a CSV file", "CSV files", "*.csv").showOpenDialog(window());
        if (f != null) {
            openCsvPreview(f.toPath());
        }
    }

    /** Reads a CSV file, shows its preview, and imports it if the user says so. */
    void openCsvPreview(Path file) {
        ZoneId z = zone.get();
        DraftSheet csv;
        try {
            csv = CsvDraftImport.read(file, z);
        } catch (IOException e) {
            notice.error("Cannot read " + file.getFileName() + ": " + e.getMessage());
            return;
        }
        CsvImportDialog dialog = new CsvImportDialog(file.getFileName().toString(),
                choice -> services.imports().preview(owner, csv, choice), z);
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(this::importPreview);
    }

    private void importPreview(DraftImportPreview preview) {
        try {
            DraftImportResult result = services.imports().importPreview(owner, preview);
            List<Post> posts = result.posts();
            // Undo deletes what the import added, post by post.
            history.record(UndoHistory.posts("Import CSV",
                    posts.stream().map(p -> new UndoHistory.PostState(p.id(), null)).toList(),
                    posts.stream().map(PlanActions::state).toList()));
            notice.success("Imported " + posts.size() + " posts: " + result.drafts() + " drafts, " + result.scheduled()
                    + " scheduled (Ctrl+Z undoes the import)");
        } catch (ServiceException e) {
            notice.error("Nothing imported: " + e.getMessage());
        } finally {
            refresh.run();
        }
    }

    // ---- iCal ----

    private void exportCalendar() {
        IcalExportDialog dialog = new IcalExportDialog(services.accounts().list(owner));
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(choice -> {
            FileChooser c = chooser("Export calendar", "iCalendar files", "*.ics");
            c.setInitialFileName(choice.accountId() == null ? "slotwise.ics" : "slotwise-" + choice.accountId() + ".ics");
            File f = c.showSaveDialog(window());
            if (f != null) {
                exportCalendarTo(f.toPath(), choice);
            }
        });
    }

    void exportCalendarTo(Path file, IcalExportDialog.Choice choice) {
        try {
            ScheduledPlan plan = services.calendar().scheduledPlan(owner, choice.accountId());
            List<Slot> slots = choice.slots() ? plan.slots() : List.of();
            String name = plan.account() == null ? "Slotwise" : "Slotwise — " + plan.account().name();
            AtomicFile.write(file, o -> IcalExport.write(name, plan.posts(), slots, plan.labels(),
                    services.workspace().now(), o));
            notice.success("Exported " + plan.posts().size() + " scheduled posts" + (choice.slots() ? " and the slots" : "")
                    + " to " + file.getFileName());
        } catch (IOException e) {
            notice.error("Cannot write " + file.getFileName() + ": " + e.getMessage());
        } catch (ServiceException e) {
            notice.error(e.getMessage());
        }
    }

    // ---- backup ----

    private void backUp() {
        FileChooser c = chooser("Back up the whole calendar", "Slotwise backups (JSON)", "*.json");
        c.setInitialFileName("slotwise-backup-" + LocalDate.ofInstant(services.workspace().now(), zone.get()) + ".json");
        File f = c.showSaveDialog(window());
        if (f != null) {
            java.util.Optional<Boolean> withKeys = services.backup().snapshot().holdsKeys() ? askWithKeys()
                    : java.util.Optional.of(false);
            withKeys.ifPresent(keys -> backUpTo(f.toPath(), keys));
        }
    }

    /** Only asked when a forwarder holds a key; off unless ticked, as {@code slotwise export} without --with-keys. */
    private java.util.Optional<Boolean> askWithKeys() {
        javafx.scene.control.CheckBox withKeys = new javafx.scene.control.CheckBox(
                "Include the API keys of Blotato and Ayrshare (then keep the file secret)");
        withKeys.setId("backup-with-keys");
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        a.initOwner(window());
        a.setTitle("Back up");
        a.setHeaderText("Without the keys, a restored calendar asks for them again");
        a.getDialogPane().setContent(withKeys);
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).map(b -> withKeys.isSelected());
    }

    /** The whole store as one JSON file, exactly what {@code slotwise export} writes (without API keys). */
    void backUpTo(Path file) {
        backUpTo(file, false);
    }

    /** The whole store as one JSON file, exactly what {@code slotwise export [--with-keys]} writes. */
    void backUpTo(Path file, boolean withKeys) {
        try {
            StoreContent all = services.backup().snapshot();
            StoreContent content = withKeys ? all : all.withoutKeys();
            AtomicFile.write(file, o -> JsonBackup.write(content, o));
            notice.success("Backed up " + counts(content) + " to " + file.getFileName());
        } catch (IOException e) {
            notice.error("Cannot write " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private void restore() {
        File f = chooser("Restore from a backup", "Slotwise backups (JSON)", "*.json").showOpenDialog(window());
        if (f != null) {
            restoreFrom(f.toPath());
        }
    }

    /**
     * Restores a backup. Like {@code slotwise import}, a calendar that holds anything is refused, unless
     * the user confirms replacing all of it (as {@code --replace} does). Undo cannot reach past a restore.
     */
    void restoreFrom(Path file) {
        StoreContent content;
        try (InputStream in = Files.newInputStream(file)) {
            content = JsonBackup.read(in);
        } catch (BackupFormatException | IOException e) {
            notice.error("Cannot restore " + file.getFileName() + ": " + e.getMessage());
            return;
        }
        try {
            try {
                services.backup().restore(content, false);
            } catch (ServiceException e) {
                if (!BackupService.NOT_EMPTY.equals(e.getMessage()) || !confirmReplace(content)) {
                    notice.info("Nothing restored: " + e.getMessage());
                    return;
                }
                services.backup().restore(content, true);
            }
            history.clear();
            afterRestore.run();
            notice.success("Restored " + counts(content) + " from " + file.getFileName());
        } catch (ServiceException e) {
            notice.error("Nothing restored: " + e.getMessage());
        } finally {
            refresh.run();
        }
    }

    private boolean confirmReplace(StoreContent backup) {
        StoreContent now = services.backup().snapshot();
        ButtonType replace = new ButtonType("Replace with the backup", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        a.initOwner(window());
        a.setTitle("Restore from backup");
        a.setHeaderText("Replace everything in this calendar?");
        a.setContentText("This calendar holds " + counts(now) + ". Restoring replaces all of it with the backup's "
                + counts(backup) + ". This cannot be undone; back up first if unsure.");
        a.getDialogPane().setId("restore-confirm");
        a.getDialogPane().lookupButton(replace).setId("restore-replace");
        return a.showAndWait().filter(b -> b == replace).isPresent();
    }

    private static String counts(StoreContent c) {
        return c.accounts().size() + " accounts, " + c.slots().size() + " slots, " + c.posts().size() + " posts and "
                + c.labels().size() + " labels";
    }
}
