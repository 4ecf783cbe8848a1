package io.slotwise.probe;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

public final class FlywayProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("slotwise") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("slotwise");
        ds.setPassword("");
        var keep = ds.getConnection();
        long t1 = System.nanoTime();
        try (var st = keep.createStatement(); var rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            System.out.println("version " + rs.getString(1));
        }
        long t2 = System.nanoTime();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        long t3 = System.nanoTime();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        long t4 = System.nanoTime();
        System.out.printf("h2 connect %.0f, version query %.0f, flyway cold %.0f, flyway warm %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        keep.close();
    }
}
