package io.slotwise.store;

import io.slotwise.engine.CalendarSlot;
import io.slotwise.engine.Interval;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Slot;
import io.slotwise.engine.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Slots with their targets, labels and excluded dates. */
@RegisterConstructorMapper(SlotDao.SlotRow.class)
@RegisterConstructorMapper(SlotDao.TargetRow.class)
@RegisterConstructorMapper(SlotDao.LabelRow.class)
@RegisterConstructorMapper(SlotDao.ExcludeRow.class)
public interface SlotDao {

    record SlotRow(String id, String ownerId, String groupTitle, String recurrenceInterval, int repeatEvery,
                   int weekDay, LocalTime startTime, LocalTime endTime, String timezone, boolean active,
                   LocalDate startDate, LocalDate anchorDate, Instant createdAt) {
    }

    record TargetRow(String slotId, int position, String platform, String accountId, String subaccountId) {
    }

    record LabelRow(String slotId, String labelId) {
    }

    record ExcludeRow(String slotId, LocalDate excludedOn) {
    }

    String COLUMNS = "id, owner_id, group_title, recurrence_interval, repeat_every, week_day, start_time, end_time, "
            + "timezone, active, start_date, anchor_date, created_at";

    @SqlUpdate("INSERT INTO slot (" + COLUMNS + ", updated_at) VALUES (:id, :ownerId, :group, :interval, :repeatEvery, "
            + ":weekDay, :startTime, :endTime, :timezone, :active, :startDate, :anchorDate, :now, :now)")
    void insertRow(@Bind("id") String id, @Bind("ownerId") String ownerId, @Bind("group") String group,
                   @Bind("interval") String interval, @Bind("repeatEvery") int repeatEvery,
                   @Bind("weekDay") int weekDay, @Bind("startTime") LocalTime startTime,
                   @Bind("endTime") LocalTime endTime, @Bind("timezone") String timezone,
                   @Bind("active") boolean active, @Bind("startDate") LocalDate startDate,
                   @Bind("anchorDate") LocalDate anchorDate, @Bind("now") Instant now);

    @SqlUpdate("UPDATE slot SET group_title = :group, recurrence_interval = :interval, repeat_every = :repeatEvery, "
            + "week_day = :weekDay, start_time = :startTime, end_time = :endTime, timezone = :timezone, "
            + "active = :active, start_date = :startDate, anchor_date = :anchorDate, updated_at = :now WHERE id = :id")
    int updateRow(@Bind("id") String id, @Bind("group") String group,
                  @Bind("interval") String interval, @Bind("repeatEvery") int repeatEvery,
                  @Bind("weekDay") int weekDay, @Bind("startTime") LocalTime startTime,
                  @Bind("endTime") LocalTime endTime, @Bind("timezone") String timezone,
                  @Bind("active") boolean active, @Bind("startDate") LocalDate startDate,
                  @Bind("anchorDate") LocalDate anchorDate, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO slot_target (slot_id, position, platform, account_id, subaccount_id) "
            + "VALUES (:slotId, :position, :platform, :accountId, :subaccountId)")
    void insertTarget(@Bind("slotId") String slotId, @Bind("position") int position, @Bind("platform") String platform,
                      @Bind("accountId") String accountId, @Bind("subaccountId") String subaccountId);

    @SqlUpdate("INSERT INTO slot_label (slot_id, label_id) VALUES (:slotId, :labelId)")
    void insertLabel(@Bind("slotId") String slotId, @Bind("labelId") String labelId);

    @SqlUpdate("INSERT INTO slot_exclude_date (slot_id, excluded_on) VALUES (:slotId, :day)")
    void insertExclude(@Bind("slotId") String slotId, @Bind("day") LocalDate day);

    @SqlUpdate("DELETE FROM slot_target WHERE slot_id = :slotId")
    void deleteTargets(@Bind("slotId") String slotId);

    @SqlUpdate("DELETE FROM slot_label WHERE slot_id = :slotId")
    void deleteLabels(@Bind("slotId") String slotId);

    @SqlUpdate("DELETE FROM slot_exclude_date WHERE slot_id = :slotId")
    void deleteExcludes(@Bind("slotId") String slotId);

    @SqlUpdate("DELETE FROM slot")
    void deleteAll();

    @SqlUpdate("DELETE FROM slot WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM slot WHERE id = :id")
    Optional<SlotRow> findRow(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM slot ORDER BY created_at, id")
    List<SlotRow> allRows();

    @SqlQuery("SELECT slot_id, position, platform, account_id, subaccount_id FROM slot_target WHERE slot_id = :id ORDER BY position")
    List<TargetRow> targetsOf(@Bind("id") String id);

    @SqlQuery("SELECT slot_id, position, platform, account_id, subaccount_id FROM slot_target ORDER BY slot_id, position")
    List<TargetRow> allTargets();

    @SqlQuery("SELECT slot_id, label_id FROM slot_label WHERE slot_id = :id")
    List<LabelRow> labelsOf(@Bind("id") String id);

    @SqlQuery("SELECT slot_id, label_id FROM slot_label")
    List<LabelRow> allLabels();

    @SqlQuery("SELECT slot_id, excluded_on FROM slot_exclude_date WHERE slot_id = :id")
    List<ExcludeRow> excludesOf(@Bind("id") String id);

    @SqlQuery("SELECT slot_id, excluded_on FROM slot_exclude_date")
    List<ExcludeRow> allExcludes();

    @SqlQuery("SELECT COUNT(*) FROM slot_target WHERE account_id = :accountId")
    int targetsNaming(@Bind("accountId") String accountId);

    default void insert(CalendarSlot s, Instant now) {
        Slot slot = s.slot();
        insertRow(slot.id(), s.ownerId(), slot.group(), slot.recurrence().interval().id(),
                slot.recurrence().repeatEvery(), slot.recurrence().weekDayIndex(), slot.startTime(), slot.endTime(),
                slot.zone().getId(), slot.active(), slot.startDate(), slot.anchorDate(), now);
        insertChildren(slot);
    }

    /** Replaces everything about an existing slot but its id, owner and creation time. */
    default void update(Slot slot, Instant now) {
        updateRow(slot.id(), slot.group(), slot.recurrence().interval().id(), slot.recurrence().repeatEvery(),
                slot.recurrence().weekDayIndex(), slot.startTime(), slot.endTime(), slot.zone().getId(),
                slot.active(), slot.startDate(), slot.anchorDate(), now);
        deleteTargets(slot.id());
        deleteLabels(slot.id());
        deleteExcludes(slot.id());
        insertChildren(slot);
    }

    private void insertChildren(Slot slot) {
        int position = 0;
        for (Target t : slot.targets()) {
            insertTarget(slot.id(), position++, t.platform().id(), t.accountId(), t.subaccountId());
        }
        for (String label : slot.labelIds()) {
            insertLabel(slot.id(), label);
        }
        for (LocalDate d : slot.excludeDates()) {
            insertExclude(slot.id(), d);
        }
    }

    default Optional<CalendarSlot> find(String id) {
        return findRow(id).map(r -> toStored(r, targetsOf(id), labelsOf(id), excludesOf(id)));
    }

    default List<CalendarSlot> all() {
        Map<String, List<TargetRow>> targets = new HashMap<>();
        allTargets().forEach(t -> targets.computeIfAbsent(t.slotId(), k -> new ArrayList<>()).add(t));
        Map<String, List<LabelRow>> labels = new HashMap<>();
        allLabels().forEach(l -> labels.computeIfAbsent(l.slotId(), k -> new ArrayList<>()).add(l));
        Map<String, List<ExcludeRow>> excludes = new HashMap<>();
        allExcludes().forEach(e -> excludes.computeIfAbsent(e.slotId(), k -> new ArrayList<>()).add(e));
        List<CalendarSlot> out = new ArrayList<>();
        for (SlotRow r : allRows()) {
            out.add(toStored(r, targets.getOrDefault(r.id(), List.of()), labels.getOrDefault(r.id(), List.of()),
                    excludes.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static CalendarSlot toStored(SlotRow r, List<TargetRow> targets, List<LabelRow> labels,
                                       List<ExcludeRow> excludes) {
        List<Target> ts = new ArrayList<>();
        for (TargetRow t : targets) {
            ts.add(new Target(Platform.fromId(t.platform()).orElseThrow(), t.accountId(), t.subaccountId()));
        }
        Set<String> ls = new HashSet<>();
        labels.forEach(l -> ls.add(l.labelId()));
        Set<LocalDate> xs = new HashSet<>();
        excludes.forEach(x -> xs.add(x.excludedOn()));
        Recurrence recurrence = new Recurrence(Interval.fromId(r.recurrenceInterval()).orElseThrow(), r.repeatEvery(),
                Recurrence.dayOfWeekFromIndex(r.weekDay()));
        Slot slot = new Slot(r.id(), r.groupTitle(), recurrence, r.startTime(), r.endTime(), ZoneId.of(r.timezone()),
                ts, ls, r.active(), r.startDate(), xs, r.anchorDate());
        return new CalendarSlot(r.ownerId(), slot, r.createdAt());
    }
}
