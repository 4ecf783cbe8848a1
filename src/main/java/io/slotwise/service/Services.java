package io.slotwise.service;

import io.slotwise.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Every use case over one open store: what the desktop UI and the local API are given. The publishing
 * hand-off is built from these ({@code io.slotwise.publishing}), never by them: service does not know it.
 */
public record Services(Workspace workspace, SlotService slots, AutoScheduleService autoSchedules,
                       PostService posts, ScheduleService schedules, QueueService queue,
                       AccountService accounts, LabelService labels, SettingsService settings,
                       BackupService backup, CalendarService calendar, DraftImportService imports,
                       MediaLibrary media, TeamCalendar team) implements AutoCloseable {

    public static Services over(Store store, Clock clock, RandomGenerator random) {
        Workspace ws = new Workspace(store, clock, random);
        SlotService slots = new SlotService(ws);
        PostService posts = new PostService(ws);
        return new Services(ws, slots, new AutoScheduleService(ws, slots), posts, new ScheduleService(ws, posts),
                new QueueService(ws), new AccountService(ws), new LabelService(ws), new SettingsService(ws),
                new BackupService(ws), new CalendarService(ws), new DraftImportService(ws),
                new MediaLibrary(store), new TeamCalendar(store));
    }

    /** Opens the store in a data directory, with the system clock. */
    public static Services open(Path dataDir) {
        return over(Store.open(dataDir));
    }

    /** Opens the calendar where {@code location} says, with the system clock. */
    public static Services open(CalendarLocation location) {
        return over(location.open(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** Services over an open store, with the system clock. */
    public static Services over(Store store) {
        return over(store, Clock.systemUTC(), new SplittableRandom());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
