package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.20 Batch Entity Merge (POST /entityOperations/merge): each entity merged as by Merge Entity
 * (5.6.17), NGSI-LD Null deleting; 204 when all were merged, else 207.
 */
@DisplayName("5.6.20 Batch Entity Merge")
class BatchEntityMergeTest extends BatchTestBase {

  @Test
  @DisplayName("5.6.20.4 all merged -> 204; values merged, NGSI-LD Null deletes")
  void allMergedAnswers204() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);

    assertNoContent(post("merge", array("sensor-merge.json", a, b)));

    JsonNode entity = retrieve(a);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(30);
    assertThat(entity.path("temperature").path("unitCode").asText()).isEqualTo("CEL");
    assertThat(entity.has("owner")).as("owner deleted in %s", entity).isFalse();
  }

  @Test
  @DisplayName("5.6.20.4 a missing entity -> 207, ResourceNotFound for it, not created")
  void missingEntityFailsAlone() {
    String a = newSensorId();
    createEach("sensor.json", a);
    String missing = newSensorId();

    Response response = post("merge", array("sensor-merge.json", missing, a));

    assertBatchResult(response, List.of(a), List.of(error(missing, "ResourceNotFound")));
    assertThat(status(missing)).isEqualTo(404);
  }
}
