package io.slotwise.interop;

import io.slotwise.engine.Label;
import io.slotwise.engine.Occurrence;
import io.slotwise.engine.OccurrenceSchedule;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The scheduled plan as an iCalendar (.ics) file, written with ical4j, for any calendar app.
 *
 * <ul>
 *   <li>Each scheduled post is a VEVENT: {@code UID} = post id + {@code @slotwise} (stable, so a
 *       re-import updates rather than duplicates), {@code DTSTART} its time in UTC, fifteen minutes long,
 *       {@code SUMMARY} = platform and first line, {@code DESCRIPTION} = the whole text (a thread's posts
 *       separated by a {@code ---} line), {@code CATEGORIES} = its labels.</li>
 *   <li>Optionally each active slot is a recurring VEVENT in its own zone ({@code TZID}, with a
 *       VTIMEZONE written from the JDK's rules), its RRULE as SPEC §2 gives it, one {@code EXDATE} per
 *       excluded date, marked free time ({@code TRANSP:TRANSPARENT}); a point slot lasts fifteen
 *       minutes.</li>
 * </ul>
 */
public final class IcalExport {

    public static final Duration EVENT_LENGTH = Duration.ofMinutes(15);
    public static final String UID_SUFFIX = "@slotwise";

    private IcalExport() {
    }

    /**
     * Writes the calendar as UTF-8.
     *
     * @param name   the calendar's name in apps that show one
     * @param slots  the slots to write as recurring events; empty for posts only
     * @param stamp  when the file is made (DTSTAMP)
     */
    public static void write(String name, List<Post> posts, List<Slot> slots, List<Label> labels, Instant stamp,
                             OutputStream out) throws IOException {
        // Made whole first: ical4j's outputter closes the writer it is given, which would close {@code out}.
        out.write(toIcs(name, posts, slots, labels, stamp).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static String toIcs(String name, List<Post> posts, List<Slot> slots, List<Label> labels, Instant stamp) {
        StringWriter w = new StringWriter();
        try {
            write(calendar(name, posts, slots, labels, stamp), w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    private static void write(Calendar calendar, Writer w) throws IOException {
        // Not validated by ical4j: that would resolve TZIDs through its own zone registry. Folded again here:
        // ical4j folds every 75 characters, which can split an emoji's surrogate pair (UTF-8 cannot encode
        // half a pair) and exceed 75 octets; its folds are undone and the lines folded by octets.
        StringWriter written = new StringWriter();
        new CalendarOutputter(false).output(calendar, written);
        w.write(fold(written.toString().replace("\r\n ", "").replace("\r\n\t", "")));
    }

    /** RFC 5545 §3.1: lines of at most 75 octets of UTF-8, continued after CRLF and a space, never inside a character. */
    static String fold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 50);
        for (String line : ics.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static Calendar calendar(String name, List<Post> posts, List<Slot> slots, List<Label> labels,
                                     Instant stamp) {
        Map<String, String> labelNames = new HashMap<>();
        labels.forEach(l -> labelNames.put(l.id(), l.name()));
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Slotwise//Slotwise calendar export//EN"));
        cal.add(new Version(new ParameterList(), "2.0"));
        cal.add(new CalScale("GREGORIAN"));
        cal.add(new XProperty("X-WR-CALNAME", name));

        List<VEvent> slotEvents = new ArrayList<>();
        Map<ZoneId, LocalDateTime> zonesFrom = new LinkedHashMap<>();
        for (Slot slot : slots) {
            VEvent e = slotEvent(slot, labelNames, stamp);
            if (e != null) {
                slotEvents.add(e);
                LocalDateTime first = firstOccurrence(slot).date().atTime(slot.startTime());
                zonesFrom.merge(slot.zone(), first, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        // Time zones before the events that use them.
        zonesFrom.forEach((zone, from) -> cal.add(IcalTimeZones.of(zone, from)));
        for (Post p : posts) {
            cal.add(postEvent(p, labelNames, stamp));
        }
        slotEvents.forEach(cal::add);
        return cal;
    }

    // ---- posts ----

    private static VEvent postEvent(Post p, Map<String, String> labelNames, Instant stamp) {
        VEvent e = new VEvent(false);
        e.add(new Uid(p.id() + UID_SUFFIX));
        e.add(new DtStamp(stamp));
        e.add(new LastModified(p.updatedAt()));
        e.add(new DtStart<>(p.scheduledAt()));
        e.add(new net.fortuna.ical4j.model.property.Duration(EVENT_LENGTH));
        String platform = p.platform() == null ? "Post" : p.platform().displayName();
        e.add(new Summary(platform + ": " + p.content().firstLine()));
        e.add(new Description(fullText(p.content())));
        addCategories(e, p.labelIds(), labelNames);
        return e;
    }

    /** The whole text of a post, a thread's posts joined by a {@code ---} line as Compose writes them. */
    static String fullText(PostContent c) {
        StringBuilder s = new StringBuilder(c.text());
        for (ThreadPost t : c.additionalPosts()) {
            s.append("\n---\n").append(t.text());
        }
        return s.toString();
    }

    // ---- slots ----

    private static VEvent slotEvent(Slot slot, Map<String, String> labelNames, Instant stamp) {
        if (!slot.active()) {
            return null;  // a paused slot has no occurrences
        }
        Occurrence first = firstOccurrence(slot);
        if (first == null) {
            return null;
        }
        ZoneId zone = slot.zone();
        VEvent e = new VEvent(false);
        e.add(new Uid(slot.id() + UID_SUFFIX));
        e.add(new DtStamp(stamp));
        // The slot's wall time even on a day a DST gap skips it: RFC 5545 then moves it forward by the
        // gap, as the engine does, and the later occurrences keep the slot's own time.
        e.add(IcalTimeZones.localTime(Property.DTSTART, zone, first.date().atTime(slot.startTime())));
        if (slot.isPoint()) {
            e.add(new net.fortuna.ical4j.model.property.Duration(EVENT_LENGTH));
        } else {
            e.add(IcalTimeZones.localTime(Property.DTEND, zone, first.date().atTime(slot.endTime())));
        }
        e.add(new RRule<>(rrule(slot)));
        for (LocalDateTime excluded : excludedOccurrences(slot, first.date())) {
            e.add(IcalTimeZones.localTime(Property.EXDATE, zone, excluded));
        }
        e.add(new Summary("Slot: " + targets(slot)));
        e.add(new Description("Slotwise posting slot " + slot.id() + (Slot.DEFAULT_GROUP.equals(slot.group()) ? ""
                : " in group \"" + slot.group() + "\"") + ", for " + targets(slot)
                + (slot.isPoint() ? ", at " : ", ") + window(slot) + " " + zone.getId()));
        addCategories(e, slot.labelIds(), labelNames);
        e.add(new Transp("TRANSPARENT"));
        return e;
    }

    /** SPEC §2's rule: DAILY, WEEKLY on the slot's day, MONTHLY on the anchor's ordinal weekday. */
    static String rrule(Slot slot) {
        Recurrence r = slot.recurrence();
        String day = r.weekDay().name().substring(0, 2);
        String base = "FREQ=" + r.interval().name() + ";INTERVAL=" + r.repeatEvery();
        return switch (r.interval()) {
            case DAILY -> base;
            case WEEKLY -> base + ";BYDAY=" + day;
            case MONTHLY -> base + ";BYDAY=" + OccurrenceSchedule.of(slot).monthlyOrdinal() + day;
        };
    }

    /**
     * The slot's first occurrence were no date excluded: the series' DTSTART. Counting from it keeps the
     * intervals the anchor date sets, since it is itself on the recurrence.
     */
    static Occurrence firstOccurrence(Slot slot) {
        Slot all = slot.toBuilder().excludeDates(Set.of()).build();
        LocalDate earliest = slot.startDate() != null && slot.startDate().isAfter(slot.anchorDate())
                ? slot.startDate() : slot.anchorDate();
        Instant before = earliest.minusDays(2).atStartOfDay(slot.zone()).toInstant();
        return OccurrenceSchedule.of(all).nextAfter(before).orElse(null);
    }

    /** The excluded dates the rule would otherwise have an occurrence on, at the slot's wall time. */
    private static List<LocalDateTime> excludedOccurrences(Slot slot, LocalDate from) {
        OccurrenceSchedule all = OccurrenceSchedule.of(slot.toBuilder().excludeDates(Set.of()).build());
        List<LocalDateTime> out = new ArrayList<>();
        for (LocalDate d : new TreeSet<>(slot.excludeDates())) {
            if (!d.isBefore(from) && all.on(d).isPresent()) {
                out.add(d.atTime(slot.startTime()));
            }
        }
        return out;
    }

    private static String targets(Slot slot) {
        if (!slot.hasTargets()) {
            return "any account";
        }
        List<String> names = new ArrayList<>();
        for (Target t : slot.targets()) {
            names.add(t.platform().displayName() + (t.accountId() == null ? " (all accounts)" : " @" + t.accountId())
                    + (t.subaccountId() == null ? "" : " / " + t.subaccountId()));
        }
        return String.join(", ", names);
    }

    private static String window(Slot slot) {
        LocalTime s = slot.startTime();
        return slot.isPoint() ? s.toString() : s + "–" + slot.endTime();
    }

    private static void addCategories(VEvent e, Set<String> labelIds, Map<String, String> labelNames) {
        List<String> names = labelIds.stream().map(id -> labelNames.getOrDefault(id, id)).filter(Objects::nonNull)
                .sorted().toList();
        if (!names.isEmpty()) {
            e.add(new Categories(new TextList(names)));
        }
    }
}
