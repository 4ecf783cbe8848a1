package io.slotwise.interop;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.EnumSource;
import io.slotwise.store.StoreKind;
import io.slotwise.store.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slotwise.engine.Interval;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Subaccount;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.publishing.Delivery;
import io.slotwise.publishing.ForwardAnswer;
import io.slotwise.publishing.HandOffScheduler;
import io.slotwise.publishing.Publishing;
import io.slotwise.publishing.RetrySchedule;
import io.slotwise.service.AutoScheduleDefinition;
import io.slotwise.service.BackupService;
import io.slotwise.service.CrossPost;
import io.slotwise.service.DraftInput;
import io.slotwise.service.HandOff;
import io.slotwise.service.MediaLibrary;
import io.slotwise.service.PostGroupMember;
import io.slotwise.service.PostSubmission;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherForm;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.StoreContent;
import io.slotwise.service.TestClock;
import io.slotwise.service.TestExecutor;
import io.slotwise.service.UploadedMedia;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass
@EnumSource(StoreKind.class)
class JsonBackupTest {

    @Parameter
    StoreKind kind;
    private TestStores stores;

    private TestStores stores() {
        return stores == null ? stores = new TestStores(kind, dir) : stores;
    }

    private static final String ME = Workspace.LOCAL_OWNER;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Services open(String name) {
        return Services.over(stores().open(name), clock, new SplittableRandom(5));
    }

    /** A realistic store: every dialect's slots, drafts, threads, emoji, subaccounts, labels, settings. */
    private void fill(Services s) {
        s.accounts().create(ME, "fb_1", Platform.FACEBOOK, "Brand FB", "brand",
                List.of(new Subaccount("page_9", "Brand Page")));
        String label = s.labels().create(ME, "Promo 🎉").id();
        s.slots().create(ME, new SlotSpec(null, new Recurrence(Interval.MONTHLY, 2, DayOfWeek.TUESDAY),
                LocalTime.of(13, 30), LocalTime.of(14, 30), ZoneId.of("Europe/Copenhagen"), List.of(), Set.of(label),
                true, null, Set.of()));
        s.slots().createAll(ME, List.of(new SlotSpec(null, Recurrence.weekly(1, DayOfWeek.FRIDAY), LocalTime.of(9, 15),
                null, ZoneId.of("UTC"), List.of(new Target(Platform.FACEBOOK, "fb_1", "page_9")), Set.of(), true, null,
                Set.of())));
        s.autoSchedules().set(ME, new AutoScheduleDefinition(Slot.DEFAULT_GROUP, List.of(LocalTime.of(13, 5)),
                Set.of(1, 3), Set.of(LocalDate.parse("2026-12-25")), null));
        s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw_1", null,
                new PostContent("Thread start ✨\nline two, \"quoted\"", List.of("https://example.com/a.jpg"),
                        List.of(new ThreadPost("second", List.of()), new ThreadPost("third 🧵", List.of()))),
                "{\"targetType\":\"twitter\"}", Set.of(label)));
        s.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.FACEBOOK, "fb_1", "page_9",
                PostContent.text("page post"), "{\"targetType\":\"facebook\",\"pageId\":\"page_9\"}", Set.of()),
                null, true));
        s.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Hello"), List.of(Platform.INSTAGRAM), null,
                Slot.DEFAULT_GROUP));
        s.settings().save(s.settings().get().withExactSlotTimes(false));
    }

    @Test
    void exportThenImportIntoAnEmptyStoreReproducesItExactly() throws Exception {
        String json;
        StoreContent original;
        Instant nextForPage;
        Instant nextForInstagram;
        try (Services a = open("a")) {
            fill(a);
            original = a.backup().snapshot();
            json = JsonBackup.toJson(original);
            nextForPage = a.queue().nextAvailable(ME, Platform.FACEBOOK, "fb_1", "page_9").scheduledAt();
            nextForInstagram = a.queue().nextAvailable(ME, Platform.INSTAGRAM, "instagram", null).scheduledAt();
        }
        assertThat(original.slots()).hasSize(4);
        assertThat(original.posts()).hasSize(3);
        try (Services b = open("b")) {
            b.backup().restore(JsonBackup.fromJson(json), false);
            assertThat(b.backup().snapshot()).isEqualTo(original);
            assertThat(JsonBackup.toJson(b.backup().snapshot())).isEqualTo(json);
            // The restored plan is live and sees the same taken lanes as the original.
            assertThat(b.queue().nextAvailable(ME, Platform.FACEBOOK, "fb_1", "page_9").scheduledAt())
                    .isEqualTo(nextForPage);
            assertThat(b.queue().nextAvailable(ME, Platform.INSTAGRAM, "instagram", null).scheduledAt())
                    .isEqualTo(nextForInstagram).isEqualTo(Instant.parse("2026-03-09T13:05:00Z"));
        }
    }

    @Test
    void publishersAndHandOffsTravelWithTheBackupAndOlderBackupsReadAsManual() throws Exception {
        TestClock now = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
        String json;
        StoreContent original;
        try (Services a = Services.over(stores().open("a"), now, new SplittableRandom(5))) {
            a.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
            a.accounts().create(ME, "li", Platform.LINKEDIN, "Page", null, List.of());
            a.accounts().setPublisher(ME, "tw", Publisher.webhook("https://hooks.example.com/slotwise?team=1"));
            a.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("now"),
                    "{\"targetType\":\"twitter\"}", Set.of()), null, false));
            a.schedules().submit(ME, new PostSubmission(new DraftInput(Platform.LINKEDIN, "li", null,
                    PostContent.text("by hand"), "{\"targetType\":\"linkedin\"}", Set.of()),
                    Instant.parse("2026-03-02T08:01:00Z"), false));
            now.advance(Duration.ofMinutes(2));
            // A webhook that answers 503: the tweet is mid-way through its retries, the LinkedIn post due.
            try (HandOffScheduler h = new HandOffScheduler(a, new TestExecutor(now), call -> Delivery.retry("HTTP 503"),
                    RetrySchedule.STANDARD)) {
                h.runDue();
            }
            original = a.backup().snapshot();
            json = JsonBackup.toJson(original);
        }
        assertThat(original.publishers()).containsOnlyKeys("tw");
        assertThat(original.handOffs()).extracting(HandOff::attempts).containsExactlyInAnyOrder(1, 0);
        assertThat(original.posts()).extracting(p -> p.status().id()).containsExactlyInAnyOrder("sending", "due");
        try (Services b = Services.over(Store.open(dir.resolve("b")), now, new SplittableRandom(5))) {
            b.backup().restore(JsonBackup.fromJson(json), false);
            assertThat(b.backup().snapshot()).isEqualTo(original);
            assertThat(b.accounts().publisher(ME, "tw").webhookUrl()).hasToString("https://hooks.example.com/slotwise?team=1");
            assertThat(Publishing.over(b).dueAndFailed(ME)).hasSize(2);
        }
        StoreContent old = JsonBackup.fromJson("{\"format\": \"slotwise-backup\", \"version\": 1}");
        assertThat(old.publishers()).isEmpty();
        assertThat(old.handOffs()).isEmpty();
    }

    @Test
    void forwardersAndTheirHandOffsRoundTripExactlyAndTheKeysOnlyWhenAskedFor() throws Exception {
        TestClock now = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
        String key = "blt_live_5e0f2a9b77c4";
        StoreContent original;
        try (Services a = Services.over(stores().open("a"), now, new SplittableRandom(5))) {
            a.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
            a.accounts().create(ME, "li", Platform.LINKEDIN, "Page", null, List.of());
            a.accounts().setPublisher(ME, "tw", PublisherForm.blotato(key, "98432", "page-1", null));
            a.accounts().setPublisher(ME, "li", PublisherForm.ayrshare("AYR-KEY-0000-1111", "client-b", null));
            for (Platform platform : List.of(Platform.TWITTER, Platform.LINKEDIN)) {
                String account = platform == Platform.TWITTER ? "tw" : "li";
                a.schedules().submit(ME, new PostSubmission(new DraftInput(platform, account, null,
                        PostContent.text("via " + account), "{\"targetType\":\"" + platform.id() + "\"}", Set.of()),
                        Instant.parse("2026-03-02T08:01:00Z"), false));
            }
            now.advance(Duration.ofMinutes(2));
            // Blotato publishes one with its URL; Ayrshare takes the other and is still publishing it.
            try (HandOffScheduler h = new HandOffScheduler(a, new TestExecutor(now), call -> Delivery.retry("unused"),
                    call -> call.vendor() == PublisherKind.BLOTATO ? ForwardAnswer.published("sub_1", "https://x.com/1")
                            : ForwardAnswer.pending("ayr_1", null), RetrySchedule.STANDARD)) {
                h.runDue();
            }
            original = a.backup().snapshot();
        }
        assertThat(original.handOffs()).extracting(HandOff::remoteId).containsExactlyInAnyOrder("sub_1", "ayr_1");
        assertThat(original.handOffs()).extracting(HandOff::publicUrl).containsExactlyInAnyOrder("https://x.com/1", null);

        String withKeys = JsonBackup.toJson(original);
        String without = JsonBackup.toJson(original.withoutKeys());
        assertThat(withKeys).contains(key).contains("AYR-KEY-0000-1111");
        assertThat(without).doesNotContain(key).doesNotContain("AYR-KEY-0000-1111").contains("\"pageId\" : \"page-1\"");
        try (Services b = Services.over(stores().open("b"), now, new SplittableRandom(5))) {
            b.backup().restore(JsonBackup.fromJson(withKeys), false);
            assertThat(b.backup().snapshot()).isEqualTo(original);
            assertThat(JsonBackup.toJson(b.backup().snapshot())).isEqualTo(withKeys);
        }
        try (Services c = Services.over(stores().open("c"), now, new SplittableRandom(5))) {
            c.backup().restore(JsonBackup.fromJson(without), false);
            assertThat(c.backup().snapshot()).isEqualTo(original.withoutKeys());
            assertThat(c.accounts().publishers(ME).values()).allMatch(Publisher::needsKey);
            assertThat(c.accounts().publisher(ME, "li").forwarder().profileKey()).isEqualTo("client-b");
        }
    }

    /** A 1×1 PNG, as a script would upload it in a data URI. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void postGroupsAndUploadedMediaRoundTripIntoAFreshDataDirectory() throws Exception {
        String json;
        StoreContent original;
        String groupId;
        String mediaName;
        try (Services a = open("a")) {
            fill(a);
            List<Post> made = a.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Both at once"),
                    List.of(Platform.TWITTER, Platform.LINKEDIN), Instant.parse("2026-03-05T10:00:00Z"), null));
            groupId = made.get(0).id();
            mediaName = a.media().save("url", PNG, "image/png").name();
            original = a.backup().snapshot();
            json = JsonBackup.toJson(original);
        }
        assertThat(original.postGroups()).extracting(PostGroupMember::groupId).containsOnly(groupId);
        assertThat(original.postGroups()).hasSize(2);
        assertThat(original.media()).containsExactly(new UploadedMedia(mediaName, "image/png", PNG));
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("version").asInt()).isEqualTo(3);
        assertThat(doc.get("media").get(0).get("base64").asText()).isEqualTo(Base64.getEncoder().encodeToString(PNG));

        try (Services b = open("b")) {
            b.backup().restore(JsonBackup.fromJson(json), false);
            assertThat(b.backup().snapshot()).isEqualTo(original);
            assertThat(JsonBackup.toJson(b.backup().snapshot())).isEqualTo(json);
            assertThat(b.schedules().getGroup(ME, groupId).posts()).extracting(Post::platform)
                    .containsExactly(Platform.TWITTER, Platform.LINKEDIN);
            MediaLibrary.MediaContent served = b.media().find(mediaName).orElseThrow();
            assertThat(served.bytes()).isEqualTo(PNG);
            assertThat(served.kind().contentType()).isEqualTo("image/png");
            assertThat(dir.resolve("b").resolve(Store.MEDIA_FOLDER).resolve(mediaName)).hasBinaryContent(PNG);
        }
    }

    @Test
    void aBackupWrittenBeforeGroupsAndMediaStillImports() throws Exception {
        String groupId;
        ObjectNode doc;
        StoreContent original;
        try (Services a = open("a")) {
            fill(a);
            groupId = a.schedules().submitToPlatforms(ME, new CrossPost(PostContent.text("Both at once"),
                    List.of(Platform.TWITTER, Platform.LINKEDIN), Instant.parse("2026-03-05T10:00:00Z"), null))
                    .get(0).id();
            original = a.backup().snapshot();
            doc = (ObjectNode) new ObjectMapper().readTree(JsonBackup.toJson(original));
        }
        // what Slotwise wrote before version 2: the same document without the two lists
        doc.put("version", 1);
        doc.remove("postGroups");
        doc.remove("media");
        StoreContent old = JsonBackup.fromJson(doc.toString());
        assertThat(old.postGroups()).isEmpty();
        assertThat(old.media()).isEmpty();
        try (Services b = open("b")) {
            b.backup().restore(old, false);
            StoreContent restored = b.backup().snapshot();
            assertThat(restored.posts()).isEqualTo(original.posts());
            assertThat(restored.slots()).isEqualTo(original.slots());
            assertThat(restored.settings()).isEqualTo(original.settings());
            assertThat(b.schedules().getGroup(ME, groupId).posts()).as("no group: the first post alone").hasSize(1);
        }
    }

    @Test
    void damagedMediaInABackupIsRefused() throws Exception {
        String json;
        try (Services a = open("a")) {
            a.media().save("url", PNG, "image/png");
            json = JsonBackup.toJson(a.backup().snapshot());
        }
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json);
        ((ObjectNode) doc.get("media").get(0)).put("base64", Base64.getEncoder().encodeToString(
                Arrays.copyOf(PNG, PNG.length - 1)));
        assertThatThrownBy(() -> JsonBackup.fromJson(doc.toString()))
                .isInstanceOf(BackupFormatException.class).hasMessageContaining("does not hold the bytes its name says");
    }

    @Test
    void importRefusesAStoreThatHoldsDataUnlessAskedToReplace() throws Exception {
        String json;
        try (Services a = open("a")) {
            fill(a);
            json = JsonBackup.toJson(a.backup().snapshot());
        }
        try (Services b = open("b")) {
            b.labels().create(ME, "mine");
            StoreContent before = b.backup().snapshot();
            assertThatThrownBy(() -> b.backup().restore(JsonBackup.fromJson(json), false))
                    .hasMessage(BackupService.NOT_EMPTY);
            assertThat(b.backup().snapshot()).isEqualTo(before);
            b.backup().restore(JsonBackup.fromJson(json), true);
            assertThat(JsonBackup.toJson(b.backup().snapshot())).isEqualTo(json);
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithTheReason() {
        assertThatThrownBy(() -> JsonBackup.fromJson("{\"posts\": []}"))
                .isInstanceOf(BackupFormatException.class).hasMessageContaining("\"format\" must be \"slotwise-backup\"");
        assertThatThrownBy(() -> JsonBackup.fromJson("not json"))
                .isInstanceOf(BackupFormatException.class).hasMessageStartingWith("Not a Slotwise backup");
        assertThatThrownBy(() -> JsonBackup.fromJson("{\"format\":\"slotwise-backup\",\"version\":99}"))
                .isInstanceOf(BackupFormatException.class).hasMessageContaining("newer Slotwise");
    }
}
