package io.slotwise.engine;

import java.util.Objects;

/**
 * One entry of a slot's target list. A null {@code accountId} means every account of the platform;
 * a null {@code subaccountId} means any subaccount (or none) of the account.
 */
public record Target(Platform platform, String accountId, String subaccountId) {

    public Target {
        Objects.requireNonNull(platform, "platform");
    }

    public static Target allAccounts(Platform platform) {
        return new Target(platform, null, null);
    }

    public static Target account(Platform platform, String accountId) {
        return new Target(platform, accountId, null);
    }

    /** Whether a post for this platform, account and subaccount may use a slot with this target. */
    public boolean matches(Platform postPlatform, String postAccountId, String postSubaccountId) {
        return platform == postPlatform
                && (accountId == null || accountId.equals(postAccountId))
                && (subaccountId == null || subaccountId.equals(postSubaccountId));
    }
}
