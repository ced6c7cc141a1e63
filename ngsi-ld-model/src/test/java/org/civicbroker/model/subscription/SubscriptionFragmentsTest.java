package org.civicbroker.model.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code fragments/cases.json} (Update Subscription, clause 5.8.2): a fragment applied to
 * a valid subscription gives the expected subscription (as the writer renders it) or the expected
 * error.
 */
class SubscriptionFragmentsTest {
  private final SubscriptionFragmentReader fragments = new SubscriptionFragmentReader();
  private final SubscriptionWriter writer = new SubscriptionWriter();

  static Stream<Arguments> cases() {
    return StreamSupport.stream(
            SubscriptionFixtures.json("fragments/cases.json").spliterator(), false)
        .map(c -> Arguments.of(Named.of(c.get("name").asText(), c)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void appliesTheFragment(JsonNode c) {
    Subscription base = SubscriptionFixtures.read(c.get("base").asText());
    ObjectNode fragment = (ObjectNode) c.get("fragment");

    if (c.has("expected")) {
      Subscription updated = apply(base, fragment);
      assertThat(writer.write(updated, SubscriptionFixtures.userContext()))
          .isEqualTo(c.get("expected"));
      assertThat(updated.requestContext()).isEqualTo(base.requestContext());
    } else {
      NgsiLdException e = catchThrowableOfType(NgsiLdException.class, () -> apply(base, fragment));
      assertThat(e).as("expected an NgsiLdException").isNotNull();
      assertThat(e.type()).isEqualTo(ErrorType.valueOf(c.get("error").asText()));
      assertThat(e.detail()).contains(c.get("detail").asText());
    }
  }

  private Subscription apply(Subscription base, ObjectNode fragment) {
    return fragments.apply(
        base, fragment, SubscriptionFixtures.userContext(), SubscriptionFixtures.NOW);
  }
}
