package org.civicbroker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on an UpdateResult (clause 5.2.18): {@code updated} is an array of attribute names,
 * {@code notUpdated} an array of NotUpdatedDetails ({@code attributeName}, {@code reason}, optional
 * {@code registrationId}).
 *
 * <p>The spec does not say whether the names are compacted terms or expanded IRIs (the ETSI test
 * suite expects expanded IRIs; Orion-LD returns terms), so a name matches either the term or its
 * expansion with the core context's default vocabulary.
 */
public final class UpdateResults {
  private UpdateResults() {}

  /** Asserts a 207 response whose UpdateResult lists exactly the given names. */
  public static void assertUpdateResult(
      Response response, List<String> updated, List<String> notUpdated) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(207);
    JsonNode body = Json.parse(response);
    assertThat(body.path("updated").isArray()).as("updated is an array in %s", body).isTrue();
    assertThat(body.path("notUpdated").isArray()).as("notUpdated is an array in %s", body).isTrue();
    assertThat(normalised(body.path("updated"), null))
        .as("updated in %s", body)
        .containsExactlyInAnyOrderElementsOf(updated);
    assertThat(normalised(body.path("notUpdated"), "attributeName"))
        .as("notUpdated attribute names in %s", body)
        .containsExactlyInAnyOrderElementsOf(notUpdated);
    for (JsonNode details : body.path("notUpdated")) {
      assertThat(details.path("reason").asText()).as("reason in %s", details).isNotBlank();
    }
  }

  private static List<String> normalised(JsonNode array, String member) {
    List<String> names = new ArrayList<>();
    for (JsonNode element : array) {
      String name = member == null ? element.asText() : element.path(member).asText();
      names.add(
          name.startsWith(NgsiLdTest.DEFAULT_VOCAB)
              ? name.substring(NgsiLdTest.DEFAULT_VOCAB.length())
              : name);
    }
    return names;
  }
}
