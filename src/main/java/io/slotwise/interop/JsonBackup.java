package io.slotwise.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.slotwise.engine.Account;
import io.slotwise.engine.Interval;
import io.slotwise.engine.Label;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Subaccount;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.ForwarderSettings;
import io.slotwise.service.HandOff;
import io.slotwise.service.PostGroupMember;
import io.slotwise.service.Publisher;
import io.slotwise.service.PublisherKind;
import io.slotwise.service.StoreContent;
import io.slotwise.service.UploadedMedia;
import io.slotwise.engine.CalendarSlot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole store as one JSON document ({@code "format": "slotwise-backup", "version": 2}), written and
 * read with Jackson. The document names things as the user does (platform "twitter", weekDay 0 =
 * Sunday) and keeps each post's vendor {@code target} JSON verbatim, so a round trip is exact.
 *
 * <p>Version 2 added {@code postGroups} (the posts one request made for several platforms) and {@code media} (the
 * files uploaded as bytes, base64). A version 1 backup has neither and still reads: no groups, no media. An older
 * Slotwise refuses a version 2 backup rather than restore it without them.
 *
 * <p>Version 3 added the forwarder publishers (Blotato, Ayrshare: base URL, the vendor's ids, and the API key only
 * when the user asked for keys; see {@link StoreContent#withoutKeys()}) and the forwarder's part of a hand-off (its
 * idempotency key, the vendor's id for the post, the public URL). Versions 1 and 2 still read.
 */
public final class JsonBackup {

    public static final String FORMAT = "slotwise-backup";
    public static final int VERSION = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private JsonBackup() {
    }

    public static void write(StoreContent content, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toDocument(content));
    }

    public static String toJson(StoreContent content) {
        try {
            return MAPPER.writeValueAsString(toDocument(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a backup; a document of another format or a newer version is refused with the reason. */
    public static StoreContent read(InputStream in) throws IOException {
        Document d;
        try {
            d = MAPPER.readValue(in, Document.class);
        } catch (JsonProcessingException e) {
            throw new BackupFormatException("Not a Slotwise backup: " + e.getOriginalMessage(), e);
        }
        if (d == null || !FORMAT.equals(d.format())) {
            throw new BackupFormatException("Not a Slotwise backup: \"format\" must be \"" + FORMAT + "\"", null);
        }
        if (d.version() > VERSION) {
            throw new BackupFormatException("This backup was written by a newer Slotwise (version " + d.version()
                    + "); this one reads version " + VERSION, null);
        }
        try {
            return fromDocument(d);
        } catch (RuntimeException e) {
            throw new BackupFormatException("The backup is damaged: " + e.getMessage(), e);
        }
    }

    public static StoreContent fromJson(String json) throws IOException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // ---- the document ----

    /**
     * {@code publishers} and {@code handOffs} came with publishing; a backup without them reads as all manual.
     * {@code postGroups} and {@code media} came with version 2; a backup without them has no groups and no media.
     */
    record Document(String format, int version, List<AccountDoc> accounts, List<LabelDoc> labels,
                    List<SlotDoc> slots, List<PostDoc> posts, Map<String, String> settings,
                    List<PublisherDoc> publishers, List<HandOffDoc> handOffs, List<PostGroupDoc> postGroups,
                    List<MediaDoc> media) {
    }

    record PostGroupDoc(String postId, String groupId, int position) {
    }

    /** @param base64 the file's bytes, standard base64 */
    record MediaDoc(String name, String contentType, String base64) {
    }

    /** The forwarder's fields are null for manual and webhook; {@code apiKey} is null unless keys were asked for. */
    record PublisherDoc(String accountId, String kind, String webhookUrl, String baseUrl, String apiKey,
                        String remoteAccountId, String pageId, String profileKey) {
    }

    record HandOffDoc(String postId, String channel, Instant dueAt, int attempts, Instant lastAttemptAt,
                      String lastError, Instant nextAttemptAt, Instant publishedAt, String requestKey, String remoteId,
                      String publicUrl, boolean awaitingAnswer) {
    }

    record AccountDoc(String id, String ownerId, String platform, String name, String username, boolean addedByApi,
                      List<SubaccountDoc> subaccounts) {
    }

    record SubaccountDoc(String id, String name) {
    }

    record LabelDoc(String id, String ownerId, String name) {
    }

    record TargetDoc(String platform, String accountId, String subaccountId) {
    }

    record SlotDoc(String id, String ownerId, String group, String interval, int repeatEvery, int weekDay,
                   LocalTime startTime, LocalTime endTime, String timezone, List<TargetDoc> targets,
                   Set<String> labelIds, boolean active, LocalDate startDate, Set<LocalDate> excludeDates,
                   LocalDate anchorDate, Instant createdAt) {
    }

    record ThreadDoc(String text, List<String> mediaUrls) {
    }

    record ContentDoc(String text, List<String> mediaUrls, List<ThreadDoc> additionalPosts) {
    }

    record PostDoc(String id, String ownerId, String status, String platform, String accountId, String subaccountId,
                   ContentDoc content, String targetJson, Set<String> labelIds, Instant scheduledAt, String slotId,
                   Instant occurrenceStart, Instant createdAt, Instant updatedAt) {
    }

    private static Document toDocument(StoreContent c) {
        return new Document(FORMAT, VERSION,
                c.accounts().stream().map(a -> new AccountDoc(a.id(), a.ownerId(), a.platform().id(), a.name(),
                        a.username(), a.addedByApi(),
                        a.subaccounts().stream().map(s -> new SubaccountDoc(s.id(), s.name())).toList())).toList(),
                c.labels().stream().map(l -> new LabelDoc(l.id(), l.ownerId(), l.name())).toList(),
                c.slots().stream().map(JsonBackup::slotDoc).toList(),
                c.posts().stream().map(JsonBackup::postDoc).toList(),
                c.settings(),
                c.publishers().entrySet().stream().map(e -> publisherDoc(e.getKey(), e.getValue())).toList(),
                c.handOffs().stream().map(h -> new HandOffDoc(h.postId(), h.channel().id(), h.dueAt(), h.attempts(),
                        h.lastAttemptAt(), h.lastError(), h.nextAttemptAt(), h.publishedAt(), h.requestKey(),
                        h.remoteId(), h.publicUrl(), h.awaitingAnswer())).toList(),
                c.postGroups().stream().map(m -> new PostGroupDoc(m.postId(), m.groupId(), m.position())).toList(),
                c.media().stream().map(m -> new MediaDoc(m.name(), m.contentType(),
                        Base64.getEncoder().encodeToString(m.bytes()))).toList());
    }

    private static PublisherDoc publisherDoc(String accountId, Publisher p) {
        ForwarderSettings f = p.forwarder();
        return new PublisherDoc(accountId, p.kind().id(), p.isWebhook() ? p.webhookUrl().toString() : null,
                f == null ? null : f.baseUrl().toString(), f == null ? null : f.apiKey(),
                f == null ? null : f.accountId(), f == null ? null : f.pageId(), f == null ? null : f.profileKey());
    }

    private static Publisher publisher(PublisherDoc p) {
        PublisherKind kind = PublisherKind.fromId(p.kind())
                .orElseThrow(() -> new IllegalArgumentException("unknown publisher " + p.kind()));
        if (kind == PublisherKind.WEBHOOK) {
            return new Publisher(kind, URI.create(p.webhookUrl()));
        }
        if (kind.isForwarder()) {
            return new Publisher(kind, null, new ForwarderSettings(URI.create(p.baseUrl() == null
                    ? kind.defaultBaseUrl() : p.baseUrl()), p.apiKey(), p.remoteAccountId(), p.pageId(),
                    p.profileKey()));
        }
        return Publisher.MANUAL;
    }

    private static SlotDoc slotDoc(CalendarSlot stored) {
        Slot s = stored.slot();
        return new SlotDoc(s.id(), stored.ownerId(), s.group(), s.recurrence().interval().id(),
                s.recurrence().repeatEvery(), s.recurrence().weekDayIndex(), s.startTime(), s.endTime(),
                s.zone().getId(),
                s.targets().stream().map(t -> new TargetDoc(t.platform().id(), t.accountId(), t.subaccountId())).toList(),
                new TreeSet<>(s.labelIds()), s.active(), s.startDate(), new TreeSet<>(s.excludeDates()),
                s.anchorDate(), stored.createdAt());
    }

    private static PostDoc postDoc(Post p) {
        PostContent c = p.content();
        return new PostDoc(p.id(), p.ownerId(), p.status().id(), p.platform() == null ? null : p.platform().id(),
                p.accountId(), p.subaccountId(),
                new ContentDoc(c.text(), c.mediaUrls(),
                        c.additionalPosts().stream().map(t -> new ThreadDoc(t.text(), t.mediaUrls())).toList()),
                p.targetJson(), new TreeSet<>(p.labelIds()), p.scheduledAt(), p.slotId(), p.occurrenceStart(),
                p.createdAt(), p.updatedAt());
    }

    private static StoreContent fromDocument(Document d) {
        List<Account> accounts = list(d.accounts()).stream().map(a -> new Account(a.id(), a.ownerId(),
                platform(a.platform()), a.name(), a.username(), a.addedByApi(),
                list(a.subaccounts()).stream().map(s -> new Subaccount(s.id(), s.name())).toList())).toList();
        List<Label> labels = list(d.labels()).stream().map(l -> new Label(l.id(), l.ownerId(), l.name())).toList();
        List<CalendarSlot> slots = list(d.slots()).stream().map(s -> new CalendarSlot(s.ownerId(), new Slot(s.id(),
                s.group(), new Recurrence(Interval.fromId(s.interval())
                        .orElseThrow(() -> new IllegalArgumentException("unknown interval " + s.interval())),
                        s.repeatEvery(), Recurrence.dayOfWeekFromIndex(s.weekDay())),
                s.startTime(), s.endTime(), ZoneId.of(s.timezone()),
                list(s.targets()).stream().map(t -> new Target(platform(t.platform()), t.accountId(), t.subaccountId()))
                        .toList(),
                s.labelIds(), s.active(), s.startDate(), s.excludeDates(), s.anchorDate()), s.createdAt())).toList();
        List<Post> posts = list(d.posts()).stream().map(p -> new Post(p.id(), p.ownerId(),
                PostStatus.fromId(p.status()).orElseThrow(() -> new IllegalArgumentException("unknown status " + p.status())),
                p.platform() == null ? null : platform(p.platform()), p.accountId(), p.subaccountId(),
                new PostContent(p.content().text(), p.content().mediaUrls(),
                        list(p.content().additionalPosts()).stream().map(t -> new ThreadPost(t.text(), t.mediaUrls()))
                                .toList()),
                p.targetJson(), p.labelIds(), p.scheduledAt(), p.slotId(), p.occurrenceStart(), p.createdAt(),
                p.updatedAt())).toList();
        Map<String, Publisher> publishers = new TreeMap<>();
        for (PublisherDoc p : list(d.publishers())) {
            publishers.put(p.accountId(), publisher(p));
        }
        List<HandOff> handOffs = list(d.handOffs()).stream().map(h -> new HandOff(h.postId(),
                PublisherKind.fromId(h.channel()).orElseThrow(() -> new IllegalArgumentException("unknown channel "
                        + h.channel())), h.dueAt(), h.attempts(), h.lastAttemptAt(), h.lastError(), h.nextAttemptAt(),
                h.publishedAt(), h.requestKey(), h.remoteId(), h.publicUrl(), h.awaitingAnswer())).toList();
        List<PostGroupMember> postGroups = list(d.postGroups()).stream()
                .map(m -> new PostGroupMember(m.postId(), m.groupId(), m.position())).toList();
        List<UploadedMedia> media = list(d.media()).stream()
                .map(m -> new UploadedMedia(m.name(), m.contentType(), Base64.getDecoder().decode(m.base64()))).toList();
        return new StoreContent(accounts, labels, slots, posts, d.settings() == null ? Map.of() : d.settings(),
                publishers, handOffs, postGroups, media);
    }

    private static Platform platform(String id) {
        return Platform.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown platform " + id));
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
