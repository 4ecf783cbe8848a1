package io.slotwise.service;

import io.slotwise.store.SettingDao;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;

/** Reads and writes the settings; makes the local API key on first use. */
public final class SettingsService {

    private final Workspace ws;

    public SettingsService(Workspace ws) {
        this.ws = ws;
    }

    /** The settings; the first call ever also makes the API key. Neither waits for the plans to load. */
    public Settings get() {
        Map<String, String> stored = ws.readStore(tx -> tx.settings().all());
        if (hasApiKey(stored)) {
            return of(stored, stored.get("apiKey"));
        }
        return ws.writeStore(tx -> read(tx.settings()));
    }

    public Settings save(Settings s) {
        return ws.writeStore(tx -> {
            SettingDao dao = tx.settings();
            dao.put("exactSlotTimes", Boolean.toString(s.exactSlotTimes()));
            dao.put("defaultTimezone", s.defaultTimezone() == null ? "" : s.defaultTimezone().getId());
            dao.put("displayTimezone", s.displayTimezone() == null ? "" : s.displayTimezone().getId());
            dao.put("weekStart", s.weekStart().name());
            dao.put("apiPort", Integer.toString(s.apiPort()));
            dao.put("apiKey", s.apiKey());
            dao.put("apiEnabled", Boolean.toString(s.apiEnabled()));
            return read(dao);
        });
    }

    /** The settings inside a transaction that is already open; writes the API key the first time. */
    static Settings read(SettingDao dao) {
        Map<String, String> all = dao.all();
        String key = all.get("apiKey");
        if (!hasApiKey(all)) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            key = "sw_" + HexFormat.of().formatHex(bytes);
            dao.put("apiKey", key);
        }
        return of(all, key);
    }

    private static boolean hasApiKey(Map<String, String> stored) {
        String key = stored.get("apiKey");
        return key != null && !key.isBlank();
    }

    private static Settings of(Map<String, String> all, String key) {
        return new Settings(
                Boolean.parseBoolean(all.getOrDefault("exactSlotTimes", "true")),
                zone(all.get("defaultTimezone")),
                zone(all.get("displayTimezone")),
                DayOfWeek.valueOf(all.getOrDefault("weekStart", "MONDAY")),
                Integer.parseInt(all.getOrDefault("apiPort", Integer.toString(Settings.DEFAULT_API_PORT))),
                key,
                Boolean.parseBoolean(all.getOrDefault("apiEnabled", "false")));
    }

    private static ZoneId zone(String id) {
        return id == null || id.isBlank() ? null : ZoneId.of(id);
    }
}
