package io.slotwise.service;

import io.slotwise.engine.Placement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** What importing one CSV row does (or would do: the preview says exactly what the import will write). */
public sealed interface ImportOutcome {

    DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm");

    /** A short description for the preview, times in {@code zone}. */
    String describe(ZoneId zone);

    /** A draft in the queue. */
    record AsDraft() implements ImportOutcome {
        @Override
        public String describe(ZoneId zone) {
            return "draft";
        }
    }

    /**
     * Scheduled at the row's own time, in no slot; {@code pointSlotId} names the point slot whose lane
     * that time holds for the account (SPEC §4), or is null.
     */
    record AtTime(Instant time, String pointSlotId) implements ImportOutcome {
        @Override
        public String describe(ZoneId zone) {
            return "scheduled at " + WHEN.format(time.atZone(zone)) + (pointSlotId == null ? "" : " in slot " + pointSlotId);
        }
    }

    /** Scheduled in the next free slot occurrence the engine found. */
    record InSlot(Placement placement) implements ImportOutcome {
        @Override
        public String describe(ZoneId zone) {
            return "scheduled at " + WHEN.format(placement.scheduledAt().atZone(zone)) + " in slot " + placement.slotId();
        }
    }

    /** Not importable: why, by line and column. */
    record Refused(List<ImportProblem> problems) implements ImportOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }

        @Override
        public String describe(ZoneId zone) {
            return problems.stream().map(p -> (p.column() == null ? "" : p.column() + ": ") + p.message())
                    .collect(Collectors.joining("; "));
        }
    }
}
