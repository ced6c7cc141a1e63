package org.civicbroker.broker.subscription.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChangePublisher;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionPage;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.subscription.Subscription;
import org.civicbroker.model.subscription.SubscriptionFragmentReader;

/**
 * Runs the subscription operations of GS CIM 009 clause 5.8 against the store, keeps the registry
 * current with each committed write (before the write is acknowledged) and tells other broker
 * instances about it. Updates are read-modify-write with compare-and-set, retried on a lost race.
 */
@ApplicationScoped
public class SubscriptionService {
  private static final int MAX_ATTEMPTS = 20;

  private final SubscriptionStore store;
  private final ActiveSubscriptions registry;
  private final SubscriptionStatusRecorder status;
  private final SubscriptionChangePublisher events;
  private final ContextService contexts;
  private final TenantGuard tenants;
  private final Notifier notifier;
  private final SubscriptionFragmentReader fragments = new SubscriptionFragmentReader();
  private final Clock clock;

  @Inject
  public SubscriptionService(
      SubscriptionStore store,
      ActiveSubscriptions registry,
      SubscriptionStatusRecorder status,
      SubscriptionChangePublisher events,
      ContextService contexts,
      TenantGuard tenants,
      Notifier notifier) {
    this(store, registry, status, events, contexts, tenants, notifier, Clock.systemUTC());
  }

  SubscriptionService(
      SubscriptionStore store,
      ActiveSubscriptions registry,
      SubscriptionStatusRecorder status,
      SubscriptionChangePublisher events,
      ContextService contexts,
      TenantGuard tenants,
      Notifier notifier,
      Clock clock) {
    this.store = store;
    this.notifier = notifier;
    this.tenants = tenants;
    this.registry = registry;
    this.status = status;
    this.events = events;
    this.contexts = contexts;
    this.clock = clock;
  }

  /** The current time, as the broker stamps subscriptions. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * 5.8.1 Create Subscription: checks that its {@code jsonldContext} can be resolved
   * (LdContextNotAvailable otherwise), stores it (AlreadyExists for a taken id) and registers it.
   */
  public Uni<Subscription> create(Tenant tenant, Subscription subscription) {
    Instant now = now();
    Subscription stamped = subscription.toBuilder().createdAt(now).modifiedAt(now).build();
    return checkContext(stamped)
        .chain(() -> store.insert(tenant, stamped))
        .invoke(
            () -> {
              registry.put(tenant, stamped);
              events.publish(tenant, stamped.id(), SubscriptionChange.Kind.CREATED);
            })
        .replaceWith(stamped);
  }

  /**
   * Import (operator endpoint {@code POST /admin/import}): stores a subscription exported from a
   * broker as it was there (its times kept) with a new delivery status, and registers it. When its
   * id exists: nothing (false), or with {@code replace} the existing one is deleted first (its
   * pending notifications with it). Its {@code jsonldContext} is not fetched: a migration must not
   * depend on a context server.
   */
  public Uni<Boolean> restore(Tenant tenant, Subscription subscription, boolean replace) {
    String id = subscription.id();
    return store
        .find(tenant, id)
        .chain(
            found -> {
              if (found.isPresent() && !replace) {
                return Uni.createFrom().item(false);
              }
              Uni<Void> cleared =
                  found.isPresent() ? delete(tenant, id) : Uni.createFrom().voidItem();
              return cleared
                  .chain(() -> store.insert(tenant, subscription))
                  .invoke(
                      () -> {
                        registry.put(tenant, subscription);
                        events.publish(tenant, id, SubscriptionChange.Kind.CREATED);
                      })
                  .replaceWith(true);
            });
  }

  /** 5.8.3 Retrieve Subscription, with the delivery status not yet stored. */
  public Uni<StoredSubscription> retrieve(Tenant tenant, String id) {
    checkId(id);
    return requireTenant(tenant)
        .chain(() -> store.find(tenant, id))
        .map(found -> withPending(tenant, found.orElseThrow(() -> notFound(id))));
  }

  /**
   * 5.8.4 Query Subscriptions: the page {@code [offset, offset + limit)} in id order; {@code limit
   * + 1} items are read so the caller knows whether more follow.
   */
  public Uni<SubscriptionPage> list(Tenant tenant, int offset, int limit, boolean count) {
    return requireTenant(tenant)
        .chain(() -> store.list(tenant, offset, limit + 1, count))
        .map(
            page ->
                new SubscriptionPage(
                    page.items().stream().map(s -> withPending(tenant, s)).toList(), page.total()));
  }

  /** 5.8.2 Update Subscription with a fragment read with {@code ctx}. */
  public Uni<Subscription> update(Tenant tenant, String id, ObjectNode fragment, LdContext ctx) {
    checkId(id);
    return requireTenant(tenant).chain(() -> update(tenant, id, fragment, ctx, 1));
  }

  private Uni<Subscription> update(
      Tenant tenant, String id, ObjectNode fragment, LdContext ctx, int attempt) {
    return store
        .find(tenant, id)
        .chain(
            found -> {
              StoredSubscription current = found.orElseThrow(() -> notFound(id));
              Instant now = now();
              Subscription updated =
                  fragments.apply(current.subscription(), fragment, ctx, now).toBuilder()
                      .modifiedAt(now)
                      .build();
              Uni<Void> check =
                  fragment.has("jsonldContext")
                      ? checkContext(updated)
                      : Uni.createFrom().voidItem();
              return check
                  .chain(() -> store.replace(tenant, updated, current.version()))
                  .chain(
                      stored ->
                          stored
                              ? committed(tenant, updated)
                              : retry(tenant, id, fragment, ctx, attempt));
            });
  }

  private Uni<Subscription> committed(Tenant tenant, Subscription updated) {
    registry.put(tenant, updated);
    events.publish(tenant, updated.id(), SubscriptionChange.Kind.UPDATED);
    return Uni.createFrom().item(updated);
  }

  private Uni<Subscription> retry(
      Tenant tenant, String id, ObjectNode fragment, LdContext ctx, int attempt) {
    if (attempt >= MAX_ATTEMPTS) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.INTERNAL_ERROR,
                  "Subscription " + Uris.quote(id) + " changed concurrently too often"));
    }
    return update(tenant, id, fragment, ctx, attempt + 1);
  }

  /** 5.8.5 Delete Subscription; its pending notifications are dropped. */
  public Uni<Void> delete(Tenant tenant, String id) {
    checkId(id);
    return requireTenant(tenant)
        .chain(() -> store.delete(tenant, id))
        .invoke(
            deleted -> {
              if (!deleted) {
                throw notFound(id);
              }
              registry.remove(tenant, id);
              status.forget(tenant, id);
              events.publish(tenant, id, SubscriptionChange.Kind.DELETED);
            })
        .chain(() -> notifier.cancel(tenant, id));
  }

  private StoredSubscription withPending(Tenant tenant, StoredSubscription stored) {
    String id = stored.subscription().id();
    return new StoredSubscription(
        stored.subscription(), status.withPending(tenant, id, stored.status()), stored.version());
  }

  /** Resolves {@code jsonldContext}: a context that cannot be fetched fails the request. */
  private Uni<Void> checkContext(Subscription s) {
    if (s.jsonldContext() == null) {
      return Uni.createFrom().voidItem();
    }
    return contexts.resolve(TextNode.valueOf(s.jsonldContext())).replaceWithVoid();
  }

  private Uni<Void> requireTenant(Tenant tenant) {
    return tenants.requireExisting(tenant);
  }

  private static void checkId(String id) {
    if (!Uris.isAbsolute(id)) {
      throw NgsiLdException.badData("The subscription id is not a URI: " + Uris.quote(id));
    }
  }

  private static NgsiLdException notFound(String id) {
    return NgsiLdException.notFound("Subscription " + Uris.quote(id) + " was not found");
  }
}
