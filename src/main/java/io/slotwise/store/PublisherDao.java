package io.slotwise.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each account's publisher; an account with no row publishes by hand. The service layer gives them types. */
@RegisterConstructorMapper(PublisherDao.PublisherRow.class)
public interface PublisherDao {

    /**
     * {@code kind} is "manual", "webhook", "blotato" or "ayrshare"; {@code webhookUrl} is set for a webhook; the rest
     * for a forwarder to a hosted scheduler ({@code apiKey} null when a restore left it out).
     */
    record PublisherRow(String accountId, String kind, String webhookUrl, String apiKey, String remoteAccountId,
                        String pageId, String profileKey, String baseUrl) {

        /** Never the key itself: a row may end up in a log line or an exception's message. */
        @Override
        public String toString() {
            return "PublisherRow[" + accountId + ", " + kind + (apiKey == null ? ", no key" : ", key set") + "]";
        }
    }

    String COLUMNS = "account_id, kind, webhook_url, api_key, remote_account_id, page_id, profile_key, base_url";

    @SqlQuery("SELECT " + COLUMNS + " FROM account_publisher WHERE account_id = :accountId")
    Optional<PublisherRow> find(@Bind("accountId") String accountId);

    @SqlQuery("SELECT " + COLUMNS + " FROM account_publisher ORDER BY account_id")
    List<PublisherRow> all();

    @SqlUpdate("UPDATE account_publisher SET kind = :kind, webhook_url = :webhookUrl, api_key = :apiKey, "
            + "remote_account_id = :remoteAccountId, page_id = :pageId, profile_key = :profileKey, base_url = :baseUrl "
            + "WHERE account_id = :accountId")
    int update(@BindMethods PublisherRow row);

    @SqlUpdate("INSERT INTO account_publisher (" + COLUMNS + ") VALUES (:accountId, :kind, :webhookUrl, :apiKey, "
            + ":remoteAccountId, :pageId, :profileKey, :baseUrl)")
    void insert(@BindMethods PublisherRow row);

    default void put(PublisherRow row) {
        if (update(row) == 0) {
            insert(row);
        }
    }
}
