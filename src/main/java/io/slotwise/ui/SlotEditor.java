package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.service.ServiceException;
import io.slotwise.service.Services;
import io.slotwise.service.SlotOccurrence;
import io.slotwise.service.SlotService;
import io.slotwise.service.SlotSpec;
import io.slotwise.engine.CalendarSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Slots made, changed and deleted through the {@link SlotDialog}: a new slot at a time or for a window, an
 * occurrence's slot edited or deleted, and, when a slot to delete has posts scheduled in it, the offer to
 * send them back to the queue first. The changes go through {@link PlanActions}.
 */
final class SlotEditor {

    private final Services services;
    private final String owner;
    private final PlanActions actions;
    private final Notice notice;
    private final Supplier<ZoneId> displayZone;

    SlotEditor(Services services, String owner, PlanActions actions, Notice notice, Supplier<ZoneId> displayZone) {
        this.services = services;
        this.owner = owner;
        this.actions = actions;
        this.notice = notice;
        this.displayZone = displayZone;
    }

    /** The new-slot dialog at a time, or for a window when {@code end} is given. */
    void openNew(DayOfWeek day, LocalTime time, LocalTime end, List<Account> accounts, List<Label> labels) {
        ZoneId zone = Optional.ofNullable(services.settings().get().defaultTimezone()).orElse(displayZone.get());
        new SlotDialog(null, day, time, end, zone, services.settings().get().weekStart(), accounts, labels).showAndWait()
                .ifPresent(r -> r.specs().forEach(actions::createSlot));
    }

    /** The dialog of an occurrence's slot: edits it, or deletes it. */
    void open(SlotOccurrence o, List<Account> accounts, List<Label> labels) {
        Optional<CalendarSlot> found = actions.change(() -> services.slots().list(owner).stream()
                .filter(s -> s.slot().id().equals(o.slot().id())).findFirst()
                .orElseThrow(() -> ServiceException.conflict("Someone else deleted this slot since you saw it")));
        if (found.isEmpty()) {
            return;
        }
        // The slot as the band showed it: an edit or delete is refused if someone changed it since.
        CalendarSlot stored = new CalendarSlot(owner, o.slot(), found.get().createdAt());
        new SlotDialog(o.slot(), o.slot().recurrence().weekDay(), o.slot().startTime(), o.slot().zone(),
                services.settings().get().weekStart(), accounts, labels).showAndWait().ifPresent(r -> {
            if (r.delete()) {
                delete(stored);
            } else if (!r.specs().isEmpty()) {
                SlotSpec spec = r.specs().get(0);
                actions.editSlot(stored, spec);
            }
        });
    }

    /** Deletes a slot; when posts are scheduled in it, offers to send them back to the queue first. */
    void delete(CalendarSlot slot) {
        List<Post> future = services.posts().futureOfSlot(owner, slot.slot().id());
        if (future.isEmpty()) {
            actions.deleteSlot(slot, false);
            return;
        }
        ButtonType unschedule = new ButtonType("Unschedule those posts and delete", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", unschedule, ButtonType.CANCEL);
        a.setTitle("Delete slot");
        a.setHeaderText(SlotService.FUTURE_CONTENT);
        a.setContentText(future.size() + (future.size() == 1 ? " post is" : " posts are")
                + " scheduled in this slot. Slotwise can put them back in the queue as drafts and delete the slot.");
        a.getDialogPane().setId("delete-slot-offer");
        a.getDialogPane().lookupButton(unschedule).setId("unschedule-and-delete");
        a.showAndWait().filter(b -> b == unschedule).ifPresentOrElse(
                b -> actions.deleteSlot(slot, true),
                () -> notice.info("Slot kept: " + SlotService.FUTURE_CONTENT));
    }
}
