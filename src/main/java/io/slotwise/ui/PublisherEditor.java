package io.slotwise.ui;

import io.slotwise.service.ForwarderSettings;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.PublisherKind;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * Who publishes an account's due posts, as a form: manual, a webhook URL, or a forwarder to Blotato or Ayrshare
 * with its fields (only the chosen kind's are shown). The API key is a password field that never shows the stored
 * key: it says "••••abcd — leave empty to keep it", and a forwarder restored without its key says it needs it.
 */
final class PublisherEditor extends GridPane {

    private final ComboBox<PublisherKind> kind = new ComboBox<>();
    private final TextField webhookUrl = new TextField();
    private final PasswordField apiKey = new PasswordField();
    private final TextField accountId = new TextField();
    private final TextField pageId = new TextField();
    private final TextField profileKey = new TextField();
    private final TextField baseUrl = new TextField();
    private final Label state = new Label();
    private final Button save = new Button("Save publishing");
    private Publisher shown = Publisher.MANUAL;

    PublisherEditor(Consumer<PublisherForm> onSave) {
        kind.setId("publisher-kind");
        kind.getItems().setAll(PublisherKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PublisherKind k) {
                if (k == null) {
                    return "";
                }
                return switch (k) {
                    case MANUAL -> "Manual: I post it, Slotwise reminds me";
                    case WEBHOOK -> "Webhook: Slotwise POSTs it to a URL";
                    case BLOTATO -> "Blotato: Slotwise hands it to my Blotato";
                    case AYRSHARE -> "Ayrshare: Slotwise hands it to my Ayrshare";
                };
            }

            @Override
            public PublisherKind fromString(String s) {
                return null;
            }
        });
        webhookUrl.setId("webhook-url");
        webhookUrl.setPromptText("https://hooks.example.com/slotwise");
        apiKey.setId("forwarder-api-key");
        accountId.setId("forwarder-account-id");
        accountId.setPromptText("Blotato's account id, e.g. 98432");
        pageId.setId("forwarder-page-id");
        pageId.setPromptText("Facebook or LinkedIn page id (optional)");
        profileKey.setId("forwarder-profile-key");
        profileKey.setPromptText("User profile key (optional)");
        baseUrl.setId("forwarder-base-url");
        state.setId("publisher-state");
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.setMaxWidth(Double.MAX_VALUE);
        // Only there when it says something: no empty line under a manual or webhook publisher.
        state.managedProperty().bind(state.textProperty().isNotEmpty());
        state.visibleProperty().bind(state.textProperty().isNotEmpty());
        save.setId("save-publisher");
        save.setOnAction(e -> {
            if (kind.getValue() != null) {
                onSave.accept(form());
            }
        });
        kind.valueProperty().addListener((o, old, k) -> kindChosen(old, k));

        setHgap(6);
        setVgap(6);
        setPadding(new Insets(0, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields, new ColumnConstraints());
        add(kind, 0, 0, 2, 1);
        add(save, 2, 0);
        row(1, "Webhook URL", webhookUrl, PublisherKind.WEBHOOK, null);
        row(2, "API key", apiKey, PublisherKind.BLOTATO, PublisherKind.AYRSHARE);
        row(3, "Account id", accountId, PublisherKind.BLOTATO, null);
        row(4, "Page id", pageId, PublisherKind.BLOTATO, null);
        row(5, "Profile key", profileKey, PublisherKind.AYRSHARE, null);
        row(6, "API base URL", baseUrl, PublisherKind.BLOTATO, PublisherKind.AYRSHARE);
        add(state, 0, 7, 3, 1);
        show(Publisher.MANUAL);
    }

    /** The save button is off while {@code off} holds (no account selected). */
    void disableSaveWhen(ObservableBooleanValue off) {
        save.disableProperty().bind(off);
    }

    /** A field and its label, shown only for the kinds given. */
    private void row(int row, String label, Node field, PublisherKind kindA, PublisherKind kindB) {
        Label l = new Label(label);
        l.setLabelFor(field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        add(l, 0, row);
        add(field, 1, row, 2, 1);
        var visible = kind.valueProperty().isEqualTo(kindA);
        var shownFor = kindB == null ? visible : visible.or(kind.valueProperty().isEqualTo(kindB));
        for (Node n : new Node[] {l, field}) {
            n.visibleProperty().bind(shownFor);
            n.managedProperty().bind(shownFor);
        }
    }

    /** Another vendor's default base URL (or none) gives way to the chosen vendor's. */
    private void kindChosen(PublisherKind old, PublisherKind k) {
        String base = baseUrl.getText() == null ? "" : baseUrl.getText().strip();
        boolean aDefault = base.isEmpty() || (old != null && base.equals(old.defaultBaseUrl()));
        if (k != null && k.isForwarder() && aDefault) {
            baseUrl.setText(k.defaultBaseUrl());
        }
        keyPrompt(k);
    }

    private void keyPrompt(PublisherKind k) {
        boolean sameVendor = shown.isForwarder() && shown.kind() == k;
        String vendor = k == null ? "" : k.displayName();
        if (sameVendor && shown.forwarder().hasKey()) {
            apiKey.setPromptText(shown.forwarder().maskedKey() + " — leave empty to keep it");
        } else {
            apiKey.setPromptText(sameVendor ? "Needed again: paste your " + vendor + " API key"
                    : "Your " + vendor + " API key");
        }
    }

    /** Shows an account's publisher; the key field stays empty (the key is never shown). */
    void show(Publisher p) {
        shown = p;
        ForwarderSettings f = p.forwarder();
        webhookUrl.setText(p.isWebhook() ? p.webhookUrl().toString() : "");
        apiKey.clear();
        accountId.setText(f == null || f.accountId() == null ? "" : f.accountId());
        pageId.setText(f == null || f.pageId() == null ? "" : f.pageId());
        profileKey.setText(f == null || f.profileKey() == null ? "" : f.profileKey());
        baseUrl.setText(f == null ? "" : f.baseUrl().toString());
        kind.setValue(null);
        kind.setValue(p.kind());
        state.getStyleClass().remove("publisher-needs-key");
        if (p.needsKey()) {
            state.getStyleClass().add("publisher-needs-key");
            state.setText(p.kind().displayName() + " needs its API key (a backup restored without keys): its due "
                    + "posts fail until you enter it and save.");
        } else {
            state.setText(p.isForwarder() ? "Now: " + p.describe() : "");
        }
    }

    /** What the user typed, put back after a refused save so it can be corrected. */
    void fill(PublisherForm form) {
        kind.setValue(form.kind());
        webhookUrl.setText(nullToEmpty(form.webhookUrl()));
        apiKey.setText(nullToEmpty(form.apiKey()));
        accountId.setText(nullToEmpty(form.accountId()));
        pageId.setText(nullToEmpty(form.pageId()));
        profileKey.setText(nullToEmpty(form.profileKey()));
        baseUrl.setText(nullToEmpty(form.baseUrl()));
    }

    PublisherForm form() {
        return new PublisherForm(kind.getValue(), webhookUrl.getText(), apiKey.getText(), accountId.getText(),
                pageId.getText(), profileKey.getText(), baseUrl.getText());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
