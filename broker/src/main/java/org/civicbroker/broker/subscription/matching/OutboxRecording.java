package org.civicbroker.broker.subscription.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.entity.service.ChangeNotifications;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.subscription.matching.SubscriptionMatcher.Match;
import org.jboss.logging.Logger;

/**
 * With the in-memory transport, matches each change of this instance BEFORE it is committed and
 * renders its notifications, so the store records them with the change (one commit on the embedded
 * store). After the commit they go to delivery; if the write is not committed, their throttling
 * slots are given back. (With Kafka, changes are matched from the topic instead, after their
 * commit, and this records nothing.)
 *
 * <p>A notification that cannot be rendered (its subscription's context is unavailable) does not
 * stop the write: it is counted as failed in the subscription's status and in the metric {@code
 * ngsild.notifications.unrendered}, and logged.
 */
@ApplicationScoped
public class OutboxRecording implements ChangeNotifications {
  private static final Logger LOG = Logger.getLogger(OutboxRecording.class);

  private final SubscriptionMatcher matcher;
  private final Notifier notifier;
  private final boolean kafka;
  private final Counter unrendered;
  private final Map<String, List<Match>> pendingMatches = new ConcurrentHashMap<>();

  @Inject
  public OutboxRecording(
      SubscriptionMatcher matcher, Notifier notifier, EventsConfig events, MeterRegistry meters) {
    this.matcher = matcher;
    this.notifier = notifier;
    this.kafka = events.usesKafka();
    this.unrendered =
        Counter.builder("ngsild.notifications.unrendered")
            .description("Notifications that could not be rendered (counted as failed)")
            .register(meters);
  }

  @Override
  public Uni<List<PendingNotification>> prepare(EntityChange change) {
    if (kafka) {
      return Uni.createFrom().item(List.of());
    }
    List<Match> matches = matcher.matches(change);
    if (matches.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    pendingMatches.put(change.eventId(), matches);
    List<Uni<Notification>> rendering = new ArrayList<>(matches.size());
    for (Match m : matches) {
      rendering.add(
          matcher.render(change, m).onFailure().recoverWithItem(e -> failed(change, m, e)));
    }
    return Uni.join()
        .all(rendering)
        .andFailFast()
        .map(
            rendered -> {
              List<PendingNotification> records = new ArrayList<>(rendered.size());
              for (Notification n : rendered) {
                if (n != null) {
                  records.add(notifier.prepare(n));
                }
              }
              return records;
            });
  }

  private Notification failed(EntityChange change, Match m, Throwable e) {
    unrendered.increment();
    matcher.failed(change, m, e);
    LOG.errorf(
        "Notification of %s for %s could not be rendered: %s",
        m.subscription().id(), change.entityId(), e.toString());
    return null;
  }

  @Override
  public void committed(EntityChange change, List<PendingNotification> notifications) {
    pendingMatches.remove(change.eventId());
    if (!notifications.isEmpty()) {
      notifier.committed(notifications);
    }
  }

  @Override
  public void abandoned(EntityChange change, List<PendingNotification> notifications) {
    List<Match> matches = pendingMatches.remove(change.eventId());
    if (matches != null) {
      matches.forEach(m -> matcher.release(change, m));
    }
  }
}
