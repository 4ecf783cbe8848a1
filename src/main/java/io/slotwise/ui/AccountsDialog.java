package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Platform;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Accounts and labels: add, rename, delete (refused with the reason while something uses them), and who
 * publishes each account's posts when their time comes: the user (manual), a webhook, or Blotato or Ayrshare.
 */
final class AccountsDialog extends Dialog<Void> {

    private final Services services;
    private final String owner;
    private final ListView<Account> accounts = new ListView<>();
    private final ListView<Label> labels = new ListView<>();
    private final javafx.scene.control.Label error = new javafx.scene.control.Label();
    private final PublisherEditor publisher = new PublisherEditor(this::savePublisher);
    private java.util.Map<String, Publisher> publishers = java.util.Map.of();

    AccountsDialog(Services services, String owner) {
        this.services = services;
        this.owner = owner;
        setTitle("Accounts & labels");
        setHeaderText("The profiles you post to, and the labels that tie posts to slots");

        accounts.setId("accounts-list");
        accounts.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : accountNames().toString(a) + (a.addedByApi() ? "  (added by API)" : "")
                        + "  · " + publishers.getOrDefault(a.id(), Publisher.MANUAL).describe());
                setGraphic(empty || a == null ? null : PlatformStyle.icon(a.platform()));
            }
        });
        accounts.setPrefHeight(200);
        TextField id = new TextField();
        id.setId("new-account-id");
        id.setPromptText("Account ID (as your scheduler knows it)");
        TextField name = new TextField();
        name.setId("new-account-name");
        name.setPromptText("Name");
        ComboBox<Platform> platform = new ComboBox<>();
        platform.setId("new-account-platform");
        platform.getItems().setAll(Platform.values());
        platform.setValue(Platform.TWITTER);
        platform.setConverter(new StringConverter<>() {
            @Override
            public String toString(Platform p) {
                return p == null ? "" : PlatformStyle.displayName(p);
            }

            @Override
            public Platform fromString(String s) {
                return null;
            }
        });
        Button add = new Button("Add account");
        add.setId("add-account");
        add.setOnAction(e -> act(() -> {
            services.accounts().create(owner, id.getText(), platform.getValue(), name.getText(), null, List.of());
            id.clear();
            name.clear();
        }));
        Button rename = new Button("Rename…");
        rename.setOnAction(e -> {
            Account a = accounts.getSelectionModel().getSelectedItem();
            if (a != null) {
                ask("Rename account", a.name()).ifPresent(n -> act(() ->
                        services.accounts().update(owner, a.id(), n, a.username(), a.subaccounts())));
            }
        });
        Button delete = new Button("Delete");
        delete.setOnAction(e -> {
            Account a = accounts.getSelectionModel().getSelectedItem();
            if (a != null) {
                act(() -> services.accounts().delete(owner, a.id()));
            }
        });

        publisher.disableSaveWhen(accounts.getSelectionModel().selectedItemProperty().isNull());
        accounts.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> showPublisher(a));
        showPublisher(null);

        labels.setId("labels-list");
        labels.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Label l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.name());
            }
        });
        labels.setPrefHeight(120);
        TextField labelName = new TextField();
        labelName.setId("new-label-name");
        labelName.setPromptText("Label name");
        Button addLabel = new Button("Add label");
        addLabel.setId("add-label");
        addLabel.setOnAction(e -> act(() -> {
            services.labels().create(owner, labelName.getText());
            labelName.clear();
        }));
        Button renameLabel = new Button("Rename…");
        renameLabel.setOnAction(e -> {
            Label l = labels.getSelectionModel().getSelectedItem();
            if (l != null) {
                ask("Rename label", l.name()).ifPresent(n -> act(() -> services.labels().rename(owner, l.id(), n)));
            }
        });
        Button deleteLabel = new Button("Delete");
        deleteLabel.setOnAction(e -> {
            Label l = labels.getSelectionModel().getSelectedItem();
            if (l != null) {
                act(() -> services.labels().delete(owner, l.id()));
            }
        });

        error.getStyleClass().add("dialog-error");
        error.setWrapText(true);
        VBox box = new VBox(8,
                new javafx.scene.control.Label("Accounts"), accounts,
                new HBox(6, platform, id, name, add), new HBox(6, rename, delete),
                new javafx.scene.control.Label("When a selected account's post is due"),
                publisher,
                new javafx.scene.control.Label("Labels"), labels,
                new HBox(6, labelName, addLabel, renameLabel, deleteLabel), error);
        box.setPadding(new Insets(10));
        box.setPrefWidth(760);
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(780);
        getDialogPane().getStylesheets().add(AccountsDialog.class.getResource("slotwise.css").toExternalForm());
        setResizable(true);
        // The publisher's fields come and go with its kind: the window follows, rather than squeezing the lists.
        publisher.heightProperty().addListener((o, old, h) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null
                    && old.doubleValue() > 0) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        reload();
    }

    private void act(Runnable r) {
        try {
            r.run();
            error.setText("");
        } catch (ServiceException e) {
            error.setText(e.getMessage());
        }
        reload();
    }

    private void showPublisher(Account a) {
        publisher.show(a == null ? Publisher.MANUAL : publishers.getOrDefault(a.id(), Publisher.MANUAL));
    }

    private void savePublisher(PublisherForm form) {
        Account a = accounts.getSelectionModel().getSelectedItem();
        if (a == null) {
            return;
        }
        act(() -> services.accounts().setPublisher(owner, a.id(), form));
        if (!error.getText().isEmpty()) {
            // Refused: keep what the user typed, to correct it.
            publisher.fill(form);
        }
    }

    private void reload() {
        publishers = services.accounts().publishers(owner);
        String selected = accounts.getSelectionModel().getSelectedItem() == null ? null
                : accounts.getSelectionModel().getSelectedItem().id();
        accounts.getItems().setAll(services.accounts().list(owner));
        accounts.getItems().stream().filter(a -> a.id().equals(selected)).findFirst()
                .ifPresent(a -> accounts.getSelectionModel().select(a));
        labels.getItems().setAll(services.labels().list(owner));
    }

    private static java.util.Optional<String> ask(String title, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.setTitle(title);
        d.setHeaderText(title);
        return d.showAndWait();
    }

    static StringConverter<Account> accountNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Account a) {
                if (a == null) {
                    return "";
                }
                String who = a.name().equals(a.id()) ? "@" + a.id() : a.name() + " (@" + a.id() + ")";
                return PlatformStyle.displayName(a.platform()) + " — " + who;
            }

            @Override
            public Account fromString(String s) {
                return null;
            }
        };
    }
}
