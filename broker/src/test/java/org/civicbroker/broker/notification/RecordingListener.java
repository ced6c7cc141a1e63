package org.civicbroker.broker.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civicbroker.model.id.Tenant;

/** A {@link DeliveryListener} that records every call. */
public final class RecordingListener implements DeliveryListener {
  /** One call: {@code delivered}, {@code retry} (failed, not final) or {@code failed} (final). */
  public record Event(String subscriptionId, String kind, String reason) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void delivered(Tenant tenant, String subscriptionId, Instant at) {
    events.add(new Event(subscriptionId, "delivered", null));
  }

  @Override
  public void failed(
      Tenant tenant, String subscriptionId, Instant at, String reason, boolean finalAttempt) {
    events.add(new Event(subscriptionId, finalAttempt ? "failed" : "retry", reason));
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The kinds of the calls for one subscription, in order. */
  public List<String> kinds(String subscriptionId) {
    return events.stream()
        .filter(e -> e.subscriptionId().equals(subscriptionId))
        .map(Event::kind)
        .toList();
  }
}
