package org.civicbroker.model.subscription;

import java.time.Duration;
import java.util.List;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.EntitySelector;

/** The rules of clause 5.2.12 that involve several members of a subscription. */
final class SubscriptionRules {
  private SubscriptionRules() {}

  static void check(
      List<EntitySelector> entities,
      List<String> watchedAttributes,
      Duration timeInterval,
      Duration throttling) {
    if (entities.isEmpty() && watchedAttributes.isEmpty()) {
      throw NgsiLdException.badData(
          "A subscription needs 'entities' or 'watchedAttributes' (at least one of them)");
    }
    if (timeInterval != null) {
      if (!watchedAttributes.isEmpty()) {
        throw NgsiLdException.badData(
            "'timeInterval' and 'watchedAttributes' cannot be used together");
      }
      if (throttling != null) {
        throw NgsiLdException.badData("'timeInterval' and 'throttling' cannot be used together");
      }
      if (timeInterval.isNegative() || timeInterval.isZero()) {
        throw NgsiLdException.badData("timeInterval: must be greater than 0");
      }
    }
    if (throttling != null && throttling.isNegative()) {
      throw NgsiLdException.badData("throttling: must not be negative");
    }
  }
}
