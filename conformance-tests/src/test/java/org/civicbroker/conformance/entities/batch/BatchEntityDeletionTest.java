package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.10 Batch Entity Deletion (HTTP binding 6.17.3.1, POST /entityOperations/delete, body: array
 * of entity ids): 204 when all were deleted, else 207 with ResourceNotFound for the missing ones.
 */
@DisplayName("5.6.10 Batch Entity Deletion")
class BatchEntityDeletionTest extends BatchTestBase {

  @Test
  @DisplayName("6.17.3.1 all deleted -> 204")
  void allDeletedAnswers204() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);

    assertNoContent(post("delete", idArray(a, b)));

    assertThat(status(a)).isEqualTo(404);
    assertThat(status(b)).isEqualTo(404);
  }

  @Test
  @DisplayName("5.6.10.4 a missing id -> 207, ResourceNotFound for it, the others deleted")
  void missingIdFailsAlone() {
    String a = newSensorId();
    createEach("sensor.json", a);
    String missing = newSensorId();

    Response response = post("delete", idArray(missing, a));

    assertBatchResult(response, List.of(a), List.of(error(missing, "ResourceNotFound")));
    assertThat(status(a)).isEqualTo(404);
  }

  @Test
  @DisplayName("5.5.11 the same id twice -> deleted once, then ResourceNotFound")
  void sameIdTwice() {
    String a = newSensorId();
    createEach("sensor.json", a);

    Response response = post("delete", idArray(a, a));

    assertBatchResult(response, List.of(a), List.of(error(a, "ResourceNotFound")));
  }

  @Test
  @DisplayName("6.17.3.1 application/ld+json body of ids -> 204")
  void ldJsonBodyOfIds() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertNoContent(postLd("delete", idArray(a)));
  }
}
