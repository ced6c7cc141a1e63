package org.civicbroker.model.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code invalid/cases.json}: each case merges its members into {@code
 * valid/minimal.json} (null removes a member); reading the result fails with the expected error and
 * a detail containing the expected text (clause 5.8.1.4: a payload violating clause 5.2.12 is
 * BadRequestData).
 */
class InvalidSubscriptionsTest {

  static Stream<Arguments> cases() {
    return StreamSupport.stream(
            SubscriptionFixtures.json("invalid/cases.json").spliterator(), false)
        .map(c -> Arguments.of(Named.of(c.get("name").asText(), c)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void isRejected(JsonNode c) {
    var payload =
        SubscriptionFixtures.merged(
            SubscriptionFixtures.object("valid/minimal.json"), c.get("merge"));

    NgsiLdException e =
        catchThrowableOfType(
            NgsiLdException.class,
            () ->
                new SubscriptionReader()
                    .read(payload, SubscriptionFixtures.userContext(), SubscriptionFixtures.NOW));

    assertThat(e).as("expected an NgsiLdException for %s", payload).isNotNull();
    assertThat(e.type()).isEqualTo(ErrorType.valueOf(c.get("error").asText()));
    assertThat(e.detail()).contains(c.get("detail").asText());
  }
}
