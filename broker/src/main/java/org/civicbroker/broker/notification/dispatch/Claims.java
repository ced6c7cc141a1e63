package org.civicbroker.broker.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.notification.PendingNotification;

/**
 * The claims (leases) this broker holds on outbox notifications, and until when each is valid as
 * far as this broker knows. A renewal extends a claim only if the claim was still valid when the
 * renewal started: a claim that lapsed may have been taken by another broker meanwhile, and the
 * renewal's success says nothing about it.
 *
 * <p>Brokers sharing a store compare claim times written by each other, so their clocks must agree
 * (NTP) to well within the lease.
 */
public final class Claims {
  private final String owner;
  private final Duration lease;
  private final Map<String, Instant> validUntil = new ConcurrentHashMap<>();

  public Claims(String owner, Duration lease) {
    this.owner = owner;
    this.lease = lease;
  }

  public String owner() {
    return owner;
  }

  /** The end of a claim taken (or renewed) at {@code now}. */
  public Instant expiry(Instant now) {
    return now.plus(lease);
  }

  /** Records a claim just taken; false if this broker already holds the notification. */
  public boolean take(PendingNotification pending) {
    return validUntil.putIfAbsent(pending.id(), pending.claimedUntil()) == null;
  }

  public void drop(String id) {
    validUntil.remove(id);
  }

  /** Whether the claim on {@code id} is held and still valid at {@code at}. */
  public boolean holds(String id, Instant at) {
    Instant until = validUntil.get(id);
    return until != null && until.isAfter(at);
  }

  public boolean isHeld(String id) {
    return validUntil.containsKey(id);
  }

  public Set<String> ids() {
    return Set.copyOf(validUntil.keySet());
  }

  /**
   * Applies a successful renewal of {@code ids}, started at {@code startedAt}, to {@code until}.
   */
  public void renewed(Collection<String> ids, Instant startedAt, Instant until) {
    for (String id : ids) {
      validUntil.computeIfPresent(id, (k, v) -> v.isAfter(startedAt) ? until : v);
    }
  }
}
