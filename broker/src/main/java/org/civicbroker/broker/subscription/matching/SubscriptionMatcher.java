package org.civicbroker.broker.subscription.matching;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.subscription.NotificationTrigger;
import org.civicbroker.model.subscription.Subscription;
import org.jboss.logging.Logger;

/**
 * Turns entity changes into notifications (GS CIM 009 clause 5.8): for each change, the candidate
 * subscriptions from the in-memory registry (never a store query per event) are matched exactly —
 * state, entity selectors, trigger and watched attributes, {@code q}, {@code geoQ}, {@code scopeQ},
 * throttling — and each match is rendered and handed to the notifier, which delivers it at least
 * once.
 */
@ApplicationScoped
public class SubscriptionMatcher {
  private static final Logger LOG = Logger.getLogger(SubscriptionMatcher.class);

  private final ActiveSubscriptions registry;
  private final SubscriptionStatusRecorder status;
  private final NotificationRenderer renderer;
  private final Notifier notifier;
  private final ContextService contexts;

  @Inject
  public SubscriptionMatcher(
      ActiveSubscriptions registry,
      SubscriptionStatusRecorder status,
      NotificationRenderer renderer,
      Notifier notifier,
      ContextService contexts) {
    this.registry = registry;
    this.status = status;
    this.renderer = renderer;
    this.notifier = notifier;
    this.contexts = contexts;
  }

  /** A subscription a change matched, the trigger it fired, and when (its throttling claim). */
  public record Match(Subscription subscription, NotificationTrigger trigger, Instant at) {}

  /**
   * Matches one change: the candidate subscriptions from the registry, matched exactly, each match
   * claiming its throttling slot. A match that is then not notified (its write was not committed)
   * gives the slot back with {@link #release}. An imported entity ({@link ChangeKind#IMPORTED})
   * matches nothing.
   */
  public List<Match> matches(EntityChange change) {
    if (change.kind() == ChangeKind.IMPORTED) {
      return List.of(); // a migration, not a change: nothing to notify
    }
    Entity subject = change.after() != null ? change.after() : change.before();
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    List<Match> matches = new ArrayList<>();
    for (Subscription s :
        registry.candidates(
            change.tenant(), change.entityId(), subject.types(), concerned(change))) {
      Optional<NotificationTrigger> reason = match(s, change, subject, now);
      if (reason.isPresent() && status.claim(change.tenant(), s, now)) {
        matches.add(new Match(s, reason.get(), now));
      }
    }
    return matches;
  }

  /** Gives back the throttling slot of a match that was not notified. */
  public void release(EntityChange change, Match match) {
    status.unclaim(change.tenant(), match.subscription().id(), match.at());
  }

  /** Counts a match whose notification could not be made as a failed notification. */
  public void failed(EntityChange change, Match match, Throwable e) {
    status.failed(change.tenant(), match.subscription().id(), match.at(), e.getMessage(), true);
  }

  /** The notification of a match, rendered with the subscription's context. */
  public Uni<Notification> render(EntityChange change, Match m) {
    return contexts
        .resolve(m.subscription().notificationContext())
        .map(ctx -> renderer.ofChange(m.subscription(), ctx, change, m.trigger(), m.at()));
  }

  /**
   * Matches one change and yields one lazy Uni per notification, which renders it and records it in
   * the outbox when subscribed (a failure is logged, then passed on); subscribing again retries
   * that notification alone. For changes matched after their commit (from Kafka).
   */
  public List<Uni<Void>> notifications(EntityChange change) {
    List<Uni<Void>> recorded = new ArrayList<>();
    for (Match m : matches(change)) {
      recorded.add(
          render(change, m)
              .flatMap(notifier::enqueue)
              .onFailure()
              .invoke(
                  failure ->
                      LOG.errorf(
                          failure,
                          "Notification of %s for %s not recorded",
                          m.subscription().id(),
                          change.entityId())));
    }
    return recorded;
  }

  /** The trigger the change fires for the subscription, if it matches in every respect. */
  static Optional<NotificationTrigger> match(
      Subscription s, EntityChange change, Entity subject, Instant now) {
    if (!s.isActiveAt(now) || s.isPeriodic() || !selects(s, subject)) {
      return Optional.empty();
    }
    Optional<NotificationTrigger> reason = ChangeTriggers.fired(s, change);
    if (reason.isEmpty()
        || (s.q() != null && !s.q().query().matches(subject))
        || (s.geoQ() != null && !s.geoQ().query().matches(subject))
        || (s.scopeQ() != null && !s.scopeQ().query().matches(subject.scopes()))) {
      return Optional.empty();
    }
    return reason;
  }

  private static boolean selects(Subscription s, Entity entity) {
    if (s.entities().isEmpty()) {
      return true;
    }
    for (EntitySelector selector : s.entities()) {
      if (selector.matches(entity)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> concerned(EntityChange change) {
    if (change.kind() == ChangeKind.CREATED) {
      return change.after().attributes().names();
    }
    if (change.kind() == ChangeKind.DELETED) {
      return change.before().attributes().names();
    }
    return change.changedAttributes();
  }
}
