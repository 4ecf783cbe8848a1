package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.publishing.ForwardAnswer;
import io.slotwise.publishing.Forwarder;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.Services;
import io.slotwise.service.TestClock;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The publishing hand-off in the window (headless Monocle), checked against the store: a manual post
 * whose time comes shows in "Due & failed" with a banner and a count in the status bar, and "Mark
 * published" publishes it; the accounts dialog sets a webhook and refuses a URL that is not http(s).
 */
@ExtendWith(ApplicationExtension.class)
class DuePostsTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;
    private MainWindow window;
    private TestExecutor executor;
    private HandOffScheduler scheduler;
    /** What "Blotato" answers, set by a test; none is reached unless a test sets an account to forward. */
    private volatile Forwarder vendor = call -> {
        throw new AssertionError("no forwarder is configured");
    };

    @Start
    void start(Stage stage) {
        s = Services.over(Store.inMemory("due-" + System.nanoTime()), clock, new SplittableRandom(1));
        s.settings().save(s.settings().get().withDisplayTimezone(ZoneId.of("UTC")));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        window = MainStage.show(stage, s, clock);
        // Wired as the desktop's SlotwiseApp wires it, on a test clock; a manual account never reaches a webhook.
        executor = new TestExecutor(clock);
        scheduler = new HandOffScheduler(s, executor, call -> {
            throw new AssertionError("no webhook is configured");
        }, call -> vendor.send(call), RetrySchedule.STANDARD);
        scheduler.onRound(r -> javafx.application.Platform.runLater(() -> window.handOffsHappened(r)));
        scheduler.start();
        executor.runDue();
    }

    @AfterEach
    void close() {
        scheduler.close();
        s.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** In the window and not inside anything hidden: what the user can see and click. */
    private boolean onScreen(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        if (n == null || n.getScene() != window.getScene()) {
            return false;
        }
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aDueManualPostShowsInTheDueListAndMarkPublishedUpdatesTheStore(FxRobot robot) {
        Post p = s.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Post me by hand"), "{\"targetType\":\"twitter\"}", Set.of()), NINE, false));
        executor.runDue();
        WaitForAsyncUtils.asyncFx(() -> window.refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#due-panel")).isFalse();
        assertThat(shown(robot, "#due-count")).isFalse();

        executor.advanceTo(NINE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.posts().find(ME, p.id()).orElseThrow().status()).isEqualTo(PostStatus.DUE);
        assertThat(shown(robot, "#due-panel")).isTrue();
        assertThat(text(robot, "#due-banner")).isEqualTo("1 post is due");
        assertThat(text(robot, "#due-count")).isEqualTo("1 due");
        assertThat(text(robot, "#message")).isEqualTo("1 post is due: publish it, then mark it published");
        assertThat(drawnMark(robot, p.id())).as("the card's due mark").isEqualTo(PlatformStyle.handOffGlyph(PostStatus.DUE));

        // With the queue hidden the list goes with it; the status bar's count brings it back.
        WaitForAsyncUtils.asyncFx(() -> window.setQueueShown(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#mark-published-" + p.id())).isFalse();
        robot.clickOn("#due-count");
        assertThat(window.isQueueShown()).isTrue();
        assertThat(onScreen(robot, "#mark-published-" + p.id())).isTrue();

        robot.clickOn("#mark-published-" + p.id());
        assertThat(s.posts().find(ME, p.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(Publishing.over(s).handOff(ME, p.id()).orElseThrow().publishedAt()).isEqualTo(NINE);
        assertThat(shown(robot, "#due-panel")).isFalse();
        assertThat(shown(robot, "#due-count")).isFalse();
        assertThat(text(robot, "#message")).isEqualTo("Marked published");
        assertThat(drawnMark(robot, p.id())).as("the card's published mark")
                .isEqualTo(PlatformStyle.handOffGlyph(PostStatus.PUBLISHED));
    }

    @Test
    void theAccountsDialogSetsAWebhookAndRefusesAUrlThatIsNotHttp(FxRobot robot) {
        openAccountsAt(robot, "@tw");
        robot.clickOn("#publisher-kind").clickOn("Webhook: Slotwise POSTs it to a URL");
        javafx.scene.control.TextField url = robot.lookup("#webhook-url").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> url.setText("ftp://hooks.example.com/x"));
        robot.clickOn("#save-publisher");
        assertThat(text(robot, ".dialog-error")).isEqualTo("webhookUrl must start with http:// or https://");
        assertThat(s.accounts().publisher(ME, "tw")).isEqualTo(Publisher.MANUAL);
        // What was typed stays, to be corrected.
        assertThat(url.getText()).isEqualTo("ftp://hooks.example.com/x");

        robot.interact(() -> url.setText("https://hooks.example.com/slotwise"));
        robot.clickOn("#save-publisher");
        assertThat(text(robot, ".dialog-error")).isEmpty();
        Publisher saved = s.accounts().publisher(ME, "tw");
        assertThat(saved.kind()).isEqualTo(PublisherKind.WEBHOOK);
        assertThat(saved.webhookUrl()).hasToString("https://hooks.example.com/slotwise");
        robot.clickOn("Close");
    }

    @Test
    void theAccountsDialogSetsUpBlotatoNamingAMissingFieldAndNeverShowsTheKey(FxRobot robot) {
        openAccountsAt(robot, "@tw");
        robot.clickOn("#publisher-kind").clickOn("Blotato: Slotwise hands it to my Blotato");
        javafx.scene.control.TextField base = robot.lookup("#forwarder-base-url").queryAs(javafx.scene.control.TextField.class);
        assertThat(base.getText()).as("the vendor's own API, prefilled").isEqualTo("https://backend.blotato.com/v2");
        assertThat(shown(robot, "#webhook-url")).isFalse();
        assertThat(shown(robot, "#forwarder-profile-key")).isFalse();
        javafx.scene.control.PasswordField key = robot.lookup("#forwarder-api-key")
                .queryAs(javafx.scene.control.PasswordField.class);
        javafx.scene.control.TextField account = robot.lookup("#forwarder-account-id")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> key.setText("blt_live_0123456789abcd"));
        robot.clickOn("#save-publisher");
        assertThat(text(robot, ".dialog-error")).startsWith("accountId is required for Blotato");
        assertThat(s.accounts().publisher(ME, "tw")).isEqualTo(Publisher.MANUAL);
        assertThat(key.getText()).as("kept to correct the rest").isEqualTo("blt_live_0123456789abcd");

        robot.interact(() -> account.setText("98432"));
        robot.clickOn("#save-publisher");
        assertThat(text(robot, ".dialog-error")).isEmpty();
        Publisher saved = s.accounts().publisher(ME, "tw");
        assertThat(saved.kind()).isEqualTo(PublisherKind.BLOTATO);
        assertThat(saved.forwarder().apiKey()).isEqualTo("blt_live_0123456789abcd");
        assertThat(key.getText()).as("the key is never shown again").isEmpty();
        assertThat(key.getPromptText()).isEqualTo("••••abcd — leave empty to keep it");
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().contains("Blotato → 98432 (key ••••abcd)")).tryQuery()).isPresent();
        robot.clickOn("Close");
    }

    @Test
    void aFailedForwardShowsBlotatosMessageAndRetryAndAPublishedOneItsPublicUrl(FxRobot robot) {
        s.accounts().setPublisher(ME, "tw", PublisherForm.blotato("blt_live_0123456789abcd", "98432", null, null));
        vendor = call -> new ForwardAnswer(ForwardAnswer.Outcome.FAILED, null, null, "HTTP 401 — Invalid API key");
        Post p = s.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                PostContent.text("Forward me"), "{\"targetType\":\"twitter\"}", Set.of()), NINE, false));
        executor.runDue();
        executor.advanceTo(NINE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.posts().find(ME, p.id()).orElseThrow().status()).isEqualTo(PostStatus.FAILED);
        assertThat(text(robot, "#due-banner")).isEqualTo("1 hand-off failed");
        assertThat(robot.lookup(".due-meta").queryAs(Labeled.class).getText())
                .isEqualTo("@tw · Blotato failed after 1 attempt: HTTP 401 — Invalid API key");

        vendor = call -> ForwardAnswer.published("sub_42", "https://x.com/jane/status/42");
        robot.clickOn("#retry-" + p.id());
        executor.runDue();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> window.refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.posts().find(ME, p.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(shown(robot, "#due-panel")).isFalse();
        PostCards cards = robot.lookup(n -> n instanceof PostCards c && c.posts().stream()
                .anyMatch(x -> x.id().equals(p.id()))).query();
        assertThat(cards.tooltipOf(p.id())).endsWith("Published by Blotato\nhttps://x.com/jane/status/42");
    }

    /** Opens Accounts & labels and selects the account whose line shows {@code who}. */
    private static void openAccountsAt(FxRobot robot, String who) {
        robot.clickOn("#accounts");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                && c.getText() != null && c.getText().contains(who)).queryAs(Node.class));
    }

    /** The hand-off mark the calendar draws on a post's card (cards are drawn, not nodes). */
    private static String drawnMark(FxRobot robot, String postId) {
        PostCards cards = robot.lookup(n -> n instanceof PostCards c && c.posts().stream()
                .anyMatch(x -> x.id().equals(postId))).query();
        return cards.handOffMarkOf(postId);
    }
}
