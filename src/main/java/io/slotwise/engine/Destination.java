package io.slotwise.engine;

import java.util.Objects;

/**
 * Where a post goes: an account, and optionally one of its subaccounts (a Facebook Page, a LinkedIn
 * Company Page). A slot with targets keeps one lane per destination.
 */
public record Destination(String accountId, String subaccountId) {

    public Destination {
        Objects.requireNonNull(accountId, "accountId");
    }

    public static Destination of(String accountId, String subaccountId) {
        return new Destination(accountId, subaccountId);
    }
}
