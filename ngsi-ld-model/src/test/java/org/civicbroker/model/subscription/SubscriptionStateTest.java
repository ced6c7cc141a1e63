package org.civicbroker.model.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The status of clause 5.2.12: expired once expiresAt passed, else paused or active. */
class SubscriptionStateTest {
  private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void activeUntilItExpires() {
    Subscription s = SubscriptionFixtures.read("minimal").toBuilder().expiresAt(T).build();

    assertThat(s.state(T.minusSeconds(1))).isEqualTo(SubscriptionState.ACTIVE);
    assertThat(s.isActiveAt(T.minusSeconds(1))).isTrue();
    assertThat(s.state(T)).isEqualTo(SubscriptionState.EXPIRED);
    assertThat(s.isActiveAt(T)).isFalse();
  }

  @Test
  void pausedWhenNotActive() {
    Subscription s = SubscriptionFixtures.read("minimal").toBuilder().active(false).build();

    assertThat(s.state(T)).isEqualTo(SubscriptionState.PAUSED);
    assertThat(s.state(T).term()).isEqualTo("paused");
  }

  @Test
  void expiryWinsOverPause() {
    Subscription s =
        SubscriptionFixtures.read("minimal").toBuilder().active(false).expiresAt(T).build();

    assertThat(s.state(T.plusSeconds(1))).isEqualTo(SubscriptionState.EXPIRED);
  }

  @Test
  void entityUpdatedCoversTheAttributeTriggers() {
    assertThat(NotificationTrigger.ENTITY_UPDATED.coversAttributeChanges()).isTrue();
    assertThat(NotificationTrigger.ATTRIBUTE_DELETED.coversAttributeChanges()).isTrue();
    assertThat(NotificationTrigger.ENTITY_CREATED.coversAttributeChanges()).isFalse();
  }
}
