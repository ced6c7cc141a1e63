package org.civicbroker.broker.notification.outbox;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.id.Tenant;

/**
 * Pending notifications in the store, so that none is lost when the broker stops, and the claims
 * (leases) that let several brokers share the store without delivering the same notification twice:
 * a notification is delivered only by the broker whose claim on it is current. Claims are taken
 * with a conditional single-document update, so two brokers cannot both take one.
 */
public interface NotificationOutbox {

  /** A due notification found by {@link #due}, not yet claimed. */
  record Candidate(String id, String queueKey) {}

  /**
   * Stores a new notification, claimed by {@code owner} until its {@code claimedUntil}; yields
   * true. A notification whose id is already stored is left as it is; yields false.
   */
  Uni<Boolean> add(PendingNotification pending, String owner);

  /**
   * Due notifications whose claim expired (or which were never claimed), earliest due first,
   * skipping those for the given queues.
   */
  Uni<List<Candidate>> due(Instant now, Set<String> skipQueues, int limit);

  /**
   * Claims a notification for {@code owner} until {@code until}, if nobody holds it at {@code now}.
   */
  Uni<Optional<PendingNotification>> claim(String id, String owner, Instant now, Instant until);

  /** Extends the claims of {@code owner} on the given notifications; yields how many it holds. */
  Uni<Long> renew(Collection<String> ids, String owner, Instant until);

  /** Gives up {@code owner}'s claims on the given notifications: they are due again at once. */
  Uni<Void> release(Collection<String> ids, String owner);

  /** Records a failed attempt and gives up the claim; the next attempt is due at {@code dueAt}. */
  Uni<Void> reschedule(String id, String owner, int attempts, Instant dueAt, String lastError);

  /** Removes a delivered or finally failed notification. */
  Uni<Void> remove(String id);

  /** Removes the pending notifications of a subscription (deleted); yields how many. */
  Uni<Long> removeAll(Tenant tenant, String subscriptionId);

  /** How many notifications are pending. */
  Uni<Long> count();
}
