package io.slotwise.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What each plan revision changed (schema version 7), so that other apps read only that again. */
@RegisterConstructorMapper(PlanChangeDao.ChangeRow.class)
interface PlanChangeDao {

    record ChangeRow(long planRevision, String kind, String itemId) {
    }

    @SqlBatch("INSERT INTO plan_change (plan_revision, kind, item_id) VALUES (:revision, :kind, :itemId)")
    void insert(@Bind("revision") long revision, @Bind("kind") String kind, @Bind("itemId") List<String> itemIds);

    @SqlQuery("SELECT plan_revision, kind, item_id FROM plan_change WHERE plan_revision > :after "
            + "AND plan_revision <= :upTo")
    List<ChangeRow> between(@Bind("after") long after, @Bind("upTo") long upTo);

    @SqlUpdate("DELETE FROM plan_change WHERE plan_revision <= :upTo")
    int pruneUpTo(@Bind("upTo") long upTo);
}
