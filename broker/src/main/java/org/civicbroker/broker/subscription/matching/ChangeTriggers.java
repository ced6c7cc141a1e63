package org.civicbroker.broker.subscription.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.subscription.NotificationTrigger;
import org.civicbroker.model.subscription.Subscription;

/**
 * Which notification trigger (GS CIM 009 clause 5.2.12 {@code notificationTrigger}) a change fires
 * for a subscription: entity creation and deletion, and attributes created, updated or deleted
 * among the subscription's watched attributes (all attributes when it watches none); the deletion
 * of an entity deletes its attributes too.
 */
final class ChangeTriggers {
  private ChangeTriggers() {}

  /** The trigger to report as {@code triggerReason}, or empty when the change does not fire. */
  static Optional<NotificationTrigger> fired(Subscription subscription, EntityChange change) {
    List<NotificationTrigger> wanted = subscription.triggers();
    if (change.kind() == ChangeKind.DELETED) {
      return deletion(subscription, change.before());
    }
    Entity before = change.before();
    Entity after = change.after();
    Set<String> touched =
        change.kind() == ChangeKind.CREATED
            ? after.attributes().names()
            : change.changedAttributes();
    Set<String> created =
        watched(subscription, touched, name -> !has(before, name) && has(after, name));
    Set<String> deleted =
        watched(subscription, touched, name -> has(before, name) && !has(after, name));
    Set<String> updated =
        watched(subscription, touched, name -> has(before, name) && has(after, name));
    if (change.kind() == ChangeKind.CREATED
        && wanted.contains(NotificationTrigger.ENTITY_CREATED)) {
      return Optional.of(NotificationTrigger.ENTITY_CREATED);
    }
    boolean anyAttribute = !created.isEmpty() || !updated.isEmpty() || !deleted.isEmpty();
    if (change.kind() != ChangeKind.CREATED
        && anyAttribute
        && wanted.contains(NotificationTrigger.ENTITY_UPDATED)) {
      return Optional.of(NotificationTrigger.ENTITY_UPDATED);
    }
    if (!created.isEmpty() && wanted.contains(NotificationTrigger.ATTRIBUTE_CREATED)) {
      return Optional.of(NotificationTrigger.ATTRIBUTE_CREATED);
    }
    if (!updated.isEmpty() && wanted.contains(NotificationTrigger.ATTRIBUTE_UPDATED)) {
      return Optional.of(NotificationTrigger.ATTRIBUTE_UPDATED);
    }
    if (!deleted.isEmpty() && wanted.contains(NotificationTrigger.ATTRIBUTE_DELETED)) {
      return Optional.of(NotificationTrigger.ATTRIBUTE_DELETED);
    }
    return Optional.empty();
  }

  /**
   * A deleted entity fires {@code entityDeleted}; otherwise {@code attributeDeleted} when it had a
   * watched attribute (any attribute, without watchedAttributes): deleting an entity deletes its
   * attributes.
   */
  private static Optional<NotificationTrigger> deletion(Subscription subscription, Entity before) {
    List<NotificationTrigger> wanted = subscription.triggers();
    if (wanted.contains(NotificationTrigger.ENTITY_DELETED)) {
      return Optional.of(NotificationTrigger.ENTITY_DELETED);
    }
    Set<String> deleted = watched(subscription, before.attributes().names(), name -> true);
    return wanted.contains(NotificationTrigger.ATTRIBUTE_DELETED) && !deleted.isEmpty()
        ? Optional.of(NotificationTrigger.ATTRIBUTE_DELETED)
        : Optional.empty();
  }

  private static Set<String> watched(
      Subscription subscription, Set<String> touched, java.util.function.Predicate<String> kind) {
    Set<String> result = new LinkedHashSet<>();
    for (String name : touched) {
      if ((subscription.watchedAttributes().isEmpty()
              || subscription.watchedAttributes().contains(name))
          && kind.test(name)) {
        result.add(name);
      }
    }
    return result;
  }

  private static boolean has(Entity entity, String name) {
    return entity != null && entity.attributes().contains(name);
  }
}
