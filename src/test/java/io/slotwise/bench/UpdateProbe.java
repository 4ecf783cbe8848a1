package io.slotwise.bench;

import java.nio.file.Path;
import java.sql.*;
import java.time.*;
import java.util.*;

public final class UpdateProbe {
    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (String variant : args) {
                Path work = Path.of("/tmp/assign-work");
                new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
                new ProcessBuilder("cp", "-r", "/tmp/assign-template", work.toString()).start().waitFor();
                try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("slotwise") + ";WRITE_DELAY=0", "slotwise", "")) {
                    List<String> ids = new ArrayList<>();
                    List<String> slots = new ArrayList<>();
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM post WHERE status = 'draft'")) {
                        while (rs.next()) ids.add(rs.getString(1));
                    }
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM slot")) {
                        while (rs.next()) slots.add(rs.getString(1));
                    }
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                    OffsetDateTime base = OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
                    long t0 = System.nanoTime();
                    if (variant.equals("batch")) {
                        try (PreparedStatement ps = c.prepareStatement("UPDATE post SET status = ?, scheduled_at = ?, slot_id = ?, occurrence_start = ?, updated_at = ? WHERE id = ?")) {
                            for (int i = 0; i < ids.size(); i++) {
                                ps.setString(1, "scheduled");
                                ps.setObject(2, base.plusMinutes(i * 7L));
                                ps.setString(3, slots.get(i % slots.size()));
                                ps.setObject(4, base.plusMinutes(i * 7L));
                                ps.setObject(5, base);
                                ps.setString(6, ids.get(i));
                                ps.addBatch();
                            }
                            ps.executeBatch();
                        }
                    } else {
                        Object[] times = new Object[ids.size()];
                        Object[] sl = new Object[ids.size()];
                        for (int i = 0; i < ids.size(); i++) { times[i] = base.plusMinutes(i * 7L); sl[i] = slots.get(i % slots.size()); }
                        try (PreparedStatement ps = c.prepareStatement("MERGE INTO post p USING (SELECT * FROM UNNEST(CAST(? AS VARCHAR(64) ARRAY), CAST(? AS TIMESTAMP(3) WITH TIME ZONE ARRAY), CAST(? AS VARCHAR(64) ARRAY))) AS u(id, t, s) ON p.id = u.id WHEN MATCHED THEN UPDATE SET status = 'scheduled', scheduled_at = u.t, slot_id = u.s, occurrence_start = u.t, updated_at = ?")) {
                            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                            ps.setObject(2, times);
                            ps.setObject(3, sl);
                            ps.setObject(4, base);
                            ps.executeUpdate();
                        }
                    }
                    long t1 = System.nanoTime();
                    c.commit();
                    long t2 = System.nanoTime();
                    System.out.printf("%s %d rows: update %.0f commit %.0f ms%n", variant, ids.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
                }
            }
        }
    }
}
