package io.slotwise.service;

import io.slotwise.engine.Account;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Subaccount;
import io.slotwise.store.StoreTransaction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The social accounts a user posts to, and who publishes each one's due posts. */
public final class AccountService {

    private final Workspace ws;

    public AccountService(Workspace ws) {
        this.ws = ws;
    }

    public List<Account> list(String ownerId) {
        return ws.readStore(tx -> tx.accounts().all().stream()
                .filter(a -> a.ownerId().equals(ownerId)).toList());
    }

    public Optional<Account> find(String ownerId, String accountId) {
        return ws.readStore(tx -> tx.accounts().find(accountId).filter(a -> a.ownerId().equals(ownerId)));
    }

    /** Adds an account the user typed in. */
    public Account create(String ownerId, String id, Platform platform, String name, String username,
                          List<Subaccount> subaccounts) {
        String cleanId = required("id", id);
        String cleanName = name == null || name.isBlank() ? cleanId : name.trim();
        if (platform == null) {
            throw ServiceException.invalid("platform", "platform is required");
        }
        return ws.write(ownerId, (tx, plan) -> {
            if (tx.accounts().find(cleanId).isPresent()) {
                throw ServiceException.invalid("id", "An account with id \"" + cleanId + "\" already exists");
            }
            Account a = new Account(cleanId, ownerId, platform, cleanName, blankToNull(username), false, subaccounts);
            tx.accounts().insert(a, ws.now());
            return a;
        });
    }

    /** Renames an account and replaces its subaccounts. */
    public Account update(String ownerId, String id, String name, String username, List<Subaccount> subaccounts) {
        String cleanName = required("name", name);
        return ws.write(ownerId, (tx, plan) -> {
            Account old = owned(tx, ownerId, id);
            Account a = new Account(old.id(), ownerId, old.platform(), cleanName, blankToNull(username), false,
                    subaccounts == null ? old.subaccounts() : subaccounts);
            tx.accounts().update(a);
            return a;
        });
    }

    /** Deletes an account no post or slot uses; otherwise says what uses it. */
    public void delete(String ownerId, String id) {
        ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, id);
            int posts = tx.posts().countForAccount(id);
            int slots = tx.slots().targetsNaming(id);
            if (posts > 0 || slots > 0) {
                throw ServiceException.invalid("id", "Account \"" + id + "\" is still used by " + count(posts, "post")
                        + " and " + count(slots, "slot target") + "; delete or move them first");
            }
            tx.accounts().delete(id);
            return null;
        });
    }

    // ---- publishers: who takes an account's due posts (SPEC §11), part of the account's settings ----

    public Publisher publisher(String ownerId, String accountId) {
        return ws.readStore(tx -> {
            owned(tx, ownerId, accountId);
            return Publisher.ofAccount(tx, accountId);
        });
    }

    /** Every account of the owner with its publisher, by account id. */
    public Map<String, Publisher> publishers(String ownerId) {
        return ws.readStore(tx -> {
            Map<String, Publisher> byAccount = new HashMap<>();
            tx.publishers().all().forEach(r -> byAccount.put(r.accountId(), Publisher.stored(r)));
            Map<String, Publisher> out = new LinkedHashMap<>();
            for (Account a : tx.accounts().all()) {
                if (a.ownerId().equals(ownerId)) {
                    out.put(a.id(), byAccount.getOrDefault(a.id(), Publisher.MANUAL));
                }
            }
            return out;
        });
    }

    /** Sets who publishes an account's due posts; posts already due or sending follow it on their next step. */
    public Publisher setPublisher(String ownerId, String accountId, Publisher publisher) {
        return ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, accountId);
            tx.publishers().put(publisher.row(accountId));
            return publisher;
        });
    }

    /** From a form: the choice and the URL as typed, checked before anything is written. */
    public Publisher setPublisher(String ownerId, String accountId, PublisherKind kind, String webhookUrl) {
        return setPublisher(ownerId, accountId, Publisher.of(kind, webhookUrl));
    }

    /**
     * From the whole form (webhook or forwarder fields), checked before anything is written; a blank API key keeps
     * the key the account's forwarder to the same vendor already has.
     */
    public Publisher setPublisher(String ownerId, String accountId, PublisherForm form) {
        return ws.write(ownerId, (tx, plan) -> {
            owned(tx, ownerId, accountId);
            Publisher publisher = Publisher.from(form, Publisher.ofAccount(tx, accountId));
            tx.publishers().put(publisher.row(accountId));
            return publisher;
        });
    }

    /**
     * The account a request names, registering it ("added by API") when Slotwise does not know it yet,
     * so that scripts written for the hosted schedulers work unchanged.
     */
    static Account ensure(StoreTransaction tx, Workspace ws, String ownerId, Platform platform, String accountId,
                          String field) {
        Optional<Account> known = tx.accounts().find(accountId);
        if (known.isPresent()) {
            Account a = known.get();
            if (!a.ownerId().equals(ownerId)) {
                throw ServiceException.forbidden("Access denied");
            }
            if (a.platform() != platform) {
                throw ServiceException.invalid(field, "Account \"" + accountId + "\" is a " + a.platform().id()
                        + " account, not " + platform.id());
            }
            return a;
        }
        Account a = new Account(accountId, ownerId, platform, accountId, null, true, List.of());
        tx.accounts().insert(a, ws.now());
        return a;
    }

    /** The platform's default account (Ayrshare posts name platforms, not accounts), made on first use. */
    static Account defaultFor(StoreTransaction tx, Workspace ws, String ownerId, Platform platform) {
        for (String id : tx.accounts().idsOfPlatform(ownerId, platform.id())) {
            return tx.accounts().find(id).orElseThrow();
        }
        String id = ownerId.equals(Workspace.LOCAL_OWNER) ? platform.id() : ownerId + "-" + platform.id();
        return ensure(tx, ws, ownerId, platform, id, "platforms");
    }

    private static Account owned(StoreTransaction tx, String ownerId, String id) {
        Account a = tx.accounts().find(id).orElseThrow(() -> ServiceException.notFound("Account not found"));
        if (!a.ownerId().equals(ownerId)) {
            throw ServiceException.forbidden("Access denied");
        }
        return a;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ServiceException.invalid(field, field + " is required");
        }
        return value.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
