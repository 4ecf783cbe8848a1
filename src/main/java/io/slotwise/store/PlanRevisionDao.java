package io.slotwise.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The store's revisions (schema version 7): one more for every write, whichever app made it. */
@RegisterConstructorMapper(PlanRevisionDao.Revisions.class)
interface PlanRevisionDao {

    /** Takes the write turn: the row stays locked by this transaction until it ends. */
    @SqlUpdate("UPDATE plan_revision SET revision = revision + 1 WHERE id = 1")
    int advance();

    /** Both revisions as this transaction reads them. */
    record Revisions(long revision, long planRevision) {
    }

    @SqlQuery("SELECT revision, plan_revision FROM plan_revision WHERE id = 1")
    Revisions current();

    @SqlQuery("SELECT plan_revision FROM plan_revision WHERE id = 1")
    long plan();

    @SqlUpdate("UPDATE plan_revision SET plan_revision = plan_revision + 1 WHERE id = 1")
    int advancePlan();

    /** Tells the apps listening on a team server (PostgreSQL delivers it when the transaction commits). */
    @SqlQuery("SELECT 1 FROM (SELECT pg_notify(:channel, :payload)) AS sent")
    int announce(@Bind("channel") String channel, @Bind("payload") String payload);
}
