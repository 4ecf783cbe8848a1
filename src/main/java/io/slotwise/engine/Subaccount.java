package io.slotwise.engine;

import java.util.Objects;

/** A page an account posts to: a Facebook Page or a LinkedIn Company Page. */
public record Subaccount(String id, String name) {

    public Subaccount {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }
}
