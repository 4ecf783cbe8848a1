package io.slotwise.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.DraftInput;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Services;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app as Main starts it ({@link SlotwiseApp#start}, its own store on disk, the system clock):
 * a post that fell due while Slotwise was closed is caught up once the window is up, and the window says so.
 * (The hand-offs start after the first frame, so their start-up work does not hold the first paint back.)
 */
class AppStartCatchUpTest {

    private static final String ME = Workspace.LOCAL_OWNER;

    @TempDir
    Path dataDir;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aPostThatFellDueWhileClosedIsCaughtUpAfterTheWindowOpens() throws Exception {
        // Scheduled an hour ago for ten minutes ago, then Slotwise was closed.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Post post;
        try (Services before = Services.over(Store.open(dataDir), Clock.fixed(now.minus(Duration.ofHours(1)),
                ZoneOffset.UTC), new SplittableRandom(7))) {
            before.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
            post = before.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null,
                    PostContent.text("Missed while closed"), "{\"targetType\":\"twitter\"}", Set.of()),
                    now.minus(Duration.ofMinutes(10)), false));
        }

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SlotwiseApp.class, "--data-dir", dataDir.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#message").tryQuery()
                .map(n -> ((Labeled) n).getText()).orElse("").contains("fell due while Slotwise was closed"));

        assertThat(robot.lookup("#message").queryAs(Labeled.class).getText())
                .isEqualTo("1 post fell due while Slotwise was closed: 1 waiting for you.");
        assertThat(robot.lookup("#due-banner").queryAs(Labeled.class).getText()).isEqualTo("1 post is due");
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services after = Services.open(dataDir)) {
            assertThat(after.posts().find(ME, post.id()).orElseThrow().status()).isEqualTo(PostStatus.DUE);
        }
    }
}
