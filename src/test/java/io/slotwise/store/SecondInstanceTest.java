package io.slotwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Account;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8: a second instance on the same data directory gets a clear message and never damages the
 * file. The first instance is a child JVM ({@link CrashChild} in {@code hold} mode).
 */
class SecondInstanceTest {

    private static final Instant T0 = CrashChild.NOW;
    private static final int POSTS = 50;

    @TempDir
    Path dir;

    @BeforeEach
    void someData() {
        try (Store store = Store.open(dir)) {
            store.inTransaction(tx -> {
                tx.accounts().insert(new Account("li_1", CrashChild.OWNER, Platform.LINKEDIN, "LinkedIn", "me", false,
                        List.of()), T0);
                for (int i = 0; i < POSTS; i++) {
                    tx.posts().insert(new Post("post_" + i, CrashChild.OWNER, PostStatus.DRAFT, Platform.LINKEDIN,
                            "li_1", null, PostContent.text("draft " + i), null, Set.of(), null, null, null, T0, T0));
                }
                tx.settings().put("before", "parent");
                return null;
            });
        }
    }

    private void assertIntact(Store store, boolean childWrote) {
        List<Post> posts = store.read(tx -> tx.posts().all());
        assertThat(posts).hasSize(POSTS).allSatisfy(p -> assertThat(p.status()).isEqualTo(PostStatus.DRAFT));
        Optional<Post> seventh = store.read(tx -> tx.posts().find("post_7"));
        assertThat(seventh).hasValueSatisfying(p -> assertThat(p.content()).isEqualTo(PostContent.text("draft 7")));
        Optional<String> before = store.read(tx -> tx.settings().get("before"));
        assertThat(before).contains("parent");
        Optional<String> child = store.read(tx -> tx.settings().get("child"));
        assertThat(child).isEqualTo(childWrote ? Optional.of("written by the child") : Optional.empty());
        List<Account> accounts = store.read(tx -> tx.accounts().all());
        assertThat(accounts).extracting(Account::id).containsExactly("li_1");
        // and it takes a write
        store.inTransaction(tx -> {
            tx.settings().put("after", "parent");
            return null;
        });
    }

    @Test
    void aSecondOpenIsRefusedClearlyAndTheFileSurvivesTheFirstInstanceBeingKilled() throws Exception {
        try (ChildJvm child = ChildJvm.start("hold", dir.toString())) {
            child.awaitLine("OPEN", Duration.ofSeconds(60));

            long t0 = System.nanoTime();
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("Another Slotwise instance has the data directory")
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("open");
            System.out.printf("SecondInstanceTest: refused in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000,
                    catchMessage(dir));

            // The refused attempt did not disturb the first instance: it still writes.
            child.send("WRITE child");
            child.awaitLine("WROTE child", Duration.ofSeconds(30));

            assertThat(child.kill()).isEqualTo(137);
        }
        try (Store store = Store.open(dir)) {
            assertIntact(store, true);
        }
    }

    @Test
    void afterTheFirstInstanceExitsNormallyTheStoreOpens() throws Exception {
        try (ChildJvm child = ChildJvm.start("hold", dir.toString())) {
            child.awaitLine("OPEN", Duration.ofSeconds(60));
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreLockedException.class);
            child.send("EXIT");
            child.awaitLine("CLOSED", Duration.ofSeconds(30));
            assertThat(child.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(child.output()).noneMatch(l -> l.contains("Exception"));
        }
        try (Store store = Store.open(dir)) {
            assertIntact(store, false);
        }
    }

    private static String catchMessage(Path dir) {
        try (Store s = Store.open(dir)) {
            return "(opened?!)";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
