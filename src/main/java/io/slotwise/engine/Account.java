package io.slotwise.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A social profile the user posts to. Entered by hand (there is no network sign-in), or registered
 * by the local API the first time a script names an id Slotwise does not know.
 */
public record Account(String id, String ownerId, Platform platform, String name, String username,
                      boolean addedByApi, List<Subaccount> subaccounts) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        subaccounts = List.copyOf(subaccounts == null ? List.of() : subaccounts);
    }

    public Optional<Subaccount> subaccount(String subaccountId) {
        return subaccounts.stream().filter(s -> s.id().equals(subaccountId)).findFirst();
    }

    public Account renamed(String newName) {
        return new Account(id, ownerId, platform, newName, username, addedByApi, subaccounts);
    }
}
