package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Account;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar names the soonest next free slots; with many accounts the rest are behind "+N more". */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar(new Notice());
        stage.setScene(new Scene(bar, 1280, 40));
        stage.show();
    }

    private static Map.Entry<Account, Placement> next(String account, Platform platform, String at) {
        Instant t = Instant.parse(at);
        return Map.entry(new Account(account, "local", platform, account, null, false, List.of()),
                new Placement("slot-" + account, new Occurrence("slot-" + account, LocalDate.ofInstant(t, UTC), t,
                        t.plusSeconds(3600)), t));
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup(".next-free-item").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void fewAccountsAreAllNamedSoonestFirst(FxRobot robot) throws Exception {
        Map<Account, Placement> next = new LinkedHashMap<>();
        for (Map.Entry<Account, Placement> e : List.of(next("li", Platform.LINKEDIN, "2026-03-04T09:00:00Z"),
                next("tw", Platform.TWITTER, "2026-03-02T09:00:00Z"), next("ig", Platform.INSTAGRAM, "2026-03-03T12:30:00Z"))) {
            next.put(e.getKey(), e.getValue());
        }
        WaitForAsyncUtils.asyncFx(() -> bar.setNextFree(next, UTC)).get();
        assertThat(shown(robot)).containsExactly("@tw Mon 2 Mar 09:00", "@ig Tue 3 Mar 12:30", "@li Wed 4 Mar 09:00");
        assertThat(robot.lookup("#next-free-more").tryQuery()).isEmpty();
    }

    @Test
    void manyAccountsShowTheSoonestAndTheRestOnHover(FxRobot robot) throws Exception {
        Map<Account, Placement> next = new LinkedHashMap<>();
        for (int i = 9; i >= 0; i--) { // latest first: the bar sorts them
            Map.Entry<Account, Placement> e = next("acc" + i, Platform.TWITTER, "2026-03-0" + (i < 5 ? 2 : 3) + "T1" + (i % 5) + ":00:00Z");
            next.put(e.getKey(), e.getValue());
        }
        WaitForAsyncUtils.asyncFx(() -> bar.setNextFree(next, UTC)).get();
        assertThat(shown(robot)).containsExactly("@acc0 Mon 2 Mar 10:00", "@acc1 Mon 2 Mar 11:00", "@acc2 Mon 2 Mar 12:00",
                "@acc3 Mon 2 Mar 13:00", "+6 more");
        Label more = robot.lookup("#next-free-more").queryAs(Label.class);
        assertThat(more.getTooltip()).isNull(); // made on first hover
        robot.moveTo(more);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(more.getTooltip().getText()).isEqualTo(String.join("\n", "@acc4 Mon 2 Mar 14:00", "@acc5 Tue 3 Mar 10:00",
                "@acc6 Tue 3 Mar 11:00", "@acc7 Tue 3 Mar 12:00", "@acc8 Tue 3 Mar 13:00", "@acc9 Tue 3 Mar 14:00"));
    }
}
