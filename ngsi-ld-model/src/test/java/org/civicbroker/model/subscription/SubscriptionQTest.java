package org.civicbroker.model.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.id.EntityId;
import org.junit.jupiter.api.Test;

/** A subscription's q: resolution, restoration from bindings, rendering for other contexts. */
class SubscriptionQTest {
  private static final String EX = "https://example.org/";

  @Test
  void restoringFromTheBindingsGivesTheSameQuery() {
    SubscriptionQ q =
        SubscriptionQ.read(
            "temperature>20;category==commercial|name~=\"^A\"", SubscriptionFixtures.userContext());

    SubscriptionQ restored = SubscriptionQ.restore(q.text(), q.bindings());

    assertThat(restored).isEqualTo(q);
    assertThat(q.bindings().vocab()).containsEntry("commercial", EX + "commercial");
  }

  @Test
  void theRestoredQueryMatchesLikeTheOriginal() {
    SubscriptionQ q = SubscriptionQ.read("temperature>20", SubscriptionFixtures.userContext());
    SubscriptionQ restored = SubscriptionQ.restore(q.text(), q.bindings());
    Entity warm = entity(25);
    Entity cold = entity(10);

    assertThat(restored.query().matches(warm)).isTrue();
    assertThat(restored.query().matches(cold)).isFalse();
  }

  @Test
  void rendersTheTextAsGivenForTheCreationContext() {
    String text = "temperature > 20 ; name.observedAt>=2024-01-01T00:00:00Z";
    SubscriptionQ q = SubscriptionQ.read(text, SubscriptionFixtures.userContext());

    assertThat(q.render(SubscriptionFixtures.userContext())).isEqualTo(text);
  }

  @Test
  void rendersExpandedNamesForAContextWithoutTheTerms() {
    SubscriptionQ q =
        SubscriptionQ.read(
            "temperature.observedAt>=2024-01-01T00:00:00Z", SubscriptionFixtures.userContext());

    assertThat(q.render(SubscriptionFixtures.coreContext()))
        .isEqualTo(EX + "temperature.observedAt>=2024-01-01T00:00:00Z");
  }

  private static Entity entity(int temperature) {
    return new Entity(
        EntityId.of("urn:ngsi-ld:Room:1"),
        java.util.List.of(EX + "Room"),
        java.util.List.of(),
        Attributes.of(
            java.util.Map.of(
                EX + "temperature",
                java.util.List.of(
                    new Property(
                        com.fasterxml.jackson.databind.node.IntNode.valueOf(temperature), null)))),
        null,
        null);
  }
}
