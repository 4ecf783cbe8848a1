package io.slotwise.store;

/** Work done inside one store transaction. */
@FunctionalInterface
public interface StoreWork<R> {
    R run(StoreTransaction tx);
}
