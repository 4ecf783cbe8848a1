package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.service.CalendarRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The selected card, for the keyboard: the cards of the page shown (day, week or month) in time order,
 * the next and previous one, and the calendar's {@link PlanCalendar#selectedPostProperty() selection} kept
 * up to date as the calendar redraws. A post that is still on the page stays selected, as it now is (a
 * moved or edited one too); one that left it (deleted, back in the queue, on another page) is let go.
 */
final class CardSelection {

    private static final Comparator<Post> IN_TIME_ORDER = Comparator.comparing((Post p) -> p.scheduledAt())
            .thenComparing(Post::id);

    private final PlanCalendar calendar;
    private List<Post> shown = List.of();

    CardSelection(PlanCalendar calendar) {
        this.calendar = calendar;
    }

    /** What the calendar now draws (a range loaded for its page): the cards the keys go through. */
    void show(CalendarRange range) {
        ZoneId zone = calendar.getZone();
        LocalDate[] page = page();
        shown = range.posts().stream()
                .filter(p -> p.scheduledAt() != null && p.status().isOnCalendar())
                .filter(p -> {
                    LocalDate day = p.scheduledAt().atZone(zone).toLocalDate();
                    return !day.isBefore(page[0]) && !day.isAfter(page[1]);
                })
                .sorted(IN_TIME_ORDER)
                .toList();
        Post selected = calendar.getSelectedPost();
        if (selected != null) {
            calendar.setSelectedPost(find(selected.id()));
        }
    }

    /** The cards on the page, in time order. */
    List<Post> shown() {
        return shown;
    }

    /** Selects a post (a card clicked, a card moved by the keys): none when null. */
    void select(Post post) {
        calendar.setSelectedPost(post);
    }

    Post selected() {
        return calendar.getSelectedPost();
    }

    /** The next card in time order; the first when none is selected. Returns whether one is selected. */
    boolean next() {
        return step(1);
    }

    /** The previous card in time order; the last when none is selected. */
    boolean previous() {
        return step(-1);
    }

    void clear() {
        calendar.setSelectedPost(null);
    }

    private boolean step(int direction) {
        if (shown.isEmpty()) {
            return false;
        }
        Post selected = calendar.getSelectedPost();
        int at = selected == null ? -1 : indexOf(selected.id());
        int to = at < 0 ? (direction > 0 ? 0 : shown.size() - 1)
                : Math.max(0, Math.min(shown.size() - 1, at + direction));
        calendar.setSelectedPost(shown.get(to));
        return true;
    }

    private Post find(String id) {
        int at = indexOf(id);
        return at < 0 ? null : shown.get(at);
    }

    private int indexOf(String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (Objects.equals(shown.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    /** The first and last day of the page shown, in the display zone. */
    private LocalDate[] page() {
        LocalDate d = calendar.getDate();
        return switch (calendar.getMode()) {
            case DAY -> new LocalDate[] {d, d};
            case MONTH -> new LocalDate[] {d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth())};
            case WEEK -> {
                DayOfWeek start = calendar.weekView().getWeekFields().getFirstDayOfWeek();
                LocalDate first = d.with(TemporalAdjusters.previousOrSame(start));
                yield new LocalDate[] {first, first.plusDays(6)};
            }
        };
    }
}
