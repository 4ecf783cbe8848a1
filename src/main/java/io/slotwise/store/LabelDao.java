package io.slotwise.store;

import io.slotwise.engine.Label;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Labels, and what uses them. */
@RegisterConstructorMapper(Label.class)
public interface LabelDao {

    @SqlUpdate("INSERT INTO label (id, owner_id, name, created_at) VALUES (:id, :ownerId, :name, :createdAt)")
    void insert(@Bind("id") String id, @Bind("ownerId") String ownerId, @Bind("name") String name,
                @Bind("createdAt") Instant createdAt);

    @SqlUpdate("UPDATE label SET name = :name WHERE id = :id")
    int rename(@Bind("id") String id, @Bind("name") String name);

    @SqlUpdate("DELETE FROM label")
    void deleteAll();

    @SqlUpdate("DELETE FROM label WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlQuery("SELECT id, owner_id, name FROM label WHERE id = :id")
    Optional<Label> find(@Bind("id") String id);

    @SqlQuery("SELECT id, owner_id, name FROM label WHERE id IN (<ids>)")
    List<Label> findAll(@BindList("ids") Collection<String> ids);

    @SqlQuery("SELECT id, owner_id, name FROM label ORDER BY name, id")
    List<Label> all();

    @SqlQuery("SELECT COUNT(*) FROM slot_label WHERE label_id = :id")
    int slotsUsing(@Bind("id") String id);

    @SqlQuery("SELECT COUNT(*) FROM post_label WHERE label_id = :id")
    int postsUsing(@Bind("id") String id);
}
