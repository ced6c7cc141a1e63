package org.civicbroker.broker.wiring;

import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.entity.store.embedded.EmbeddedEntityStore;
import org.civicbroker.broker.entity.store.embedded.EmbeddedSymbols;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.subscription.store.embedded.EmbeddedSubscriptionStore;

/**
 * The embedded adapters of one open store, assembled the one way they must be: one tenant registry,
 * one outbox (the entity store stages notifications in it) and one persisted symbol table shared by
 * all.
 */
public record EmbeddedAdapters(
    EmbeddedStorage storage,
    EmbeddedTenants tenants,
    MemorySymbolTable symbols,
    EmbeddedNotificationOutbox outbox,
    EmbeddedEntityStore entities,
    EmbeddedSubscriptionStore subscriptions) {

  /** The adapters on an open store (whose tenants may already be loaded). */
  public static EmbeddedAdapters on(EmbeddedStorage storage, EmbeddedTenants tenants) {
    MemorySymbolTable symbols = EmbeddedSymbols.load(storage);
    EmbeddedNotificationOutbox outbox = new EmbeddedNotificationOutbox(storage);
    return new EmbeddedAdapters(
        storage,
        tenants,
        symbols,
        outbox,
        new EmbeddedEntityStore(storage, tenants, new EntityCodec(symbols), outbox),
        new EmbeddedSubscriptionStore(storage, tenants));
  }

  /** The adapters on an open store. */
  public static EmbeddedAdapters on(EmbeddedStorage storage) {
    return on(storage, new EmbeddedTenants(storage));
  }
}
