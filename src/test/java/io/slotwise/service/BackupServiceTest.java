package io.slotwise.service;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot restored into a fresh data directory: post groups and uploaded media with the rows, or nothing. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class BackupServiceTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final byte[] GIF = "GIF89a, a stand-in".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Services open(String name) {
        return Services.over(stores().open(name), new TestClock(Instant.parse("2026-03-02T08:00:00Z")),
                new SplittableRandom(5));
    }

    private static List<Post> crossPost(Services s) {
        return s.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Both at once"),
                List.of(Platform.TWITTER, Platform.LINKEDIN), Instant.parse("2026-03-05T10:00:00Z"), null));
    }

    @Test
    void aGroupAndUploadedMediaAreRestoredAsTheyWere() {
        StoreContent original;
        String groupId;
        String png;
        try (Services a = open("a")) {
            groupId = crossPost(a).get(0).id();
            png = a.media().save("url", PNG, "image/png").name();
            a.media().save("url", GIF, "");
            original = a.backup().snapshot();
        }
        assertThat(original.postGroups()).containsExactly(
                new PostGroupMember(groupId, groupId, 0),
                new PostGroupMember(original.postGroups().get(1).postId(), groupId, 1));
        assertThat(original.media()).hasSize(2);
        try (Services b = open("b")) {
            b.backup().restore(original, false);
            assertThat(b.backup().snapshot()).isEqualTo(original);
            assertThat(b.schedules().getGroup(ME, groupId).posts()).extracting(Post::platform)
                    .containsExactly(Platform.TWITTER, Platform.LINKEDIN);
            assertThat(b.media().find(png).orElseThrow().bytes()).isEqualTo(PNG);
            // replacing keeps the group whole too
            b.backup().restore(original, true);
            assertThat(b.backup().snapshot()).isEqualTo(original);
        }
    }

    @Test
    void aRestoreThatFailsWritingMediaLeavesNeitherRowsNorFiles() {
        StoreContent content;
        try (Services a = open("a")) {
            crossPost(a);
            a.media().save("url", PNG, "image/png");
            a.media().save("url", GIF, "image/gif");
            content = a.backup().snapshot();
        }
        String first = content.media().get(0).name();
        String second = content.media().get(1).name();
        try (Services b = open("b")) {
            StoreContent before = b.backup().snapshot();
            Path media = dir.resolve("b").resolve(Store.MEDIA_FOLDER);
            try {
                // The second file cannot land: a folder stands under its name.
                Files.createDirectories(media.resolve(second).resolve("blocker"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThatThrownBy(() -> b.backup().restore(content, false))
                    .hasMessageContaining("Cannot write the media file " + second);
            assertThat(b.backup().snapshot()).isEqualTo(before);
            assertThat(media.resolve(first)).as("the file it did write is gone again").doesNotExist();
        }
    }
}
