package io.slotwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A crowded hour on the week (a full seven-lane band, a point slot beside it, posts placed by hand in the same
 * hour): every card is drawn wide enough to read its icon and first words, or sits behind the band's "+K"
 * chip, whose list opens the rest and drags them like cards; a point slot's card leaves its label readable.
 */
@ExtendWith(ApplicationExtension.class)
class CrowdedHourTest {

    /** Wide enough for the platform icon and the first words. */
    private static final double READABLE = 60;
    private static final String ME = Workspace.LOCAL_OWNER;
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Monday 2 March 2026, 06:00 UTC. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    private Services s;
    private MainWindow window;
    private CalendarSlot hour;
    private CalendarSlot point;
    private final List<Post> posts = new ArrayList<>();

    @Start
    void start(Stage stage) {
        s = Services.over(Store.inMemory("crowded-" + System.nanoTime()), clock, new SplittableRandom(1));
        s.settings().save(s.settings().get().withDisplayTimezone(UTC));
        List<Target> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            s.accounts().create(ME, "tw" + i, Platform.TWITTER, "Account " + i, null, List.of());
            seven.add(Target.account(Platform.TWITTER, "tw" + i));
        }
        s.accounts().create(ME, "ig", Platform.INSTAGRAM, "Studio", null, List.of());
        hour = s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(10, 0),
                LocalTime.of(11, 0), UTC, seven, Set.of(), true, null, Set.of()));
        point = s.slots().create(ME, new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.MONDAY), LocalTime.of(10, 30),
                null, UTC, List.of(Target.allAccounts(Platform.INSTAGRAM)), Set.of(), true, null, Set.of()));
        for (int i = 1; i <= 7; i++) {
            Post d = draft("Tweet number " + i + " of a busy Monday", Platform.TWITTER, "tw" + i);
            s.queue().addToQueue(ME, d.id());
            posts.add(s.posts().find(ME, d.id()).orElseThrow());
        }
        Post reel = draft("A reel at half past", Platform.INSTAGRAM, "ig");
        s.queue().addToQueue(ME, reel.id());
        posts.add(s.posts().find(ME, reel.id()).orElseThrow());
        // Two more placed by hand in the same hour: they share it with the bands.
        posts.add(s.posts().moveToTime(ME, draft("By hand at ten past", Platform.TWITTER, "tw1").id(),
                Instant.parse("2026-03-02T10:10:00Z")));
        posts.add(s.posts().moveToTime(ME, draft("By hand at twenty to", Platform.TWITTER, "tw2").id(),
                Instant.parse("2026-03-02T10:40:00Z")));
        window = MainStage.show(stage, s, clock);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Post draft(String text, Platform p, String account) {
        return s.posts().createDraft(ME, new DraftInput(p, account, null, PostContent.text(text), null, Set.of()));
    }

    /** The grid scrolls to working hours 0.4 s after it is shown: after that, cards stay where they are. */
    private static void settle() {
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PostCards cardsOf(FxRobot robot, Post post) {
        return robot.lookup(n -> n instanceof PostCards c && c.isVisible()
                && c.posts().stream().anyMatch(p -> p.id().equals(post.id()))).query();
    }

    @Test
    void everyCardInACrowdedHourIsReadableOrBehindTheMoreChip(FxRobot robot) {
        settle();
        assertThat(posts).hasSize(10);
        for (Post p : posts) {
            PostCards cards = cardsOf(robot, p);
            var box = cards.cardBounds(p.id());
            if (box.isPresent()) {
                assertThat(box.get().getWidth()).as("width of the card of %s", p.content().text())
                        .isGreaterThanOrEqualTo(READABLE);
                assertThat(box.get().getHeight()).isGreaterThanOrEqualTo(CardGrid.MIN_CARD - 1);
            } else {
                assertThat(cards.hiddenPosts()).as("%s is behind the chip", p.content().text()).contains(p);
                assertThat(cards.moreBounds()).isPresent();
            }
        }
        // The posts placed by hand are drawn in the hour's band, not beside it.
        assertThat(cardsOf(robot, posts.get(8)).getParent()).isInstanceOfSatisfying(BandView.class,
                b -> assertThat(b.band().occurrence().slot().id()).isEqualTo(hour.slot().id()));
        // The point slot's card is below its label, not over it.
        PostCards reel = cardsOf(robot, posts.get(7));
        assertThat(reel.getParent()).isInstanceOfSatisfying(BandView.class,
                b -> assertThat(b.band().occurrence().slot().id()).isEqualTo(point.slot().id()));
        assertThat(reel.cardBounds(posts.get(7).id()).orElseThrow().getMinY())
                .isGreaterThanOrEqualTo(Math.floor(CardPainter.titleHeight()));
    }

    @Test
    void theMoreChipListsTheOtherCardsWhichDragLikeCards(FxRobot robot) {
        settle();
        PostCards band = cardsOf(robot, posts.get(0));
        Bounds chip = band.moreBounds().orElseThrow();
        List<Post> hidden = List.copyOf(band.hiddenPosts());
        assertThat(hidden).isNotEmpty();
        robot.clickOn(robot.point(band).atPosition(Pos.TOP_LEFT)
                .atOffset(new Point2D(chip.getCenterX(), chip.getCenterY())));
        MoreCards list = robot.lookup("#more-cards").queryAs(MoreCards.class);
        assertThat(list.getChildren()).hasSize(hidden.size());
        assertThat(list.getChildren()).allSatisfy(n -> assertThat(((Node) n).getBoundsInParent().getWidth())
                .isGreaterThanOrEqualTo(READABLE));
        // No slot dialog: the click was the chip's.
        assertThat(robot.lookup("#slot-delete").tryQuery()).isEmpty();

        Post last = hidden.get(hidden.size() - 1);
        Node line = robot.lookup(n -> n instanceof MoreCards.Item i && i.post().id().equals(last.id())).query();
        robot.drag(line).dropTo("#draft-list");
        assertThat(s.posts().find(ME, last.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(robot.lookup("#more-cards").tryQuery()).isEmpty();
    }
}
