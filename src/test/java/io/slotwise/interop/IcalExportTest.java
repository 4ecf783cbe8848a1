package io.slotwise.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftInput;
import io.slotwise.service.ScheduledPlan;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import io.slotwise.service.TestClock;
import io.slotwise.service.Workspace;
import io.slotwise.store.Store;
import io.slotwise.engine.CalendarSlot;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The .ics export read back by ical4j: one event per scheduled post with its exact instant, stable UID,
 * summary, full text and labels; and each slot's RRULE and EXDATEs, expanded by ical4j in the slot's
 * VTIMEZONE, give the engine's occurrences across DST changes on three continents.
 */
class IcalExportTest {

    private static final String ME = Workspace.LOCAL_OWNER;
    /** Monday 2 March 2026, 08:00 UTC (09:00 in Berlin). */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Services s;
    private CalendarSlot berlin;
    private CalendarSlot newYork;
    private CalendarSlot sydney;
    private Post thread;
    private Post linkedIn;

    @BeforeEach
    void fill() {
        s = Services.over(Store.inMemory("ical-" + System.nanoTime()), clock, new SplittableRandom(2));
        s.accounts().create(ME, "tw", Platform.TWITTER, "Tweets", null, List.of());
        s.accounts().create(ME, "li", Platform.LINKEDIN, "Page", null, List.of());
        String promo = s.labels().create(ME, "Promo, spring").id();
        String launch = s.labels().create(ME, "Launch; now").id();
        // Every other Monday 09:00-10:00 in Berlin (DST starts 29 March), the 16th excluded, for launch posts.
        berlin = slot(Recurrence.weekly(2, DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), "Europe/Berlin",
                List.of(Target.account(Platform.TWITTER, "tw")), Set.of(launch), LocalDate.of(2026, 3, 2),
                Set.of(LocalDate.of(2026, 3, 16)));
        // The second Tuesday of each month at 14:30 in New York (DST starts 8 March), a point slot.
        newYork = slot(Recurrence.monthly(1, DayOfWeek.TUESDAY), LocalTime.of(14, 30), null, "America/New_York",
                List.of(Target.account(Platform.LINKEDIN, "li")), Set.of(), LocalDate.of(2026, 3, 10),
                Set.of(LocalDate.of(2026, 5, 12)));
        // Every third day 18:00-18:30 in Sydney (DST ends 5 April), for labelled posts of any account.
        sydney = slot(Recurrence.daily(3), LocalTime.of(18, 0), LocalTime.of(18, 30), "Australia/Sydney", List.of(),
                Set.of(promo), LocalDate.of(2026, 3, 1), Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4)));
        s.slots().create(ME, new SlotSpec(null, Recurrence.daily(1), LocalTime.of(7, 0), null, ZoneId.of("UTC"),
                List.of(), Set.of(), false, null, Set.of()));

        Post d = s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, new PostContent(
                "Big news, \"finally\"; read on ✨\nsecond line", List.of("https://cdn.example/a.png"),
                List.of(new ThreadPost("part two 🧵", List.of()))), null, Set.of(launch)));
        assertThat(s.queue().addToQueue(ME, d.id()).success()).isTrue();
        thread = s.posts().find(ME, d.id()).orElseThrow();
        Post l = s.posts().createDraft(ME, new DraftInput(Platform.LINKEDIN, "li", null, PostContent.text("Hello page"),
                null, Set.of(promo, launch)));
        linkedIn = s.posts().moveToTime(ME, l.id(), Instant.parse("2026-03-05T12:34:56Z"));
        s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null, PostContent.text("still a draft"), null,
                Set.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CalendarSlot slot(Recurrence r, LocalTime start, LocalTime end, String zone, List<Target> targets,
                            Set<String> labels, LocalDate startDate, Set<LocalDate> excluded) {
        return s.slots().create(ME, new SlotSpec(null, r, start, end, ZoneId.of(zone), targets, labels, true, startDate,
                excluded));
    }

    private Calendar exported(String accountId, boolean slots) throws Exception {
        ScheduledPlan plan = s.calendar().scheduledPlan(ME, accountId);
        String ics = IcalExport.toIcs("Slotwise", plan.posts(), slots ? plan.slots() : List.of(), plan.labels(),
                clock.instant());
        assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> byUid(Calendar cal) {
        Map<String, VEvent> out = new HashMap<>();
        for (Object c : cal.getComponents("VEVENT")) {
            VEvent e = (VEvent) c;
            out.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        return out;
    }

    private static String text(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void eachScheduledPostIsAnEventAtItsExactInstant() throws Exception {
        Map<String, VEvent> events = byUid(exported(null, false));
        assertThat(events).containsOnlyKeys(thread.id() + "@slotwise", linkedIn.id() + "@slotwise");

        VEvent t = events.get(thread.id() + "@slotwise");
        assertThat(thread.scheduledAt()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(t.getStartDate().orElseThrow().getDate()).isEqualTo(thread.scheduledAt());
        assertThat(text(t, Property.SUMMARY)).isEqualTo("X / Twitter: Big news, \"finally\"; read on ✨");
        assertThat(text(t, Property.DESCRIPTION))
                .isEqualTo("Big news, \"finally\"; read on ✨\nsecond line\n---\npart two 🧵");
        assertThat(text(t, Property.DURATION)).isEqualTo("PT15M");
        assertThat(t.<Categories>getProperty(Property.CATEGORIES).orElseThrow().getCategories())
                .containsExactly("Launch; now");

        VEvent l = events.get(linkedIn.id() + "@slotwise");
        assertThat(l.getStartDate().orElseThrow().getDate()).isEqualTo(Instant.parse("2026-03-05T12:34:56Z"));
        assertThat(text(l, Property.SUMMARY)).isEqualTo("LinkedIn: Hello page");
        assertThat(l.<Categories>getProperty(Property.CATEGORIES).orElseThrow().getCategories())
                .containsExactly("Launch; now", "Promo, spring");
    }

    @Test
    void theUidOfAPostStaysTheSameFromOneExportToTheNext() throws Exception {
        String first = text(byUid(exported(null, false)).get(linkedIn.id() + "@slotwise"), Property.UID);
        s.posts().moveToTime(ME, linkedIn.id(), Instant.parse("2026-03-06T10:00:00Z"));
        VEvent again = byUid(exported(null, false)).get(first);
        assertThat(again.getStartDate().orElseThrow().getDate()).isEqualTo(Instant.parse("2026-03-06T10:00:00Z"));
    }

    @Test
    void slotsExpandToTheEnginesOccurrencesInTheirOwnZones() throws Exception {
        Calendar cal = exported(null, true);
        Map<String, VEvent> events = byUid(cal);
        assertThat(events).hasSize(5);  // two posts, three active slots; the paused one has no occurrences
        assertThat(cal.getComponents("VTIMEZONE")).hasSize(3);
        Map<String, RfcTimeZone> zones = new HashMap<>();
        for (Object c : cal.getComponents("VTIMEZONE")) {
            VTimeZone vtz = (VTimeZone) c;
            zones.put(vtz.getTimeZoneId().orElseThrow().getValue(), new RfcTimeZone(vtz, 2028));
        }
        Instant from = Instant.parse("2026-02-20T00:00:00Z");
        Instant to = Instant.parse("2026-07-01T00:00:00Z");
        for (CalendarSlot stored : List.of(berlin, newYork, sydney)) {
            Slot slot = stored.slot();
            VEvent e = events.get(slot.id() + "@slotwise");
            assertThat(text(e, Property.TRANSP)).isEqualTo("TRANSPARENT");
            List<Instant> expected = OccurrenceSchedule.of(slot).between(from, to).stream().map(Occurrence::start)
                    .toList();
            assertThat(expansion(e, zones.get(slot.zone().getId()), from, to)).as("%s", slot).isEqualTo(expected);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(text(events.get(berlin.slot().id() + "@slotwise"), Property.RRULE))
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        assertThat(text(events.get(newYork.slot().id() + "@slotwise"), Property.RRULE))
                .isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU");
        assertThat(events.get(sydney.slot().id() + "@slotwise").<Categories>getProperty(Property.CATEGORIES)
                .orElseThrow().getCategories()).containsExactly("Promo, spring");
    }

    /** ical4j expands the RRULE on the wall clock; the EXDATEs go; the VTIMEZONE, read per RFC, places each. */
    @SuppressWarnings("unchecked")
    private static List<Instant> expansion(VEvent e, RfcTimeZone zone, Instant from, Instant to) {
        LocalDateTime seed = local(e.getStartDate().orElseThrow().getDate());
        Recur<LocalDateTime> recur = (Recur<LocalDateTime>) e.<RRule<?>>getProperty(Property.RRULE).orElseThrow()
                .getRecur();
        TreeSet<LocalDateTime> excluded = new TreeSet<>();
        for (Object p : e.getProperties(Property.EXDATE)) {
            ((DateListProperty<Temporal>) p).getDates().forEach(d -> excluded.add(local(d)));
        }
        return recur.getDates(seed, seed, LocalDateTime.of(2027, 1, 1, 0, 0)).stream()
                .filter(d -> !excluded.contains(d)).map(zone::resolve)
                .filter(i -> !i.isBefore(from) && i.isBefore(to)).toList();
    }

    private static LocalDateTime local(Temporal t) {
        return t instanceof ZonedDateTime z ? z.toLocalDateTime() : (LocalDateTime) t;
    }

    @Test
    void oneAccountsCalendarHasItsPostsAndTheSlotsThatTakeThem() throws Exception {
        Map<String, VEvent> events = byUid(exported("tw", true));
        assertThat(events).containsOnlyKeys(thread.id() + "@slotwise", berlin.slot().id() + "@slotwise",
                sydney.slot().id() + "@slotwise");
        assertThatThrownBy(() -> s.calendar().scheduledPlan(ME, "nobody")).isInstanceOf(ServiceException.class)
                .hasMessage("Account \"nobody\" not found")
                .satisfies(x -> assertThat(((ServiceException) x).field()).isEqualTo("account"));
    }

    @Test
    void longLinesAreFoldedByOctetsNeverInsideACharacterAndTheStreamStaysOpen() throws Exception {
        for (int pad = 0; pad < 4; pad++) {
            String text = "x".repeat(60 + pad) + "🎉🎉🎉🎉🎉🎉🎉🎉 ✨ Ünïcödé — 日本語 end";
            Post p = s.posts().moveToTime(ME, s.posts().createDraft(ME, new DraftInput(Platform.TWITTER, "tw", null,
                    PostContent.text(text), null, Set.of())).id(), Instant.parse("2026-04-01T10:00:00Z"));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
                @Override
                public void close() {
                    throw new AssertionError("the export must not close the caller's stream");
                }
            };
            IcalExport.write("Slotwise", List.of(p), List.of(), List.of(), clock.instant(), out);
            String ics = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(ics.split("\r\n")).allSatisfy(line ->
                    assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
            Calendar back = new CalendarBuilder().build(new java.io.ByteArrayInputStream(out.toByteArray()));
            assertThat(text(byUid(back).get(p.id() + "@slotwise"), Property.DESCRIPTION)).as("pad %d", pad)
                    .isEqualTo(text);
        }
    }
}
