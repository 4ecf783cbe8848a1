package io.slotwise.ui;

import io.slotwise.service.DraftImportPreview;
import io.slotwise.service.DraftImportRow;
import io.slotwise.service.ImportProblem;
import io.slotwise.service.UntimedRows;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The preview of a CSV import: every row with its line, first line of text, account and what importing
 * it does; the choice for rows without a time; the problems by line and column. Import stays disabled
 * while any row (or the file) has a problem. The result is the preview to import, exactly as shown.
 */
final class CsvImportDialog extends Dialog<DraftImportPreview> {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final ZoneId zone;
    private final TableView<DraftImportRow> table = new TableView<>();
    private final ListView<String> problems = new ListView<>();
    private final javafx.scene.control.Label summary = new javafx.scene.control.Label();
    private DraftImportPreview preview;

    /**
     * @param previewer makes the preview for a choice (it reads the store, writes nothing)
     * @param zone      the zone times are shown in (and local CSV times were read in)
     */
    CsvImportDialog(String fileName, Function<UntimedRows, DraftImportPreview> previewer, ZoneId zone) {
        this.zone = zone;
        setTitle("Import CSV");
        setHeaderText("Import " + fileName);
        setResizable(true);
        getDialogPane().setId("csv-import-dialog");
        getDialogPane().getStyleClass().add("csv-import-dialog");
        getDialogPane().getStylesheets().add(CsvImportDialog.class.getResource("slotwise.css").toExternalForm());

        ToggleGroup untimed = new ToggleGroup();
        RadioButton drafts = new RadioButton("Keep rows without a time as drafts");
        drafts.setId("csv-keep-drafts");
        drafts.setUserData(UntimedRows.QUEUE_AS_DRAFTS);
        RadioButton fill = new RadioButton("Fill the next free slots");
        fill.setId("csv-fill-slots");
        fill.setUserData(UntimedRows.FILL_NEXT_FREE_SLOTS);
        drafts.setToggleGroup(untimed);
        fill.setToggleGroup(untimed);
        drafts.setSelected(true);
        untimed.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                show(previewer.apply((UntimedRows) t.getUserData()));
            }
        });

        table.setId("csv-import-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 320);
        TableColumn<DraftImportRow, Integer> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(50);
        line.setMaxWidth(70);
        TableColumn<DraftImportRow, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().firstLine()));
        text.setPrefWidth(260);
        TableColumn<DraftImportRow, String> account = new TableColumn<>("Account");
        account.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().resolved() == null
                ? c.getValue().account() : AccountsDialog.accountNames().toString(c.getValue().resolved())));
        account.setPrefWidth(160);
        TableColumn<DraftImportRow, String> outcome = new TableColumn<>("Outcome");
        outcome.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().outcome().describe(zone)));
        table.getColumns().add(line);
        table.getColumns().add(text);
        table.getColumns().add(account);
        table.getColumns().add(outcome);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DraftImportRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), !empty && row != null
                        && row.refused());
            }
        });
        table.setPlaceholder(new javafx.scene.control.Label("No rows to import"));

        problems.setId("csv-import-problems");
        problems.getStyleClass().add("import-problems");
        problems.setPrefHeight(110);
        summary.setId("csv-import-summary");
        summary.setWrapText(true);
        javafx.scene.control.Label zoneNote = new javafx.scene.control.Label("Times without a zone are read in "
                + zone.getId() + ".");
        zoneNote.getStyleClass().add("queue-hint");

        VBox content = new VBox(8, summary, new HBox(16, drafts, fill), zoneNote, table, problems);
        content.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        getDialogPane().lookupButton(IMPORT).setId("csv-import");
        setResultConverter(b -> b == IMPORT ? preview : null);
        show(previewer.apply(UntimedRows.QUEUE_AS_DRAFTS));
    }

    private void show(DraftImportPreview p) {
        preview = p;
        table.getItems().setAll(p.rows());
        problems.getItems().setAll(p.allProblems().stream().map(ImportProblem::toString).toList());
        problems.setVisible(p.hasErrors());
        problems.setManaged(p.hasErrors());
        summary.setText(p.summary());
        summary.getStyleClass().remove("dialog-error");
        if (p.hasErrors()) {
            summary.getStyleClass().add("dialog-error");
        }
        getDialogPane().lookupButton(IMPORT).setDisable(p.hasErrors());
    }
}
