package io.slotwise.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VTIMEZONEs Slotwise writes, parsed back by ical4j and read as RFC 5545 says ({@link RfcTimeZone}),
 * give the JDK's offset at every noon and around every change for decades: DST zones on both
 * hemispheres, half-hour and 45-minute offsets, a 30-minute DST, EU rules (defined in UTC) in a zone
 * west of UTC, zones that dropped DST, a zone whose changes are all listed (Casablanca), and fixed ones.
 */
class IcalTimeZonesTest {

    static final LocalDateTime FROM = LocalDateTime.of(2024, 1, 15, 9, 0);

    static VTimeZone roundTrip(ZoneId zone, LocalDateTime from) throws Exception {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Slotwise//test//EN"));
        cal.add(new Version(new ParameterList(), "2.0"));
        cal.add(IcalTimeZones.of(zone, from));
        StringWriter w = new StringWriter();
        new CalendarOutputter(false).output(cal, w);
        Calendar back = new CalendarBuilder().build(new StringReader(w.toString()));
        return (VTimeZone) back.getComponent("VTIMEZONE").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
            "America/St_Johns", "America/Nuuk", "Europe/London", "Europe/Dublin", "Pacific/Chatham",
            "America/Sao_Paulo", "Asia/Tehran", "Asia/Kolkata", "Africa/Casablanca", "Pacific/Apia", "UTC"})
    void theWrittenDefinitionGivesTheJdksOffsets(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        RfcTimeZone theirs = new RfcTimeZone(roundTrip(zone, FROM), 2061);
        ZoneRules ours = zone.getRules();
        Instant start = FROM.atZone(zone).toInstant();
        Instant end = Instant.parse("2060-01-01T00:00:00Z");
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(86_400)) {
            assertThat(theirs.offsetAt(t)).as("%s at %s", id, t).isEqualTo(ours.getOffset(t));
        }
        ZoneOffsetTransition tr = ours.nextTransition(start);
        for (int i = 0; tr != null && tr.getInstant().isBefore(end) && i < 200; i++) {
            for (Instant t : List.of(tr.getInstant().minusSeconds(1), tr.getInstant(), tr.getInstant().plusSeconds(60))) {
                assertThat(theirs.offsetAt(t)).as("%s around %s", id, tr).isEqualTo(ours.getOffset(t));
            }
            tr = ours.nextTransition(tr.getInstant());
        }
    }

    @Test
    void currentRulesAreWrittenAsRrulesNotAsLongListsOfDates() throws Exception {
        VTimeZone nuuk = IcalTimeZones.of(ZoneId.of("America/Nuuk"), FROM);
        assertThat(nuuk.toString()).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=24,25,26,27,28,29,30;BYDAY=SA")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU").doesNotContain("RDATE");
        assertThat(IcalTimeZones.of(ZoneId.of("America/New_York"), FROM).toString())
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU").contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    }
}
