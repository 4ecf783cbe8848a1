package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Writing or editing a post: text, further thread posts (separated by a line with three dashes),
 * media URLs (one per line), account and labels.
 */
final class ComposeDialog extends Dialog<DraftInput> {

    static final String THREAD_BREAK = "\n---\n";

    ComposeDialog(Post existing, List<Account> accounts, List<Label> labels) {
        setTitle(existing == null ? "Compose" : "Edit post");
        setHeaderText(existing == null ? "A new draft for the queue" : "Edit this post");
        getDialogPane().getStyleClass().add("compose-dialog");

        TextArea text = new TextArea();
        text.setId("compose-text");
        text.setPromptText("What do you want to say? Put a line with --- between the posts of a thread.");
        text.setWrapText(true);
        text.setPrefRowCount(7);
        TextArea media = new TextArea();
        media.setId("compose-media");
        media.setPromptText("Media URLs, one per line");
        media.setPrefRowCount(2);
        ComboBox<Account> account = new ComboBox<>();
        account.setId("compose-account");
        account.getItems().setAll(accounts);
        account.setConverter(AccountsDialog.accountNames());
        account.setPromptText("Choose an account");
        account.setMaxWidth(Double.MAX_VALUE);
        FlowPane labelBoxes = new FlowPane(8, 6);
        List<CheckBox> checks = new ArrayList<>();
        for (Label l : labels) {
            CheckBox c = new CheckBox(l.name());
            c.setMnemonicParsing(false);
            c.setUserData(l.id());
            checks.add(c);
            labelBoxes.getChildren().add(c);
        }
        if (existing != null) {
            StringBuilder all = new StringBuilder(existing.content().text());
            for (ThreadPost t : existing.content().additionalPosts()) {
                all.append(THREAD_BREAK).append(t.text());
            }
            text.setText(all.toString());
            media.setText(String.join("\n", existing.content().mediaUrls()));
            accounts.stream().filter(a -> a.id().equals(existing.accountId())).findFirst().ifPresent(account::setValue);
            checks.forEach(c -> c.setSelected(existing.labelIds().contains((String) c.getUserData())));
        } else if (accounts.size() == 1) {
            account.setValue(accounts.get(0));
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, fieldLabel("Text"), text);
        grid.addRow(1, fieldLabel("Media"), media);
        grid.addRow(2, fieldLabel("Account"), account);
        grid.addRow(3, fieldLabel("Labels"), labels.isEmpty()
                ? new javafx.scene.control.Label("No labels yet (Accounts & labels)") : labelBoxes);
        GridPane.setHgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("compose-ok");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            String[] parts = text.getText().split("\\R---\\R");
            List<ThreadPost> thread = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                thread.add(new ThreadPost(parts[i].strip(), List.of()));
            }
            List<String> urls = Arrays.stream(media.getText().split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            Set<String> chosen = new HashSet<>();
            checks.stream().filter(CheckBox::isSelected).forEach(c -> chosen.add((String) c.getUserData()));
            Account a = account.getValue();
            return new DraftInput(a == null ? null : a.platform(), a == null ? null : a.id(), null,
                    new PostContent(parts[0].strip(), urls, thread),
                    existing == null ? null : existing.targetJson(), chosen);
        });
    }

    /** A field's name, shown whole: the fields beside it take the room the dialog is short of (it was "…"). */
    private static javafx.scene.control.Label fieldLabel(String name) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(name);
        l.getStyleClass().add("field-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
