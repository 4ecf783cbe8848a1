package io.slotwise.interop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE read the way RFC 5545 §3.6.5 says, as a test oracle: each observance begins at its
 * DTSTART and at every RDATE and RRULE instance (local times in its TZOFFSETFROM); the offset at an
 * instant is the TZOFFSETTO of the latest onset. ical4j parses the file and expands the RRULEs; its own
 * VTIMEZONE-to-rules conversion (4.0.0-rc5 ZoneRulesBuilder: RRULE times taken as UTC, RDATEs ignored,
 * "now" read from the system clock) is not used.
 */
final class RfcTimeZone {

    /** One change of offset. */
    record Onset(Instant at, ZoneOffset from, ZoneOffset to) {
    }

    private final List<Onset> onsets;

    RfcTimeZone(VTimeZone vtz, int untilYear) {
        List<Onset> all = new ArrayList<>();
        LocalDateTime until = LocalDateTime.of(untilYear, 1, 1, 0, 0);
        for (Observance o : vtz.getObservances()) {
            ZoneOffset from = o.<TzOffsetFrom>getRequiredProperty(Property.TZOFFSETFROM).getOffset();
            ZoneOffset to = o.<TzOffsetTo>getRequiredProperty(Property.TZOFFSETTO).getOffset();
            LocalDateTime start = o.<DtStart<LocalDateTime>>getRequiredProperty(Property.DTSTART).getDate();
            TreeSet<LocalDateTime> locals = new TreeSet<>();
            locals.add(start);
            for (Property p : o.getProperties(Property.RDATE)) {
                @SuppressWarnings("unchecked")
                List<LocalDateTime> dates = ((DateListProperty<LocalDateTime>) p).getDates();
                locals.addAll(dates);
            }
            Optional<RRule<LocalDateTime>> rrule = o.getProperty(Property.RRULE);
            if (rrule.isPresent()) {
                Recur<LocalDateTime> recur = rrule.get().getRecur();
                locals.addAll(recur.getDates(start, start, until));
            }
            for (LocalDateTime l : locals) {
                all.add(new Onset(l.toInstant(from), from, to));
            }
        }
        all.sort(Comparator.comparing(Onset::at));
        onsets = List.copyOf(all);
    }

    ZoneOffset offsetAt(Instant t) {
        ZoneOffset offset = onsets.get(0).from();
        for (Onset o : onsets) {
            if (o.at().isAfter(t)) {
                break;
            }
            offset = o.to();
        }
        return offset;
    }

    /**
     * A local time as an instant: a repeated one at its first occurrence, a skipped one with the offset
     * before the change (RFC 5545 §3.3.5).
     */
    Instant resolve(LocalDateTime local) {
        Instant best = null;
        TreeSet<ZoneOffset> offsets = new TreeSet<>();
        onsets.forEach(o -> {
            offsets.add(o.from());
            offsets.add(o.to());
        });
        for (ZoneOffset candidate : offsets) {
            Instant i = local.toInstant(candidate);
            if (offsetAt(i).equals(candidate) && (best == null || i.isBefore(best))) {
                best = i;
            }
        }
        if (best != null) {
            return best;
        }
        for (Onset o : onsets) {
            Instant before = local.toInstant(o.from());
            if (!before.isBefore(o.at()) && local.toInstant(o.to()).isBefore(o.at())) {
                return before;
            }
        }
        throw new IllegalStateException("cannot place " + local);
    }
}
