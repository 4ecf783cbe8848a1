package io.slotwise.ui;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import io.slotwise.engine.Target;
import io.slotwise.service.SlotOccurrence;
import io.slotwise.engine.Post;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A slot occurrence on the grid: a read-only band labelled with its targets and free lanes, carrying the
 * posts that sit on it (drawn as cards inside the band, so a week is ~300 CalendarFX entries, not ~2,300).
 */
final class OccurrenceEntry extends Entry<SlotOccurrence> {

    /** Point slots are drawn as a short band so they can be seen and hit. */
    static final Duration POINT_BAND = Duration.ofMinutes(30);

    private final List<Post> posts;
    private final Set<String> notOn;
    private final Set<String> offSlot;
    private final ZoneId zone;

    /** {@code posts}: the ones on this occurrence, in time order; {@code zone}: the display zone. */
    OccurrenceEntry(SlotOccurrence o, List<Post> posts, ZoneId zone) {
        this(o, posts, Set.of(), Set.of(), zone);
    }

    /**
     * {@code posts}: the ones drawn in this band, in time order; {@code notOn}: those of them at a time inside
     * it that do not sit on it (placed by hand, or off-slot: {@code offSlot}); {@code zone}: the display zone.
     */
    OccurrenceEntry(SlotOccurrence o, List<Post> posts, Set<String> notOn, Set<String> offSlot, ZoneId zone) {
        super(title(o));
        this.posts = List.copyOf(posts);
        this.notOn = Set.copyOf(notOn);
        this.offSlot = Set.copyOf(offSlot);
        this.zone = zone;
        setId("band-" + o.slot().id() + "-" + o.occurrence().start().toEpochMilli());
        setUserObject(o);
        var end = o.occurrence().isPoint() ? o.occurrence().start().plus(POINT_BAND) : o.occurrence().end();
        setInterval(new Interval(o.occurrence().start(), end, o.slot().zone()));
        getStyleClass().add("slot-band");
        getStyleClass().add(o.isFull() ? "slot-full" : "slot-free");
        if (!o.slot().active()) {
            getStyleClass().add("slot-paused");
        }
    }

    SlotOccurrence occurrence() {
        return getUserObject();
    }

    List<Post> posts() {
        return posts;
    }

    /** The ids of the posts drawn here that do not sit on this occurrence. */
    Set<String> notOn() {
        return notOn;
    }

    /** The ids of the posts drawn here that are off-slot. */
    Set<String> offSlot() {
        return offSlot;
    }

    ZoneId zone() {
        return zone;
    }

    static String title(SlotOccurrence o) {
        String who;
        if (!o.slot().hasTargets()) {
            who = "Any account";
        } else {
            Set<String> names = new LinkedHashSet<>();
            for (Target t : o.slot().targets()) {
                names.add(t.accountId() == null ? "all " + PlatformStyle.displayName(t.platform()) : "@" + t.accountId());
            }
            who = String.join(" ", names);
        }
        String lanes = o.lanes() == 0 ? (o.taken() > 0 ? "taken" : "free")
                : o.taken() >= o.lanes() ? "full" : (o.lanes() - o.taken()) + "/" + o.lanes() + " free";
        String group = o.slot().group().equals(io.slotwise.engine.Slot.DEFAULT_GROUP) ? "" : " · " + o.slot().group();
        return lanes + " · " + who + group;
    }
}
