package io.slotwise.ui;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import io.slotwise.engine.Post;
import io.slotwise.service.CalendarRange;
import io.slotwise.service.SlotOccurrence;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link PlanCalendar} draws, as CalendarFX entries in three read-only calendars: "Slots" (a band
 * per occurrence, by the engine's expansion, never by CalendarFX recurrence, with the posts on it), "Posts"
 * (a card per other post) and "Past" (time gone, greyed). Each {@link #show} brings them up to date with a
 * range loaded from the store, changing only the entries that changed.
 */
final class PlanEntries {

    /** Up to this many entry changes go to CalendarFX one by one; more, in a batch (a reload per day). */
    private static final int FEW_CHANGES = 24;

    private final Calendar slots = new Calendar("Slots");
    private final Calendar posts = new Calendar("Posts");
    /** Time that has passed, drawn by CalendarFX as unavailable (greyed). */
    private final Calendar past = new Calendar("Past");
    /** What is on the grid now, by what it shows (see {@link #show}). */
    private final Map<Object, Entry<?>> shownKeys = new HashMap<>();
    private ZoneId shownZone;
    /** The greyed stretch now drawn: its start and end, or null. */
    private List<Instant> pastShown;

    PlanEntries() {
        slots.setReadOnly(true);
        posts.setReadOnly(true);
        slots.setStyle(Calendar.Style.STYLE2);
        posts.setStyle(Calendar.Style.STYLE1);
    }

    /** The occurrence bands. */
    Calendar slots() {
        return slots;
    }

    /** The cards of posts off the bands. */
    Calendar posts() {
        return posts;
    }

    /** The time gone, for CalendarFX's availability calendar. */
    Calendar past() {
        return past;
    }

    /**
     * Brings what is drawn up to date; time from {@code start} (the first instant shown) to {@code now} is
     * greyed. Posts on a slot occurrence go inside its band ({@code postsInBands}: not on the month page);
     * the few others (dropped on a free time, off-slot) get entries of their own. Entries whose band or card
     * has not changed stay, with their views: after a drop only the bands involved are redrawn. Many changes
     * (another week) go in one batch, which CalendarFX answers by reloading each day once; a few go one by
     * one, which it answers view by view.
     */
    void show(CalendarRange range, Instant now, Instant start, ZoneId zone, boolean postsInBands) {
        showPast(start, now, zone);
        List<Entry<?>> goneBands = new ArrayList<>();
        List<Entry<?>> goneCards = new ArrayList<>();
        if (!zone.equals(shownZone)) {
            // Card times are written in the display zone: a new zone redraws everything.
            shownZone = zone;
            for (Entry<?> e : shownKeys.values()) {
                (e instanceof OccurrenceEntry ? goneBands : goneCards).add(e);
            }
            shownKeys.clear();
        }
        Set<Object> wanted = drawn(range, postsInBands);
        for (var it = shownKeys.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                (e.getValue() instanceof OccurrenceEntry ? goneBands : goneCards).add(e.getValue());
                it.remove();
            }
        }
        List<Entry<?>> newBands = new ArrayList<>();
        List<Entry<?>> newCards = new ArrayList<>();
        for (Object key : wanted) {
            if (shownKeys.containsKey(key)) {
                continue;
            }
            Entry<?> entry;
            if (key instanceof BandKey b) {
                entry = new OccurrenceEntry(b.occurrence(), b.posts(), b.notOn(), b.offSlot(), zone);
                newBands.add(entry);
            } else {
                CardKey c = (CardKey) key;
                entry = new PostEntry(c.post(), c.offSlot(), zone);
                newCards.add(entry);
            }
            shownKeys.put(key, entry);
        }
        boolean batch = goneBands.size() + goneCards.size() + newBands.size() + newCards.size() > FEW_CHANGES;
        change(slots, goneBands, newBands, batch);
        change(posts, goneCards, newCards, batch);
    }

    /** Greys the time from {@code start} to {@code now} (CalendarFX's availability calendar), unless that is drawn already. */
    private void showPast(Instant start, Instant now, ZoneId zone) {
        List<Instant> stretch = now.isAfter(start) ? List.of(start, now) : null;
        if (Objects.equals(pastShown, stretch)) {
            return;
        }
        pastShown = stretch;
        past.startBatchUpdates();
        try {
            past.clear();
            if (stretch != null) {
                Entry<Void> gone = new Entry<>("Past");
                gone.setInterval(new Interval(start, now, zone));
                past.addEntry(gone);
            }
        } finally {
            past.stopBatchUpdates();
        }
    }

    /**
     * What a range is drawn as: a band per occurrence with the posts on it, a card per other post. A post at
     * a time inside a band that it does not sit on (placed by hand, or off-slot) is drawn in that band too,
     * marked as not in it: as a card of its own CalendarFX would put it beside the band and split the
     * hour's width between them, down to cards a few pixels wide. The month page lists entries by title and
     * knows nothing of our bands: there every post is its own entry.
     */
    private static Set<Object> drawn(CalendarRange range, boolean postsInBands) {
        List<SlotOccurrence> occurrences = range.occurrences();
        List<List<Post>> on = new ArrayList<>(occurrences.size());
        List<Set<String>> notOn = new ArrayList<>(occurrences.size());
        Map<String, List<Integer>> bySlot = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            on.add(new ArrayList<>());
            notOn.add(new HashSet<>());
            bySlot.computeIfAbsent(occurrences.get(i).slot().id(), k -> new ArrayList<>()).add(i);
        }
        List<Post> loose = new ArrayList<>();
        for (Post p : range.posts()) {
            if (p.scheduledAt() == null || !p.status().isOnCalendar()) {
                continue;
            }
            int at = !postsInBands || p.slotId() == null || range.offSlot().contains(p.id()) ? -1
                    : occurrenceOf(p, occurrences, bySlot);
            if (at >= 0) {
                on.get(at).add(p);
            } else if (postsInBands && (at = bandHolding(p.scheduledAt(), occurrences)) >= 0) {
                on.get(at).add(p);
                notOn.get(at).add(p.id());
            } else {
                loose.add(p);
            }
        }
        Set<Object> drawn = new LinkedHashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            on.get(i).sort(Comparator.comparing((Post p) -> p.scheduledAt()).thenComparing(Post::id));
            Set<String> off = new HashSet<>(notOn.get(i));
            off.retainAll(range.offSlot());
            drawn.add(new BandKey(occurrences.get(i), on.get(i), Set.copyOf(notOn.get(i)), Set.copyOf(off)));
        }
        for (Post p : loose) {
            drawn.add(new CardKey(p, range.offSlot().contains(p.id())));
        }
        return drawn;
    }

    /** The occurrence in the range a post sits on, or -1. */
    private static int occurrenceOf(Post p, List<SlotOccurrence> occurrences, Map<String, List<Integer>> bySlot) {
        for (int i : bySlot.getOrDefault(p.slotId(), List.of())) {
            if (occurrences.get(i).occurrence().contains(p.scheduledAt())) {
                return i;
            }
        }
        return -1;
    }

    /** The first band (in start order) drawn over a time, or -1: a point slot's band is drawn 30 minutes long. */
    private static int bandHolding(Instant t, List<SlotOccurrence> occurrences) {
        for (int i = 0; i < occurrences.size(); i++) {
            var o = occurrences.get(i).occurrence();
            if (o.start().isAfter(t)) {
                break; // in start order: none later holds it
            }
            Instant end = o.isPoint() ? o.start().plus(OccurrenceEntry.POINT_BAND) : o.end();
            if (t.isBefore(end)) {
                return i;
            }
        }
        return -1;
    }

    /** Removes, then adds (a band redrawn keeps its entry id, and CalendarFX finds views by id). */
    private static void change(Calendar calendar, List<Entry<?>> remove, List<Entry<?>> add, boolean batch) {
        if (remove.isEmpty() && add.isEmpty()) {
            return;
        }
        if (batch) {
            calendar.startBatchUpdates();
        }
        calendar.setReadOnly(false);
        try {
            calendar.removeEntries(remove);
            calendar.addEntries(add);
        } finally {
            calendar.setReadOnly(true);
            if (batch) {
                calendar.stopBatchUpdates();
            }
        }
    }

    /**
     * A band as drawn: the occurrence (with its lane counts), the posts on it and in it, which of them do not
     * sit on it, and which of those are off-slot.
     */
    private record BandKey(SlotOccurrence occurrence, List<Post> posts, Set<String> notOn, Set<String> offSlot) {
    }

    /** A loose card as drawn. */
    private record CardKey(Post post, boolean offSlot) {
    }
}
