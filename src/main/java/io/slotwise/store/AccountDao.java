package io.slotwise.store;

import io.slotwise.engine.Account;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Subaccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts and their subaccounts. */
@RegisterConstructorMapper(AccountDao.AccountRow.class)
@RegisterConstructorMapper(AccountDao.SubaccountRow.class)
public interface AccountDao {

    record AccountRow(String id, String ownerId, String platform, String name, String username, boolean addedByApi) {
    }

    record SubaccountRow(String accountId, String id, String name) {
    }

    @SqlUpdate("INSERT INTO account (id, owner_id, platform, name, username, added_by_api, created_at) "
            + "VALUES (:id, :ownerId, :platform, :name, :username, :addedByApi, :createdAt)")
    void insertRow(@Bind("id") String id, @Bind("ownerId") String ownerId, @Bind("platform") String platform,
                   @Bind("name") String name, @Bind("username") String username,
                   @Bind("addedByApi") boolean addedByApi, @Bind("createdAt") Instant createdAt);

    @SqlUpdate("INSERT INTO subaccount (account_id, id, name) VALUES (:accountId, :id, :name)")
    void insertSubaccount(@Bind("accountId") String accountId, @Bind("id") String id, @Bind("name") String name);

    @SqlUpdate("DELETE FROM subaccount WHERE account_id = :accountId")
    void deleteSubaccounts(@Bind("accountId") String accountId);

    @SqlUpdate("UPDATE account SET name = :name, username = :username WHERE id = :id")
    int updateNames(@Bind("id") String id, @Bind("name") String name, @Bind("username") String username);

    @SqlUpdate("DELETE FROM subaccount")
    void deleteAllSubaccounts();

    @SqlUpdate("DELETE FROM account")
    void deleteAllRows();

    /** Empties the table, for a restore that replaces everything. */
    default void deleteAll() {
        deleteAllSubaccounts();
        deleteAllRows();
    }

    @SqlUpdate("DELETE FROM account WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlQuery("SELECT id, owner_id, platform, name, username, added_by_api FROM account WHERE id = :id")
    Optional<AccountRow> findRow(@Bind("id") String id);

    @SqlQuery("SELECT id, owner_id, platform, name, username, added_by_api FROM account ORDER BY id")
    List<AccountRow> allRows();

    @SqlQuery("SELECT account_id, id, name FROM subaccount WHERE account_id = :accountId ORDER BY id")
    List<SubaccountRow> subaccountsOf(@Bind("accountId") String accountId);

    @SqlQuery("SELECT account_id, id, name FROM subaccount ORDER BY account_id, id")
    List<SubaccountRow> allSubaccounts();

    @SqlQuery("SELECT id FROM account WHERE owner_id = :ownerId AND platform = :platform ORDER BY created_at, id")
    List<String> idsOfPlatform(@Bind("ownerId") String ownerId, @Bind("platform") String platform);

    default void insert(Account a, Instant createdAt) {
        insertRow(a.id(), a.ownerId(), a.platform().id(), a.name(), a.username(), a.addedByApi(), createdAt);
        for (Subaccount s : a.subaccounts()) {
            insertSubaccount(a.id(), s.id(), s.name());
        }
    }

    /** Replaces the names and the subaccount list of an existing account. */
    default void update(Account a) {
        updateNames(a.id(), a.name(), a.username());
        deleteSubaccounts(a.id());
        for (Subaccount s : a.subaccounts()) {
            insertSubaccount(a.id(), s.id(), s.name());
        }
    }

    default Optional<Account> find(String id) {
        return findRow(id).map(r -> toAccount(r, subaccountsOf(id)));
    }

    default List<Account> all() {
        Map<String, List<SubaccountRow>> subs = new LinkedHashMap<>();
        for (SubaccountRow s : allSubaccounts()) {
            subs.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(s);
        }
        List<Account> out = new ArrayList<>();
        for (AccountRow r : allRows()) {
            out.add(toAccount(r, subs.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static Account toAccount(AccountRow r, List<SubaccountRow> subs) {
        return new Account(r.id(), r.ownerId(), Platform.fromId(r.platform()).orElseThrow(), r.name(), r.username(),
                r.addedByApi(), subs.stream().map(s -> new Subaccount(s.id(), s.name())).toList());
    }
}
