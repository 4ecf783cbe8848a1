package io.slotwise.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each account's publisher; an account with no row publishes by hand. The service layer gives them types. */
@RegisterConstructorMapper(PublisherDao.PublisherRow.class)
public interface PublisherDao {

    /** {@code kind} is "manual" or "webhook"; {@code webhookUrl} is set for a webhook. */
    record PublisherRow(String accountId, String kind, String webhookUrl) {
    }

    @SqlQuery("SELECT account_id, kind, webhook_url FROM account_publisher WHERE account_id = :accountId")
    Optional<PublisherRow> find(@Bind("accountId") String accountId);

    @SqlQuery("SELECT account_id, kind, webhook_url FROM account_publisher ORDER BY account_id")
    List<PublisherRow> all();

    @SqlUpdate("UPDATE account_publisher SET kind = :kind, webhook_url = :webhookUrl WHERE account_id = :accountId")
    int update(@Bind("accountId") String accountId, @Bind("kind") String kind, @Bind("webhookUrl") String webhookUrl);

    @SqlUpdate("INSERT INTO account_publisher (account_id, kind, webhook_url) VALUES (:accountId, :kind, :webhookUrl)")
    void insert(@Bind("accountId") String accountId, @Bind("kind") String kind, @Bind("webhookUrl") String webhookUrl);

    default void put(PublisherRow row) {
        if (update(row.accountId(), row.kind(), row.webhookUrl()) == 0) {
            insert(row.accountId(), row.kind(), row.webhookUrl());
        }
    }
}
