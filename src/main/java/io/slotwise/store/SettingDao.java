package io.slotwise.store;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;

/** Settings as name/value text pairs; the service layer gives them types. */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM setting WHERE name = :name")
    Optional<String> get(@Bind("name") String name);

    @SqlUpdate("UPDATE setting SET setting_value = :value WHERE name = :name")
    int update(@Bind("name") String name, @Bind("value") String value);

    @SqlUpdate("INSERT INTO setting (name, setting_value) VALUES (:name, :value)")
    void insert(@Bind("name") String name, @Bind("value") String value);

    default void put(String name, String value) {
        if (update(name, value) == 0) {
            insert(name, value);
        }
    }

    @SqlUpdate("DELETE FROM setting")
    void deleteAll();

    @SqlQuery("SELECT name, setting_value FROM setting ORDER BY name")
    @KeyColumn("name")
    @ValueColumn("setting_value")
    Map<String, String> all();
}
