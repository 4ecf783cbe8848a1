package io.slotwise.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.slotwise.api.ayrshare.AutoScheduleRequest;
import io.slotwise.api.ayrshare.AyrsharePostRequest;
import io.slotwise.api.blotato.BlotatoApi;
import io.slotwise.api.blotato.BlotatoPostRequest;
import io.slotwise.api.blotato.BlotatoScheduleRequest;
import io.slotwise.api.blotato.BlotatoSlotRequest;
import io.slotwise.api.blotato.NextSlotRequest;
import io.slotwise.api.feedhive.FeedHiveApi;
import io.slotwise.api.feedhive.PlanSlotRequest;
import io.slotwise.engine.Assignment;
import io.slotwise.engine.Label;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Placement;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.AutoSchedule;
import io.slotwise.service.CrossPost;
import io.slotwise.service.Cursor;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Page;
import io.slotwise.service.Problem;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.AutoScheduleService;
import io.slotwise.service.SlotService;
import io.slotwise.service.StoreSnapshot;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal the vendors document, through each dialect's reading of the loosely typed bodies the
 * local API hands it and the service it calls, in the order the routes do: the kind of refusal (HTTP status), the message word for word, the field at
 * fault, and that nothing at all was written ({@link StoreSnapshot} equal before and after).
 */
class ValidationMessagesTest {

    static final String ME = Workspace.LOCAL_OWNER;
    static final String OTHER = "someone-else";
    /** A Monday morning. */
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final String THIS = "io.slotwise.api.ValidationMessagesTest#";

    final TestClock clock = new TestClock(NOW);
    Store store;
    Services s;

    @BeforeEach
    void open() {
        store = Store.inMemory("validation-" + UUID.randomUUID());
        s = Services.over(store, clock, new SplittableRandom(7));
        // The API key is written on the first settings read: make it exist before any "before" snapshot.
        s.settings().get();
    }

    @AfterEach
    void close() {
        s.close();
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** Runs a request that must be refused; checks kind, exact message, field, and that nothing was written. */
    ServiceException refused(Problem problem, String message, String field, Call call) {
        return refusedWith(problem, field, call, m -> assertThat(m).as("message").isEqualTo(message));
    }

    /** As {@link #refusedWith}, with a check of the field instead of an expected value. */
    ServiceException refusedWith(Problem problem, Consumer<String> fieldCheck, Call call,
                                 Consumer<String> messageCheck) {
        StoreSnapshot before = StoreSnapshot.of(store);
        ServiceException e = null;
        try {
            call.run();
        } catch (ServiceException x) {
            e = x;
        } catch (Throwable t) {
            fail("expected a ServiceException (" + problem + ") but got " + t, t);
        }
        if (e == null) {
            fail("expected a refusal (" + problem + ") but the request succeeded");
        }
        messageCheck.accept(e.getMessage());
        assertThat(e.problem()).as("problem for \"%s\"", e.getMessage()).isEqualTo(problem);
        fieldCheck.accept(e.field());
        assertThat(StoreSnapshot.of(store)).as("store after the refused request \"%s\"", e.getMessage())
                .isEqualTo(before);
        return e;
    }

    /** As {@link #refused}, for messages the documents do not give word for word. */
    ServiceException refusedWith(Problem problem, String field, Call call, Consumer<String> messageCheck) {
        StoreSnapshot before = StoreSnapshot.of(store);
        ServiceException e = null;
        Object result = null;
        try {
            result = call.run();
        } catch (ServiceException x) {
            e = x;
        } catch (Throwable t) {
            fail("expected a ServiceException (" + problem + ") but got " + t, t);
        }
        if (e == null) {
            StoreSnapshot after = StoreSnapshot.of(store);
            fail("expected a refusal (" + problem + ") but the request succeeded with " + result
                    + (after.equals(before) ? "" : "; it wrote: " + after.summary() + " (was " + before.summary() + ")"));
        }
        messageCheck.accept(e.getMessage());
        assertThat(e.problem()).as("problem for \"%s\"", e.getMessage()).isEqualTo(problem);
        assertThat(e.field()).as("field for \"%s\"", e.getMessage()).isEqualTo(field);
        assertThat(StoreSnapshot.of(store)).as("store after the refused request \"%s\"", e.getMessage())
                .isEqualTo(before);
        return e;
    }

    /** A JSON-like object that keeps its key order and may hold nulls (Map.of may not). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A JSON-like array that may hold nulls. */
    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** FeedHive's documented example body (without labels). */
    static Map<String, Object> planSlotBody() {
        return map("week_day", 1, "start_time", "13:30", "end_time", "14:30", "timezone", "Europe/Copenhagen",
                "recurrence", map("interval", "weekly", "repeat_every", 1), "is_active", true);
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.put(key, value);
        return m;
    }

    static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.remove(key);
        return m;
    }

    // ---- the dialects' routes: each reads its body, then calls the service, as the api package does

    CalendarSlot createPlanSlot(String owner, Object body) {
        return s.slots().create(owner, PlanSlotRequest.forCreate(body));
    }

    CalendarSlot patchPlanSlot(String owner, String slotId, Object body) {
        return s.slots().edit(owner, slotId, current -> PlanSlotRequest.applyPatch(body, current));
    }

    List<Assignment> assignNext(String owner, Object body) {
        return s.queue().assign(owner, io.slotwise.api.feedhive.AssignNextRequest.postIds(body));
    }

    List<CalendarSlot> createBlotatoSlots(String owner, Object body) {
        return s.slots().createAll(owner, BlotatoSlotRequest.forCreate(body));
    }

    CalendarSlot replaceTargets(String owner, String slotId, Object body) {
        return s.slots().replaceTargets(owner, slotId, BlotatoSlotRequest.targetsForUpdate(body));
    }

    Placement nextAvailable(String owner, Object body) {
        NextSlotRequest q = NextSlotRequest.parse(body);
        return s.queue().nextAvailable(owner, q.platform(), q.accountId(), q.subaccountId());
    }

    Post submitBlotato(String owner, Object body) {
        return s.schedules().submit(owner, BlotatoPostRequest.parse(body));
    }

    Post updateScheduled(String owner, String postId, Object body) {
        s.schedules().getScheduled(owner, postId);
        return s.schedules().updateScheduled(owner, postId, BlotatoScheduleRequest.parse(body, s.workspace().now()));
    }

    AutoSchedule setAutoSchedule(String owner, Object body) {
        return s.autoSchedules().set(owner, AutoScheduleRequest.parse(body));
    }

    Page<CalendarSlot> slotPage(String owner, String limit, String cursor) {
        PageRequest asked = PageRequest.parse(limit, cursor, FeedHiveApi.MAX_LIMIT, FeedHiveApi.INVALID_LIMIT);
        return s.slots().page(owner, asked.limit(), asked.after());
    }

    Page<Post> listScheduled(String owner, String limit, String cursor) {
        PageRequest asked = PageRequest.parse(limit, cursor, BlotatoApi.MAX_LIMIT, BlotatoApi.INVALID_LIMIT);
        return s.schedules().listScheduled(owner, asked.limit(), asked.after());
    }

    CalendarSlot planSlot(String owner) {
        return createPlanSlot(owner, planSlotBody());
    }

    Post draft(String owner, String account) {
        return s.posts().createDraft(owner, new DraftInput(account == null ? null : Platform.LINKEDIN, account, null,
                PostContent.text("hi from " + owner), null, Set.of()));
    }

    Post stored(Post p) {
        return store.read(tx -> tx.posts().find(p.id())).orElseThrow();
    }

    /** Changes a post's status behind the services' back (there is no service for publishing yet). */
    Post forceStatus(Post p, PostStatus status, Instant at) {
        Post changed = p.scheduledAt(at, clock.instant()).withStatus(status, clock.instant());
        store.inTransaction(tx -> {
            tx.posts().update(changed);
            return null;
        });
        s.workspace().reload();
        return stored(p);
    }

    static Map<String, Object> blotatoSlot(String day, int hour, int minute, Map<String, Object> target) {
        return map("hour", hour, "minute", minute, "day", day, "selectedTargets", list(target));
    }

    static Map<String, Object> twitter(String accountId) {
        return map("platform", "twitter", "accountId", accountId, "subaccountId", null);
    }

    static Map<String, Object> blotatoSlots(Object... slots) {
        return map("slots", list(slots));
    }

    static Map<String, Object> blotatoPost(String accountId, String platform, Object... extra) {
        Map<String, Object> m = map("post", map("accountId", accountId,
                "content", map("text", "hello", "mediaUrls", list(), "platform", platform),
                "target", map("targetType", platform)));
        for (int i = 0; i < extra.length; i += 2) {
            m.put((String) extra[i], extra[i + 1]);
        }
        return m;
    }

    static Map<String, Object> reschedule(Object time) {
        return map("patch", map("scheduledTime", time));
    }

    // ---- argument sources (static, in the outer class, for the nested tests) ----

    static Stream<Arguments> badWeekDays() {
        return Stream.of(Arguments.of(7), Arguments.of(-1), Arguments.of("1"), Arguments.of(1.5),
                Arguments.of(true), Arguments.of(7L));
    }

    static Stream<Arguments> badTimes() {
        return Stream.of(Arguments.of("9:00"), Arguments.of("24:00"), Arguments.of("13:60"), Arguments.of(1330),
                Arguments.of("13:30:00"), Arguments.of(""), Arguments.of("1pm"));
    }

    static Stream<Arguments> badZones() {
        return Stream.of(Arguments.of("Mars/Olympus"), Arguments.of("+02:00"), Arguments.of(""),
                Arguments.of("europe/copenhagen"), Arguments.of(2));
    }

    static Stream<Arguments> badIntervals() {
        return Stream.of(Arguments.of(map("interval", "yearly", "repeat_every", 1)),
                Arguments.of(map("repeat_every", 1)),
                Arguments.of(map("interval", 1, "repeat_every", 1)),
                Arguments.of("weekly"));
    }

    static Stream<Arguments> badRepeats() {
        return Stream.of(Arguments.of(map("interval", "weekly", "repeat_every", 0)),
                Arguments.of(map("interval", "weekly", "repeat_every", "2")),
                Arguments.of(map("interval", "weekly")),
                Arguments.of(map("interval", "weekly", "repeat_every", -1)),
                Arguments.of(map("interval", "weekly", "repeat_every", 1.5)),
                Arguments.of(map("interval", "weekly", "repeat_every", null)));
    }

    static Stream<Arguments> badLabelArrays() {
        return Stream.of(Arguments.of("lbl_1"), Arguments.of(list(1)), Arguments.of(list("lbl_1", 2)),
                Arguments.of(list((Object) null)), Arguments.of(map("id", "lbl_1")), Arguments.of(list("lbl_1", "lbl_1")));
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of(map("week_day", 7), PlanSlotRequest.WEEK_DAY_INVALID, "week_day"),
                Arguments.of(map("week_day", "2"), PlanSlotRequest.WEEK_DAY_INVALID, "week_day"),
                Arguments.of(map("start_time", "9:00"), PlanSlotRequest.START_INVALID, "start_time"),
                Arguments.of(map("end_time", "24:00"), PlanSlotRequest.END_INVALID, "end_time"),
                Arguments.of(map("start_time", "15:00"), PlanSlotRequest.END_NOT_LATER, "end_time"),
                Arguments.of(map("start_time", "14:30"), PlanSlotRequest.END_NOT_LATER, "end_time"),
                Arguments.of(map("start_time", "10:00", "end_time", "09:00"), PlanSlotRequest.END_NOT_LATER, "end_time"),
                Arguments.of(map("timezone", "Mars/Olympus"), PlanSlotRequest.TIMEZONE_INVALID, "timezone"),
                Arguments.of(map("timezone", "+02:00"), PlanSlotRequest.TIMEZONE_INVALID, "timezone"),
                Arguments.of(map("recurrence", map("interval", "hourly", "repeat_every", 1)),
                        PlanSlotRequest.INTERVAL_INVALID, "recurrence.interval"),
                Arguments.of(map("recurrence", map("interval", "daily", "repeat_every", 0)),
                        PlanSlotRequest.REPEAT_INVALID, "recurrence.repeat_every"),
                Arguments.of(map("label_ids", list("a", "a")), PlanSlotRequest.LABELS_INVALID, "label_ids"),
                Arguments.of(map("label_ids", "a"), PlanSlotRequest.LABELS_INVALID, "label_ids"),
                Arguments.of(map("label_ids", list("lbl_missing")), "One or more labels were not found", "label_ids"),
                // a valid field next to a bad one: the valid one is not written either
                Arguments.of(map("is_active", false, "start_time", "25:00"), PlanSlotRequest.START_INVALID, "start_time"));
    }

    // =============================================================================================

    /** FeedHive POST /plan/slots */
    @Nested
    class CreatePlanSlot {

        Label mine;
        Label theirs;

        @BeforeEach
        void labels() {
            mine = s.labels().create(ME, "news");
            theirs = s.labels().create(OTHER, "theirs");
        }

        ServiceException refusedCreate(Map<String, Object> body, String message, String field) {
            return refused(Problem.INVALID, message, field, () -> createPlanSlot(ME, body));
        }

        @Test
        @DisplayName("the documented example body is accepted (the fixture the refusals start from)")
        void exampleBodyIsAccepted() {
            CalendarSlot slot = createPlanSlot(ME, with(planSlotBody(), "label_ids", list(mine.id())));
            assertThat(slot.slot().startTime()).isEqualTo(LocalTime.of(13, 30));
            assertThat(slot.slot().endTime()).isEqualTo(LocalTime.of(14, 30));
            assertThat(slot.slot().zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
            assertThat(slot.slot().labelIds()).containsExactly(mine.id());
            assertThat(StoreSnapshot.of(store).slots()).containsExactly(slot);
        }

        @Test
        @DisplayName("\"week_day is required\"")
        void weekDayIsRequired() {
            refusedCreate(without(planSlotBody(), "week_day"), "week_day is required", "week_day");
            refusedCreate(with(planSlotBody(), "week_day", null), "week_day is required", "week_day");
        }

        @ParameterizedTest(name = "week_day = {0}")
        @MethodSource(THIS + "badWeekDays")
        @DisplayName("\"week_day must be an integer between 0 and 6\"")
        void weekDayMustBeAnIntegerBetween0And6(Object weekDay) {
            refusedCreate(with(planSlotBody(), "week_day", weekDay),
                    "week_day must be an integer between 0 and 6", "week_day");
        }

        @Test
        @DisplayName("\"start_time is required\"")
        void startTimeIsRequired() {
            refusedCreate(without(planSlotBody(), "start_time"), "start_time is required", "start_time");
            refusedCreate(with(planSlotBody(), "start_time", null), "start_time is required", "start_time");
        }

        @ParameterizedTest(name = "start_time = {0}")
        @MethodSource(THIS + "badTimes")
        @DisplayName("\"start_time must be in HH:MM 24-hour format\"")
        void startTimeMustBeInHhMm24HourFormat(Object time) {
            refusedCreate(with(planSlotBody(), "start_time", time), "start_time must be in HH:MM 24-hour format",
                    "start_time");
        }

        @Test
        @DisplayName("\"end_time is required\"")
        void endTimeIsRequired() {
            refusedCreate(without(planSlotBody(), "end_time"), "end_time is required", "end_time");
            refusedCreate(with(planSlotBody(), "end_time", null), "end_time is required", "end_time");
        }

        @ParameterizedTest(name = "end_time = {0}")
        @MethodSource(THIS + "badTimes")
        @DisplayName("\"end_time must be in HH:MM 24-hour format\"")
        void endTimeMustBeInHhMm24HourFormat(Object time) {
            refusedCreate(with(planSlotBody(), "end_time", time), "end_time must be in HH:MM 24-hour format",
                    "end_time");
        }

        @ParameterizedTest(name = "13:30 to {0}")
        @ValueSource(strings = {"13:30", "13:29", "09:00", "00:00"})
        @DisplayName("\"end_time must be later than start_time on the same day\"")
        void endTimeMustBeLaterThanStartTimeOnTheSameDay(String end) {
            refusedCreate(with(planSlotBody(), "end_time", end),
                    "end_time must be later than start_time on the same day", "end_time");
        }

        @ParameterizedTest(name = "timezone = {0}")
        @MethodSource(THIS + "badZones")
        @DisplayName("\"timezone must be a valid IANA timezone\"")
        void timezoneMustBeAValidIanaTimezone(Object zone) {
            refusedCreate(with(planSlotBody(), "timezone", zone), "timezone must be a valid IANA timezone",
                    "timezone");
        }

        @Test
        @DisplayName("\"recurrence is required\"")
        void recurrenceIsRequired() {
            refusedCreate(without(planSlotBody(), "recurrence"), "recurrence is required", "recurrence");
            refusedCreate(with(planSlotBody(), "recurrence", null), "recurrence is required", "recurrence");
        }

        @ParameterizedTest(name = "recurrence = {0}")
        @MethodSource(THIS + "badIntervals")
        @DisplayName("\"recurrence.interval must be one of: daily, weekly, monthly\"")
        void recurrenceIntervalMustBeOneOfDailyWeeklyMonthly(Object recurrence) {
            refusedCreate(with(planSlotBody(), "recurrence", recurrence),
                    "recurrence.interval must be one of: daily, weekly, monthly", "recurrence.interval");
        }

        @ParameterizedTest(name = "recurrence = {0}")
        @MethodSource(THIS + "badRepeats")
        @DisplayName("\"recurrence.repeat_every must be an integer greater than or equal to 1\"")
        void recurrenceRepeatEveryMustBeAnIntegerGreaterThanOrEqualTo1(Object recurrence) {
            refusedCreate(with(planSlotBody(), "recurrence", recurrence),
                    "recurrence.repeat_every must be an integer greater than or equal to 1", "recurrence.repeat_every");
        }

        @ParameterizedTest(name = "label_ids = {0}")
        @MethodSource(THIS + "badLabelArrays")
        @DisplayName("\"label_ids must be an array of unique label IDs\"")
        void labelIdsMustBeAnArrayOfUniqueLabelIds(Object labelIds) {
            refusedCreate(with(planSlotBody(), "label_ids", labelIds), "label_ids must be an array of unique label IDs",
                    "label_ids");
        }

        @Test
        @DisplayName("\"label_ids must be an array of unique label IDs\" (a real label twice)")
        void labelIdsMustBeUniqueEvenWhenTheLabelExists() {
            refusedCreate(with(planSlotBody(), "label_ids", list(mine.id(), mine.id())),
                    "label_ids must be an array of unique label IDs", "label_ids");
        }

        @Test
        @DisplayName("\"One or more labels were not found\"")
        void oneOrMoreLabelsWereNotFound() {
            refusedCreate(with(planSlotBody(), "label_ids", list("lbl_nope")), "One or more labels were not found",
                    "label_ids");
            refusedCreate(with(planSlotBody(), "label_ids", list(mine.id(), "lbl_nope")),
                    "One or more labels were not found", "label_ids");
        }

        @Test
        @DisplayName("\"Access denied\" (403) for a label of another owner")
        void accessDeniedForALabelOfAnotherOwner() {
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> createPlanSlot(ME, with(planSlotBody(), "label_ids", list(theirs.id()))));
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> createPlanSlot(ME, with(planSlotBody(), "label_ids", list(mine.id(), theirs.id()))));
        }

        @Test
        @DisplayName("\"Request body must be a JSON object\"")
        void requestBodyMustBeAJsonObject() {
            for (Object body : list(list(planSlotBody()), "week_day=1", null, 5)) {
                refused(Problem.INVALID, "Request body must be a JSON object", null,
                        () -> createPlanSlot(ME, body));
            }
        }

        @Test
        @DisplayName("a refused create leaves the engine's plan without the slot")
        void refusedCreateLeavesNoSlotInThePlan() {
            refusedCreate(with(planSlotBody(), "timezone", "Mars/Olympus"), PlanSlotRequest.TIMEZONE_INVALID,
                    "timezone");
            refused(Problem.INVALID, "no slots are configured for this platform/account", "platform",
                    () -> s.queue().nextAvailable(ME, Platform.LINKEDIN, null, null));
        }
    }

    // =============================================================================================

    /** FeedHive PATCH /plan/slots/:id */
    @Nested
    class PatchPlanSlot {

        CalendarSlot slot;

        @BeforeEach
        void slot() {
            slot = planSlot(ME);
        }

        @Test
        @DisplayName("\"No valid fields provided for update\"")
        void noValidFieldsProvidedForUpdate() {
            for (Object body : list(map(), map("name", "x", "foo", 1), map("weekDay", 2, "startTime", "10:00"),
                    null)) {
                refused(Problem.INVALID, "No valid fields provided for update", null,
                        () -> patchPlanSlot(ME, slot.slot().id(), body));
            }
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource(THIS + "badPatches")
        @DisplayName("PATCH field messages, nothing written")
        void patchFieldMessages(Map<String, Object> body, String message, String field) {
            refused(Problem.INVALID, message, field, () -> patchPlanSlot(ME, slot.slot().id(), body));
        }

        @Test
        @DisplayName("\"end_time must be later than start_time on the same day\" against the stored start_time")
        void endTimeMustBeLaterThanTheEffectiveStartTime() {
            refused(Problem.INVALID, "end_time must be later than start_time on the same day", "end_time",
                    () -> patchPlanSlot(ME, slot.slot().id(), map("end_time", "13:00")));
            refused(Problem.INVALID, "end_time must be later than start_time on the same day", "end_time",
                    () -> patchPlanSlot(ME, slot.slot().id(), map("end_time", "13:30")));
            // and a later end alone is fine
            CalendarSlot changed = patchPlanSlot(ME, slot.slot().id(), map("end_time", "15:00"));
            assertThat(changed.slot().startTime()).isEqualTo(LocalTime.of(13, 30));
            assertThat(changed.slot().endTime()).isEqualTo(LocalTime.of(15, 0));
        }

        @Test
        @DisplayName("\"Slot not found\" (404)")
        void slotNotFound() {
            refused(Problem.NOT_FOUND, "Slot not found", null,
                    () -> patchPlanSlot(ME, "slot_nope", map("start_time", "10:00")));
        }

        @Test
        @DisplayName("\"Access denied\" (403) for a slot of another owner")
        void accessDeniedForASlotOfAnotherOwner() {
            CalendarSlot theirs = planSlot(OTHER);
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> patchPlanSlot(ME, theirs.slot().id(), map("start_time", "10:00")));
        }

        @Test
        @DisplayName("\"Access denied\" (403) for a label of another owner")
        void accessDeniedForALabelOfAnotherOwner() {
            Label theirs = s.labels().create(OTHER, "theirs");
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> patchPlanSlot(ME, slot.slot().id(), map("label_ids", list(theirs.id()))));
        }

        @Test
        @DisplayName("\"Missing slot ID\" (400)")
        void missingSlotId() {
            for (String id : Arrays.asList("", "  ", null)) {
                refused(Problem.INVALID, "Missing slot ID", "id",
                        () -> patchPlanSlot(ME, id, map("start_time", "10:00")));
            }
        }

        @Test
        @DisplayName("a timezone-only patch keeps the local clock times; the instants follow the zone")
        void timezoneOnlyPatchKeepsLocalClockTimes() {
            String id = slot.slot().id();
            // Monday 13:30 Copenhagen (CET, +01:00) is 12:30 UTC.
            assertThat(OccurrenceSchedule.of(slot.slot()).nextAfter(NOW).orElseThrow().start())
                    .isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
            CalendarSlot changed = patchPlanSlot(ME, id, map("timezone", "America/New_York"));

            assertThat(changed.slot().startTime()).isEqualTo(LocalTime.of(13, 30));
            assertThat(changed.slot().endTime()).isEqualTo(LocalTime.of(14, 30));
            assertThat(changed.slot().zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(changed.slot().recurrence()).isEqualTo(slot.slot().recurrence());
            CalendarSlot reread = s.slots().get(ME, id);
            assertThat(reread.slot()).isEqualTo(changed.slot());
            // Monday 13:30 New York (EST, -05:00; DST starts 8 March) is 18:30 UTC.
            assertThat(OccurrenceSchedule.of(reread.slot()).nextAfter(NOW).orElseThrow().start())
                    .isEqualTo(Instant.parse("2026-03-02T18:30:00Z"));
            Placement next = s.queue().nextAvailable(ME, Platform.LINKEDIN, null, null);
            assertThat(next.slotId()).isEqualTo(id);
            assertThat(next.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T18:30:00Z"));
        }
    }

    // =============================================================================================

    /** FeedHive GET / DELETE /plan/slots/:id (and Blotato DELETE) */
    @Nested
    class SingleSlot {

        CalendarSlot mine;
        CalendarSlot theirs;

        @BeforeEach
        void slots() {
            mine = planSlot(ME);
            theirs = planSlot(OTHER);
        }

        @Test
        @DisplayName("GET: \"Missing slot ID\" (400)")
        void getMissingSlotId() {
            for (String id : Arrays.asList("", " ", null)) {
                refused(Problem.INVALID, "Missing slot ID", "id", () -> s.slots().get(ME, id));
            }
        }

        @Test
        @DisplayName("GET: \"Slot not found\" (404)")
        void getSlotNotFound() {
            refused(Problem.NOT_FOUND, "Slot not found", null, () -> s.slots().get(ME, "slot_nope"));
        }

        @Test
        @DisplayName("GET: \"Access denied\" (403)")
        void getAccessDenied() {
            refused(Problem.FORBIDDEN, "Access denied", null, () -> s.slots().get(ME, theirs.slot().id()));
            assertThat(s.slots().get(ME, mine.slot().id())).isEqualTo(mine);
        }

        @Test
        @DisplayName("DELETE: \"Missing slot ID\" (400)")
        void deleteMissingSlotId() {
            for (String id : Arrays.asList("", " ", null)) {
                refused(Problem.INVALID, "Missing slot ID", "id", () -> s.slots().deleteKeepingPosts(ME, id));
                refused(Problem.INVALID, "Missing slot ID", "id", () -> s.slots().delete(ME, id));
            }
        }

        @Test
        @DisplayName("DELETE: \"Slot not found\" (404)")
        void deleteSlotNotFound() {
            refused(Problem.NOT_FOUND, "Slot not found", null, () -> s.slots().deleteKeepingPosts(ME, "slot_nope"));
            refused(Problem.NOT_FOUND, "Slot not found", null, () -> s.slots().delete(ME, "slot_nope"));
        }

        @Test
        @DisplayName("DELETE: \"Access denied\" (403)")
        void deleteAccessDenied() {
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> s.slots().deleteKeepingPosts(ME, theirs.slot().id()));
            refused(Problem.FORBIDDEN, "Access denied", null, () -> s.slots().delete(ME, theirs.slot().id()));
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> s.slots().deleteUnscheduling(ME, theirs.slot().id()));
        }
    }

    // =============================================================================================

    /** FeedHive GET /plan/slots */
    @Nested
    class ListPlanSlots {

        @ParameterizedTest(name = "limit = \"{0}\"")
        @ValueSource(strings = {"0", "101", "abc", "", "-1", "1.5", "20x"})
        @DisplayName("\"Invalid limit parameter\"")
        void invalidLimitParameter(String limit) {
            planSlot(ME);
            refused(Problem.INVALID, "Invalid limit parameter", "limit", () -> slotPage(ME, limit, null));
        }

        @Test
        @DisplayName("\"Invalid cursor\"")
        void invalidCursor() {
            planSlot(ME);
            CalendarSlot theirs = planSlot(OTHER);
            for (String cursor : List.of("garbage", "!!!", "", new Cursor("slot", "slot_nope").encode(),
                    // a cursor naming another owner's slot does not leak its position
                    new Cursor("slot", theirs.slot().id()).encode())) {
                refused(Problem.INVALID, "Invalid cursor", "cursor", () -> slotPage(ME, "2", cursor));
            }
        }

        @Test
        @DisplayName("paging: limit 2 over 5 slots, total 5, has_more, next_cursor null at the end")
        void pagingWalk() {
            List<String> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                made.add(createPlanSlot(ME, with(planSlotBody(), "week_day", i)).slot().id());
                clock.advance(java.time.Duration.ofSeconds(1));
            }
            planSlot(OTHER);

            List<String> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            List<Boolean> more = new ArrayList<>();
            String cursor = null;
            do {
                Page<CalendarSlot> page = slotPage(ME, "2", cursor);
                assertThat(page.total()).isEqualTo(5);
                page.items().forEach(x -> seen.add(x.slot().id()));
                sizes.add(page.items().size());
                more.add(page.hasMore());
                cursor = page.nextCursor();
            } while (cursor != null && sizes.size() < 10);
            assertThat(sizes).containsExactly(2, 2, 1);
            assertThat(more).containsExactly(true, true, false);
            assertThat(seen).containsExactlyElementsOf(made);

            Page<CalendarSlot> all = slotPage(ME, null, null);
            assertThat(all.items()).extracting(x -> x.slot().id()).containsExactlyElementsOf(made);
            assertThat(all.hasMore()).isFalse();
            assertThat(all.nextCursor()).isNull();
            assertThat(slotPage(ME, "100", null).items()).hasSize(5);
            assertThat(slotPage(ME, "5", null).nextCursor()).isNull();
        }
    }

    // =============================================================================================

    /** FeedHive POST /plan/assign-next: request validation */
    @Nested
    class AssignNextRequest {

        Post a;
        Post b;

        @BeforeEach
        void drafts() {
            planSlot(ME);
            a = draft(ME, "li_1");
            b = draft(ME, "li_1");
        }

        ServiceException refusedAssign(Object body, String message) {
            return refused(Problem.INVALID, message, message.startsWith("Request body") ? null : "post_ids",
                    () -> assignNext(ME, body));
        }

        @Test
        @DisplayName("\"Request body must be a JSON object\"")
        void requestBodyMustBeAJsonObject() {
            refusedAssign(list(a.id()), "Request body must be a JSON object");
            refusedAssign(a.id(), "Request body must be a JSON object");
            refusedAssign(null, "Request body must be a JSON object");
            refusedAssign(42, "Request body must be a JSON object");
        }

        @Test
        @DisplayName("\"post_ids is required\"")
        void postIdsIsRequired() {
            refusedAssign(map(), "post_ids is required");
            refusedAssign(map("post_ids", null), "post_ids is required");
            refusedAssign(map("postIds", list(a.id())), "post_ids is required");
        }

        @Test
        @DisplayName("\"post_ids must be an array\"")
        void postIdsMustBeAnArray() {
            refusedAssign(map("post_ids", a.id()), "post_ids must be an array");
            refusedAssign(map("post_ids", 5), "post_ids must be an array");
            refusedAssign(map("post_ids", map("0", a.id())), "post_ids must be an array");
        }

        @Test
        @DisplayName("\"post_ids must not be empty\"")
        void postIdsMustNotBeEmpty() {
            refusedAssign(map("post_ids", list()), "post_ids must not be empty");
        }

        @Test
        @DisplayName("\"Each post ID must be a string\"")
        void eachPostIdMustBeAString() {
            refusedAssign(map("post_ids", list(1)), "Each post ID must be a string");
            refusedAssign(map("post_ids", list(a.id(), 2)), "Each post ID must be a string");
            refusedAssign(map("post_ids", list(a.id(), null)), "Each post ID must be a string");
            refusedAssign(map("post_ids", list(list(a.id()))), "Each post ID must be a string");
        }

        @Test
        @DisplayName("\"Duplicate post ID \\\"<id>\\\"\": nothing is assigned, not even the valid ones before it")
        void duplicatePostId() {
            refusedAssign(map("post_ids", list(a.id(), b.id(), a.id())), "Duplicate post ID \"" + a.id() + "\"");
            refusedAssign(map("post_ids", list("x", "x")), "Duplicate post ID \"x\"");
            assertThat(stored(a).status()).isEqualTo(PostStatus.DRAFT);
            assertThat(stored(b).status()).isEqualTo(PostStatus.DRAFT);
        }
    }

    // =============================================================================================

    /** FeedHive POST /plan/assign-next: per-item failures */
    @Nested
    class AssignNextItems {

        /** Assigns, expects the one item to fail with {@code message}, and nothing written. */
        void failsWith(String postId, String message) {
            StoreSnapshot before = StoreSnapshot.of(store);
            List<Assignment> results = assignNext(ME, map("post_ids", list(postId)));
            assertThat(results).hasSize(1);
            assertThat(results.get(0).postId()).isEqualTo(postId);
            assertThat(results.get(0).success()).isFalse();
            assertThat(results.get(0).message()).isEqualTo(message);
            assertThat(StoreSnapshot.of(store)).as("store after the failed item \"%s\"", message).isEqualTo(before);
        }

        @Test
        @DisplayName("\"Post not found\"")
        void postNotFound() {
            planSlot(ME);
            failsWith("post_nope", "Post not found");
            Post gone = draft(ME, "li_1");
            s.posts().delete(ME, gone.id());
            failsWith(gone.id(), "Post not found");
        }

        @Test
        @DisplayName("\"Access denied\" for another owner's draft")
        void accessDenied() {
            planSlot(ME);
            planSlot(OTHER);
            Post theirs = draft(OTHER, "li_other");
            failsWith(theirs.id(), "Access denied");
            assertThat(stored(theirs)).isEqualTo(theirs);
        }

        @Test
        @DisplayName("\"Post is already scheduled\"")
        void postIsAlreadyScheduled() {
            planSlot(ME);
            Post p = draft(ME, "li_1");
            assertThat(assignNext(ME, map("post_ids", list(p.id()))).get(0).success()).isTrue();
            failsWith(p.id(), "Post is already scheduled");
            Post byTime = submitBlotato(ME, blotatoPost("li_1", "linkedin",
                    "scheduledTime", "2026-03-04T10:00:00Z"));
            failsWith(byTime.id(), "Post is already scheduled");
        }

        @ParameterizedTest(name = "status {0}")
        @ValueSource(strings = {"PUBLISHED", "FAILED", "PENDING_APPROVAL"})
        @DisplayName("\"Only draft posts can be assigned\"")
        void onlyDraftPostsCanBeAssigned(String status) {
            planSlot(ME);
            PostStatus st = PostStatus.valueOf(status);
            Post p = forceStatus(draft(ME, "li_1"), st,
                    st.holdsLane() ? NOW.plusSeconds(3 * 86400) : NOW.minusSeconds(3600));
            assertThat(p.status()).isEqualTo(st);
            failsWith(p.id(), "Only draft posts can be assigned");
        }

        @Test
        @DisplayName("\"Post must have at least one social account\"")
        void postMustHaveAtLeastOneSocialAccount() {
            planSlot(ME);
            Post p = draft(ME, null);
            assertThat(p.accountId()).isNull();
            failsWith(p.id(), "Post must have at least one social account");
        }

        @Test
        @DisplayName("\"No available slot\"")
        void noAvailableSlot() {
            Post p = draft(ME, "li_1");
            failsWith(p.id(), "No available slot"); // no slot at all
            createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null))));
            failsWith(p.id(), "No available slot"); // a slot, but for Twitter only
            Label news = s.labels().create(ME, "news");
            createPlanSlot(ME, with(planSlotBody(), "label_ids", list(news.id())));
            failsWith(p.id(), "No available slot"); // a slot for labelled posts only
            CalendarSlot plain = planSlot(ME);
            patchPlanSlot(ME, plain.slot().id(), map("is_active", false));
            failsWith(p.id(), "No available slot"); // an inactive slot
        }

        @Test
        @DisplayName("a batch: failed items change nothing, successful ones are written, in request order")
        void mixedBatchWritesOnlyTheSuccesses() {
            planSlot(ME);
            planSlot(OTHER);
            Post ok1 = draft(ME, "li_1");
            Post noAccount = draft(ME, null);
            Post theirs = draft(OTHER, "li_other");
            Post published = forceStatus(draft(ME, "li_1"), PostStatus.PUBLISHED, NOW.minusSeconds(60));
            Post ok2 = draft(ME, "li_1");
            StoreSnapshot before = StoreSnapshot.of(store);

            List<Assignment> results = assignNext(ME, map("post_ids",
                    list(ok1.id(), "post_nope", theirs.id(), noAccount.id(), published.id(), ok2.id())));

            assertThat(results).extracting(Assignment::postId)
                    .containsExactly(ok1.id(), "post_nope", theirs.id(), noAccount.id(), published.id(), ok2.id());
            assertThat(results).extracting(Assignment::message).containsExactly(null, "Post not found",
                    "Access denied", "Post must have at least one social account", "Only draft posts can be assigned",
                    null);
            // Monday 13:30 Copenhagen, this week and the next: the first success takes this week's lane.
            assertThat(results.get(0).placement().scheduledAt()).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
            assertThat(results.get(5).placement().scheduledAt()).isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));

            StoreSnapshot after = StoreSnapshot.of(store);
            assertThat(after.accounts()).isEqualTo(before.accounts());
            assertThat(after.labels()).isEqualTo(before.labels());
            assertThat(after.slots()).isEqualTo(before.slots());
            assertThat(after.settings()).isEqualTo(before.settings());
            for (Post untouched : List.of(noAccount, theirs, published)) {
                assertThat(stored(untouched)).as("failed item %s", untouched.id()).isEqualTo(untouched);
            }
            Post s1 = stored(ok1);
            Post s2 = stored(ok2);
            assertThat(s1.status()).isEqualTo(PostStatus.SCHEDULED);
            assertThat(s1.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
            assertThat(s1.slotId()).isEqualTo(results.get(0).placement().slotId());
            assertThat(s2.status()).isEqualTo(PostStatus.SCHEDULED);
            assertThat(s2.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));
            assertThat(after.posts()).hasSize(before.posts().size());
        }
    }

    // =============================================================================================

    /** Blotato slots */
    @Nested
    class BlotatoSlots {

        @Test
        @DisplayName("DELETE: \"Slot has future scheduled content. Delete the scheduled posts first.\"")
        void slotHasFutureScheduledContent() {
            CalendarSlot slot = createBlotatoSlots(ME,
                    blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null)))).get(0);
            String id = slot.slot().id();
            Post p = submitBlotato(ME, blotatoPost("tw_1", "twitter", "useNextFreeSlot", true));
            assertThat(p.slotId()).isEqualTo(id);
            assertThat(p.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));

            refused(Problem.INVALID, "Slot has future scheduled content. Delete the scheduled posts first.", "id",
                    () -> s.slots().delete(ME, id));
            // the refused delete left the slot in the engine too
            assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw_1", null).scheduledAt())
                    .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));

            clock.set(Instant.parse("2026-03-02T09:30:00Z"));
            s.slots().delete(ME, id);
            assertThat(StoreSnapshot.of(store).slots()).isEmpty();
            Post kept = stored(p);
            assertThat(kept.status()).isEqualTo(PostStatus.SCHEDULED);
            assertThat(kept.scheduledAt()).isEqualTo(p.scheduledAt());
            assertThat(kept.slotId()).isNull();
            assertThat(kept.occurrenceStart()).isNull();
            assertThat(kept.content()).isEqualTo(p.content());
        }

        @Test
        @DisplayName("DELETE refused with a past and a future post: the past one is not unlinked by the refusal")
        void refusedDeleteDoesNotUnlinkPastPosts() {
            String id = createBlotatoSlots(ME,
                    blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null)))).get(0).slot().id();
            Post past = submitBlotato(ME, blotatoPost("tw_1", "twitter", "useNextFreeSlot", true));
            Post future = submitBlotato(ME, blotatoPost("tw_1", "twitter", "useNextFreeSlot", true));
            assertThat(future.scheduledAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
            clock.set(Instant.parse("2026-03-02T09:30:00Z"));

            refused(Problem.INVALID, SlotService.FUTURE_CONTENT, "id", () -> s.slots().delete(ME, id));
            assertThat(stored(past).slotId()).isEqualTo(id);

            s.schedules().deleteScheduled(ME, future.id());
            s.slots().delete(ME, id);
            assertThat(stored(past).slotId()).isNull();
            assertThat(stored(past).scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        }

        @Test
        @DisplayName("create: a day and time twice in one request writes nothing, not even the first slot")
        void duplicateInOneRequestWritesNothing() {
            refusedWith(Problem.INVALID, "slots[2]", () -> createBlotatoSlots(ME, blotatoSlots(
                            blotatoSlot("monday", 9, 0, twitter("tw_new")),
                            blotatoSlot("tuesday", 10, 0, twitter(null)),
                            blotatoSlot("monday", 9, 0, twitter(null)))),
                    m -> assertThat(m).containsIgnoringCase("monday").contains("09:00"));
            StoreSnapshot after = StoreSnapshot.of(store);
            assertThat(after.slots()).isEmpty();
            assertThat(after.accounts()).as("the account named by the first slot is not registered").isEmpty();
            refused(Problem.INVALID, "no slots are configured for this platform/account", "platform",
                    () -> s.queue().nextAvailable(ME, Platform.TWITTER, null, null));
        }

        @Test
        @DisplayName("create: a day and time already taken by an existing slot writes nothing")
        void duplicateOfAnExistingSlotWritesNothing() {
            createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null))));
            refusedWith(Problem.INVALID, "slots[1]", () -> createBlotatoSlots(ME, blotatoSlots(
                            blotatoSlot("wednesday", 12, 0, twitter("tw_new")),
                            blotatoSlot("monday", 9, 0, map("platform", "linkedin", "accountId", null)))),
                    m -> assertThat(m).containsIgnoringCase("monday").contains("09:00"));
            assertThat(StoreSnapshot.of(store).slots()).hasSize(1);
            // another owner's slot at that time is no conflict
            assertThat(createBlotatoSlots(OTHER, blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null)))))
                    .hasSize(1);
        }

        @Test
        @DisplayName("next-available: \"no slots are configured for this platform/account\" (400)")
        void noSlotsAreConfiguredForThisPlatformAccount() {
            String message = "no slots are configured for this platform/account";
            refused(Problem.INVALID, message, "platform",
                    () -> nextAvailable(ME, map("platform", "twitter")));
            createBlotatoSlots(ME, blotatoSlots(
                    blotatoSlot("monday", 9, 0, map("platform", "linkedin", "accountId", null)),
                    blotatoSlot("tuesday", 9, 0, twitter("tw_1"))));
            refused(Problem.INVALID, message, "platform",
                    () -> nextAvailable(ME, map("platform", "twitter", "accountId", "tw_2")));
            refused(Problem.INVALID, message, "platform",
                    () -> nextAvailable(ME, map("platform", "facebook")));
            // another owner's slots are not ours
            createBlotatoSlots(OTHER, blotatoSlots(blotatoSlot("monday", 9, 0,
                    map("platform", "instagram", "accountId", null))));
            refused(Problem.INVALID, message, "platform",
                    () -> nextAvailable(ME, map("platform", "instagram")));
            assertThat(nextAvailable(ME, map("platform", "twitter", "accountId", "tw_1")).scheduledAt())
                    .isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        }

        @Test
        @DisplayName("next-available: \"No available slot\" when every matching slot is inactive")
        void noAvailableSlotWhenAllInactive() {
            List<CalendarSlot> slots = createBlotatoSlots(ME, blotatoSlots(
                    blotatoSlot("monday", 9, 0, twitter(null)), blotatoSlot("friday", 17, 30, twitter(null))));
            for (CalendarSlot slot : slots) {
                patchPlanSlot(ME, slot.slot().id(), map("is_active", false));
            }
            refused(Problem.INVALID, "No available slot", "platform",
                    () -> nextAvailable(ME, map("platform", "twitter")));
            refused(Problem.INVALID, "No available slot", "platform",
                    () -> s.queue().nextAvailable(ME, Platform.TWITTER, "tw_1", null));
        }
    }

    // =============================================================================================

    /** Blotato PATCH /schedules/:id */
    @Nested
    class UpdateSchedule {

        String slotId;
        Post scheduled;

        @BeforeEach
        void scheduled() {
            slotId = createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null))))
                    .get(0).slot().id();
            scheduled = submitBlotato(ME, blotatoPost("tw_1", "twitter", "useNextFreeSlot", true));
        }

        @Test
        @DisplayName("\"Schedule not found\" (404): unknown id, another owner's post, a draft, a published post")
        void scheduleNotFound() {
            Map<String, Object> body = reschedule("2026-03-05T10:00:00Z");
            Post theirs = submitBlotato(OTHER, blotatoPost("tw_other", "twitter",
                    "scheduledTime", "2026-03-05T11:00:00Z"));
            Post myDraft = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw_1", null,
                    PostContent.text("draft"), null, Set.of()));
            Post published = forceStatus(s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw_1", null,
                    PostContent.text("done"), null, Set.of())), PostStatus.PUBLISHED, NOW.minusSeconds(60));
            for (String id : List.of("sch_nope", theirs.id(), myDraft.id(), published.id())) {
                refused(Problem.NOT_FOUND, "Schedule not found", null, () -> updateScheduled(ME, id, body));
            }
            refused(Problem.NOT_FOUND, "Schedule not found", null, () -> s.schedules().getScheduled(ME, theirs.id()));
            refused(Problem.NOT_FOUND, "Schedule not found", null, () -> {
                s.schedules().deleteScheduled(ME, theirs.id());
                return null;
            });
        }

        @Test
        @DisplayName("422 \"Empty patch\"")
        void emptyPatch() {
            for (Object body : list(map(), map("patch", map()), map("patch", map("foo", 1)),
                    map("patch", map("scheduledTime", null, "draft", null)), map("patch", "x"),
                    map("scheduledTime", "2026-03-05T10:00:00Z"), null, list())) {
                refused(Problem.UNPROCESSABLE, "Empty patch", "patch",
                        () -> updateScheduled(ME, scheduled.id(), body));
            }
        }

        @ParameterizedTest(name = "scheduledTime = {0}")
        @MethodSource(THIS + "badDates")
        @DisplayName("422 \"Invalid date\"")
        void invalidDate(Object time) {
            refused(Problem.UNPROCESSABLE, "Invalid date", "patch.scheduledTime",
                    () -> updateScheduled(ME, scheduled.id(), reschedule(time)));
        }

        @ParameterizedTest(name = "scheduledTime = {0}")
        @ValueSource(strings = {"2026-03-01T00:00:00Z", "2026-03-02T08:00:00Z", "2026-03-02T08:59:59+01:00",
                "2020-01-01T00:00:00Z"})
        @DisplayName("422 \"Scheduled time is in the past\"")
        void scheduledTimeIsInThePast(String time) {
            refused(Problem.UNPROCESSABLE, "Scheduled time is in the past", "patch.scheduledTime",
                    () -> updateScheduled(ME, scheduled.id(), reschedule(time)));
        }

        @Test
        @DisplayName("a valid reschedule returns and stores the new time")
        void validReschedule() {
            Instant later = Instant.parse("2026-03-05T10:00:00Z");
            Post moved = updateScheduled(ME, scheduled.id(), reschedule("2026-03-05T10:00:00Z"));
            assertThat(moved.scheduledAt()).isEqualTo(later);
            assertThat(moved.status()).isEqualTo(PostStatus.SCHEDULED);
            Post reread = stored(scheduled);
            assertThat(reread.scheduledAt()).isEqualTo(later);
            assertThat(reread.slotId()).as("off any occurrence: no slot link").isNull();
            assertThat(reread.content()).isEqualTo(scheduled.content());
            assertThat(s.schedules().getScheduled(ME, scheduled.id()).scheduledAt()).isEqualTo(later);
            // Monday 09:00 is free again
            assertThat(s.queue().nextAvailable(ME, Platform.TWITTER, "tw_1", null).scheduledAt())
                    .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        }

        @Test
        @DisplayName("a reschedule onto another occurrence of its slot keeps the link")
        void rescheduleOntoAnotherOccurrenceKeepsTheSlot() {
            Post moved = updateScheduled(ME, scheduled.id(), reschedule("2026-03-16T09:00:00Z"));
            assertThat(moved.slotId()).isEqualTo(slotId);
            assertThat(moved.occurrenceStart()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
            assertThat(stored(scheduled)).isEqualTo(moved);
        }
    }

    static Stream<Arguments> badDates() {
        return Stream.of(Arguments.of("tomorrow"), Arguments.of("2026-13-01T00:00:00Z"), Arguments.of("2026-04-05"),
                Arguments.of("2026-04-05T10:00:00"), Arguments.of(12345), Arguments.of(""), Arguments.of(true));
    }

    // =============================================================================================

    /** Blotato GET /schedules */
    @Nested
    class ListSchedules {

        @ParameterizedTest(name = "limit = \"{0}\"")
        @ValueSource(strings = {"0", "51", "x", "", "-5", "2.0"})
        @DisplayName("limit must be 1 to 50")
        void limitMustBeAnIntegerBetween1And50(String limit) {
            refused(Problem.INVALID, "limit must be an integer between 1 and 50", "limit",
                    () -> listScheduled(ME, limit, null));
        }

        @Test
        @DisplayName("\"Invalid cursor\"")
        void invalidCursor() {
            for (String cursor : List.of("garbage", "!!!", "", new Cursor("slot", "slot_1").encode())) {
                refused(Problem.INVALID, "Invalid cursor", "cursor", () -> listScheduled(ME, "2", cursor));
            }
        }

        @Test
        @DisplayName("cursor walk: future scheduled posts of the owner, by time then id, count of all")
        void cursorWalk() {
            List<Post> future = new ArrayList<>();
            for (String t : List.of("2026-03-04T10:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z",
                    "2026-03-06T10:00:00Z", "2026-03-05T10:00:00Z")) {
                future.add(submitBlotato(ME, blotatoPost("tw_1", "twitter", "scheduledTime", t)));
            }
            Post soonPast = submitBlotato(ME, blotatoPost("tw_1", "twitter",
                    "scheduledTime", "2026-03-02T09:00:00Z"));
            draft(ME, "li_1");
            submitBlotato(OTHER, blotatoPost("tw_other", "twitter", "scheduledTime", "2026-03-03T12:00:00Z"));
            clock.set(Instant.parse("2026-03-02T09:30:00Z"));
            assertThat(soonPast.scheduledAt()).isBefore(clock.instant());

            List<String> expected = future.stream()
                    .sorted(java.util.Comparator.comparing((Post p) -> p.scheduledAt()).thenComparing(Post::id))
                    .map(Post::id).toList();
            List<String> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String cursor = null;
            do {
                Page<Post> page = listScheduled(ME, "2", cursor);
                assertThat(page.total()).isEqualTo(5);
                page.items().forEach(p -> seen.add(p.id()));
                sizes.add(page.items().size());
                cursor = page.nextCursor();
            } while (cursor != null && sizes.size() < 10);
            assertThat(sizes).containsExactly(2, 2, 1);
            assertThat(seen).containsExactlyElementsOf(expected);
            Page<Post> all = listScheduled(ME, null, null);
            assertThat(all.items()).extracting(Post::id).containsExactlyElementsOf(expected);
            assertThat(all.nextCursor()).isNull();
        }
    }

    // =============================================================================================

    /** Ayrshare POST /api/auto-schedule/set */
    @Nested
    class AyrshareSet {

        static final String TIMES = "schedule must be an array of UTC times like \"13:05Z\"";
        static final String DAYS = "daysOfWeek must be an array of numbers 0-6";
        static final String DATES = "excludeDates must be an array of dates like \"2026-01-01\"";

        @BeforeEach
        void existing() {
            // A schedule that a refused set under the same title must leave exactly as it is.
            setAutoSchedule(ME, map("schedule", list("13:05Z", "20:14Z"), "title", "Instagram Schedule",
                    "daysOfWeek", list(1, 3)));
            assertThat(StoreSnapshot.of(store).slots()).hasSize(4);
        }

        ServiceException refusedSet(Map<String, Object> body, String message, String field) {
            return refused(Problem.INVALID, message, field, () -> setAutoSchedule(ME, body));
        }

        @ParameterizedTest(name = "schedule = {0}")
        @MethodSource(THIS + "badSchedules")
        @DisplayName("schedule times must look like \"13:05Z\"")
        void scheduleTimesMustLookLike1305Z(Object schedule) {
            refusedSet(map("schedule", schedule, "title", "Instagram Schedule"), TIMES, "schedule");
            refusedSet(map("schedule", schedule), TIMES, "schedule");
        }

        @ParameterizedTest(name = "daysOfWeek = {0}")
        @MethodSource(THIS + "badDays")
        @DisplayName("daysOfWeek must be numbers 0-6")
        void daysOfWeekMustBeNumbers0To6(Object days) {
            refusedSet(map("schedule", list("09:00Z"), "title", "Instagram Schedule", "daysOfWeek", days), DAYS,
                    "daysOfWeek");
        }

        @ParameterizedTest(name = "excludeDates = {0}")
        @MethodSource(THIS + "badExcludes")
        @DisplayName("excludeDates must be dates like \"2026-01-01\"")
        void excludeDatesMustBeDates(Object dates) {
            refusedSet(map("schedule", list("09:00Z"), "title", "Instagram Schedule", "excludeDates", dates), DATES,
                    "excludeDates");
        }

        @Test
        @DisplayName("schedule is required unless setStartDate is given")
        void scheduleIsRequiredUnlessSetStartDate() {
            refusedSet(map("title", "Instagram Schedule"), AutoScheduleService.SCHEDULE_REQUIRED, "schedule");
            refusedSet(map("title", "No Such Schedule", "setStartDate", "2026-07-08T12:30:00Z"),
                    AutoScheduleService.SCHEDULE_REQUIRED, "schedule");
        }

        @Test
        @DisplayName("a bad setStartDate or title is refused without writing")
        void badStartDateOrTitle() {
            refusedSet(map("schedule", list("09:00Z"), "title", "Instagram Schedule", "setStartDate", "next week"),
                    "setStartDate must be an ISO-8601 UTC date time like \"2026-07-08T12:30:00Z\"", "setStartDate");
            refusedSet(map("schedule", list("09:00Z"), "title", 5), "title must be a string", "title");
        }

        @Test
        @DisplayName("\"Request body must be a JSON object\"")
        void requestBodyMustBeAJsonObject() {
            for (Object body : list(list("13:05Z"), "13:05Z", null)) {
                refused(Problem.INVALID, "Request body must be a JSON object", null,
                        () -> setAutoSchedule(ME, body));
            }
        }
    }

    // =============================================================================================

    /** Requests that write inside their transaction before they are refused: the refusal must undo it all. */
    @Nested
    class WritesBeforeTheRefusal {

        @Test
        @DisplayName("a refused request on a fresh store writes not even the API key")
        void refusedRequestOnAFreshStoreWritesNotEvenTheApiKey() {
            s.close();
            store = Store.inMemory("validation-fresh-" + UUID.randomUUID());
            s = Services.over(store, clock, new SplittableRandom(7));
            assertThat(StoreSnapshot.of(store).settings()).doesNotContainKey(StoreSnapshot.API_KEY);
            refused(Problem.INVALID, PlanSlotRequest.TIMEZONE_INVALID, "timezone",
                    () -> createPlanSlot(ME, with(planSlotBody(), "timezone", "Mars/Olympus")));
            refused(Problem.INVALID, "no slots are configured for this platform/account", "useNextFreeSlot",
                    () -> submitBlotato(ME, blotatoPost("tw_new", "twitter", "useNextFreeSlot", true)));
            assertThat(StoreSnapshot.of(store).settings()).doesNotContainKey(StoreSnapshot.API_KEY);
        }

        @Test
        @DisplayName("Blotato POST /v2/posts with useNextFreeSlot and no slot: 400, the account is not registered")
        void nextFreeSlotWithoutSlotsRegistersNoAccount() {
            refused(Problem.INVALID, "no slots are configured for this platform/account", "useNextFreeSlot",
                    () -> submitBlotato(ME, blotatoPost("tw_new", "twitter", "useNextFreeSlot", true)));
            assertThat(StoreSnapshot.of(store).accounts()).isEmpty();
            CalendarSlot slot = createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0,
                    twitter(null)))).get(0);
            patchPlanSlot(ME, slot.slot().id(), map("is_active", false));
            refused(Problem.INVALID, "No available slot", "useNextFreeSlot",
                    () -> submitBlotato(ME, blotatoPost("tw_new", "twitter", "useNextFreeSlot", true)));
            assertThat(StoreSnapshot.of(store).accounts()).isEmpty();
        }

        @Test
        @DisplayName("Ayrshare POST /api/post into a schedule that does not exist: refused, no default account made")
        void ayrshareAutoScheduleWithoutScheduleCreatesNoAccount() {
            CrossPost req = AyrsharePostRequest.parse(map("post", "Hello", "platforms", list("instagram"),
                    "autoSchedule", map("schedule", true, "title", "No Such Schedule")));
            ServiceException e = refusedWith(Problem.INVALID, e0 -> { }, () -> s.schedules().submitToPlatforms(ME, req),
                    m -> assertThat(m).isEqualTo("no slots are configured for this platform/account"));
            assertThat(StoreSnapshot.of(store).accounts()).isEmpty();
            // The Ayrshare body has no useNextFreeSlot: the field at fault is the schedule it names.
            assertThat(e.field()).as("field of an Ayrshare refusal").startsWith("autoSchedule");
        }

        @Test
        @DisplayName("draft with an unknown label: \"One or more labels were not found\", the account is not registered")
        void draftWithUnknownLabelRegistersNoAccount() {
            refused(Problem.INVALID, "One or more labels were not found", "label_ids",
                    () -> s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li_new", null,
                            PostContent.text("x"), null, Set.of("lbl_nope"))));
            assertThat(StoreSnapshot.of(store).accounts()).isEmpty();
        }

        @Test
        @DisplayName("draft naming another owner's account or label: \"Access denied\" (403), nothing written")
        void draftWithAnotherOwnersAccountOrLabel() {
            draft(OTHER, "li_other");
            Label theirs = s.labels().create(OTHER, "theirs");
            refused(Problem.FORBIDDEN, "Access denied", null, () -> draft(ME, "li_other"));
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li_new", null,
                            PostContent.text("x"), null, Set.of(theirs.id()))));
            assertThat(s.accounts().find(ME, "li_new")).isEmpty();
        }

        @Test
        @DisplayName("Blotato create slots: another owner's account in a later slot refuses the whole request")
        void createSlotsWithAnotherOwnersAccountWritesNothing() {
            draft(OTHER, "tw_other_acc");
            // the draft registered a LinkedIn account; make a Twitter one for the other owner
            submitBlotato(OTHER, blotatoPost("tw_theirs", "twitter", "scheduledTime", "2026-03-05T10:00:00Z"));
            refused(Problem.FORBIDDEN, "Access denied", null, () -> createBlotatoSlots(ME, blotatoSlots(
                    blotatoSlot("monday", 9, 0, twitter("tw_new")),
                    blotatoSlot("tuesday", 9, 0, twitter("tw_theirs")))));
            assertThat(s.accounts().find(ME, "tw_new")).isEmpty();
        }

        @Test
        @DisplayName("Blotato create slots: an account of another platform is refused naming the slot's field")
        void createSlotsWithAnAccountOfAnotherPlatform() {
            draft(ME, "li_1");
            refused(Problem.INVALID, "Account \"li_1\" is a linkedin account, not twitter",
                    "slots[1].selectedTargets[0].accountId", () -> createBlotatoSlots(ME, blotatoSlots(
                            blotatoSlot("monday", 9, 0, twitter("tw_new")),
                            blotatoSlot("tuesday", 9, 0, twitter("li_1")))));
        }

        @Test
        @DisplayName("Blotato create slots: wrong types name the field, nothing written")
        void createSlotsWrongTypes() {
            Map<String, Object> ok = blotatoSlot("monday", 9, 0, twitter("tw_new"));
            Object[][] cases = {
                    {with(ok, "hour", "9"), "slots[1].hour", "slots[1].hour must be an integer between 0 and 23"},
                    {with(ok, "hour", 24), "slots[1].hour", "slots[1].hour must be an integer between 0 and 23"},
                    {without(ok, "hour"), "slots[1].hour", "slots[1].hour is required"},
                    {with(ok, "minute", 60), "slots[1].minute", "slots[1].minute must be an integer between 0 and 59"},
                    {with(ok, "day", "funday"), "slots[1].day", "slots[1].day must be one of: "
                            + "monday, tuesday, wednesday, thursday, friday, saturday, sunday"},
                    {with(ok, "day", 1), "slots[1].day", "slots[1].day must be one of: "
                            + "monday, tuesday, wednesday, thursday, friday, saturday, sunday"},
                    {without(ok, "selectedTargets"), "slots[1].selectedTargets", "slots[1].selectedTargets is required"},
                    {with(ok, "selectedTargets", "twitter"), "slots[1].selectedTargets",
                            "slots[1].selectedTargets must be an array"},
                    {with(ok, "selectedTargets", list(map("platform", "myspace"))),
                            "slots[1].selectedTargets[0].platform", "slots[1].selectedTargets[0].platform must be one of: "
                            + RequestValues.PLATFORMS},
                    {with(ok, "selectedTargets", list(map("platform", "twitter", "accountId", 5))),
                            "slots[1].selectedTargets[0].accountId",
                            "slots[1].selectedTargets[0].accountId must be a string or null"},
                    {"monday 9:00", "slots[1]", "slots[1] must be an object"},
            };
            for (Object[] c : cases) {
                refused(Problem.INVALID, (String) c[2], (String) c[1],
                        () -> createBlotatoSlots(ME, blotatoSlots(blotatoSlot("friday", 8, 0,
                                twitter("tw_first")), c[0])));
            }
            refused(Problem.INVALID, "slots must not be empty", "slots",
                    () -> createBlotatoSlots(ME, map("slots", list())));
            refused(Problem.INVALID, "slots is required", "slots", () -> createBlotatoSlots(ME, map()));
            assertThat(StoreSnapshot.of(store).accounts()).isEmpty();
        }

        @Test
        @DisplayName("Blotato PATCH /schedule/slots/:id: bad targets, unknown and foreign slots, nothing written")
        void replaceTargetsRefusals() {
            CalendarSlot mine = createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0,
                    twitter(null)))).get(0);
            CalendarSlot theirs = createBlotatoSlots(OTHER, blotatoSlots(blotatoSlot("monday", 9, 0,
                    twitter(null)))).get(0);
            Map<String, Object> good = map("selectedTargets", list(twitter("tw_new")));
            refused(Problem.NOT_FOUND, "Slot not found", null, () -> replaceTargets(ME, "slot_nope", good));
            refused(Problem.FORBIDDEN, "Access denied", null,
                    () -> replaceTargets(ME, theirs.slot().id(), good));
            refused(Problem.INVALID, "selectedTargets must be an array", "selectedTargets",
                    () -> replaceTargets(ME, mine.slot().id(), map("selectedTargets", "twitter")));
            refused(Problem.INVALID, "selectedTargets is required", "selectedTargets",
                    () -> replaceTargets(ME, mine.slot().id(), map()));
            assertThat(s.accounts().find(ME, "tw_new")).isEmpty();
        }

        @Test
        @DisplayName("Blotato PATCH /schedules/:id with a bad draft or a foreign account: nothing written")
        void updateScheduledWithBadDraft() {
            createBlotatoSlots(ME, blotatoSlots(blotatoSlot("monday", 9, 0, twitter(null))));
            Post p = submitBlotato(ME, blotatoPost("tw_1", "twitter", "useNextFreeSlot", true));
            submitBlotato(OTHER, blotatoPost("tw_theirs", "twitter", "scheduledTime", "2026-03-05T10:00:00Z"));
            Map<String, Object> noContent = map("patch", map("scheduledTime", "2026-03-05T10:00:00Z",
                    "draft", map("accountId", "tw_1", "target", map("targetType", "twitter"))));
            refused(Problem.INVALID, "patch.draft.content is required", "patch.draft.content",
                    () -> updateScheduled(ME, p.id(), noContent));
            Map<String, Object> foreign = map("patch", map("scheduledTime", "2026-03-05T10:00:00Z",
                    "draft", blotatoPost("tw_theirs", "twitter").get("post")));
            refused(Problem.FORBIDDEN, "Access denied", null, () -> updateScheduled(ME, p.id(), foreign));
            assertThat(stored(p)).isEqualTo(p);
        }

        @Test
        @DisplayName("Ayrshare DELETE /api/auto-schedule/delete of an unknown title: 404, nothing written")
        void deleteUnknownAutoSchedule() {
            setAutoSchedule(ME, map("schedule", list("13:05Z")));
            refused(Problem.NOT_FOUND, "Auto schedule not found: Nope", null, () -> {
                s.autoSchedules().delete(ME, "Nope");
                return null;
            });
            // another owner's schedule of that title is not ours to delete
            setAutoSchedule(OTHER, map("schedule", list("13:05Z"), "title", "Theirs"));
            refused(Problem.NOT_FOUND, "Auto schedule not found: Theirs", null, () -> {
                s.autoSchedules().delete(ME, "Theirs");
                return null;
            });
        }
    }

    static Stream<Arguments> badSchedules() {
        return Stream.of(Arguments.of(list("13:05")), Arguments.of(list("25:00Z")), Arguments.of(list("13:05Z", "9:00Z")),
                Arguments.of(list("13:05+01:00")), Arguments.of(list(1305)), Arguments.of(list()),
                Arguments.of("13:05Z"), Arguments.of(list("13:60Z")), Arguments.of(list((Object) null)));
    }

    static Stream<Arguments> badDays() {
        return Stream.of(Arguments.of(list(7)), Arguments.of(list(-1)), Arguments.of(list(1, 9)), Arguments.of(list("1")),
                Arguments.of(list(1.5)), Arguments.of(1), Arguments.of("1,3"), Arguments.of(list((Object) null)));
    }

    static Stream<Arguments> badExcludes() {
        return Stream.of(Arguments.of(list("01/01/2026")), Arguments.of(list("2026-1-1")),
                Arguments.of(list("2026-02-30")), Arguments.of("2026-01-01"), Arguments.of(list(20260101)),
                Arguments.of(list("2026-01-01T00:00:00Z")), Arguments.of(list((Object) null)));
    }
}
