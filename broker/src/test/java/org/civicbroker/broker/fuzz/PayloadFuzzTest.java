package org.civicbroker.broker.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.civicbroker.broker.entity.api.Payloads;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid payloads thousands of times and sends them to every write endpoint: the broker
 * never answers 5xx, a rejected request never changes the entity it targeted, and an entity no
 * request targets never changes. Reproduce a failure with the seed in its message.
 */
@QuarkusTest
class PayloadFuzzTest {
  private static final int CASES = Integer.getInteger("fuzz.cases", 3000);
  private static final long BASE_SEED = Long.getLong("fuzz.seed", 20261125L);
  private static final String BASE = "/ngsi-ld/v1/entities/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private enum Op {
    CREATE,
    REPLACE,
    MERGE,
    APPEND,
    UPDATE,
    PARTIAL,
    REPLACE_ATTRIBUTE
  }

  @Test
  void mutatedPayloadsNeverFailTheBrokerNorChangeOtherData() throws Exception {
    String canary = create();
    String canaryState = state(canary);
    String target = create();
    String targetState = state(target);
    ObjectNode fragment = (ObjectNode) JSON.readTree(Payloads.load("fuzz/seed-fragment.json", ""));
    Op[] ops = Op.values();
    java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Op op = ops[i % ops.length];
      PayloadMutator mutator = new PayloadMutator(seed);
      String payload = mutator.mutate(seedFor(op, target, fragment));
      Response response = send(op, target, payload);
      String what = "seed " + seed + ", " + op + ": " + abbreviate(payload);
      assertThat(response.statusCode()).as(what + " -> " + response.asString()).isLessThan(500);
      statuses.merge(response.statusCode(), 1, Integer::sum);
      String now = state(target);
      if (response.statusCode() >= 400) {
        assertThat(now).as("rejected request changed the entity: " + what).isEqualTo(targetState);
      }
      targetState = now;
    }
    assertThat(state(canary)).isEqualTo(canaryState);
    // The mutations must exercise both paths: accepted writes and each kind of rejection.
    assertThat(statuses).containsKeys(201, 204, 400);
    System.out.println("Fuzz statuses: " + statuses);
  }

  private ObjectNode seedFor(Op op, String target, ObjectNode fragment) throws Exception {
    return switch (op) {
      case CREATE -> entity("urn:ngsi-ld:Room:" + UUID.randomUUID());
      case REPLACE -> entity(target);
      case PARTIAL, REPLACE_ATTRIBUTE -> (ObjectNode) fragment.get("temperature");
      default -> fragment;
    };
  }

  private Response send(Op op, String target, String payload) {
    boolean ld = payload.contains("\"@context\"");
    var request =
        given().contentType(ld ? "application/ld+json" : "application/json").body(payload);
    return switch (op) {
      case CREATE -> request.post(BASE);
      case REPLACE -> request.put(BASE + target);
      case MERGE -> request.patch(BASE + target);
      case APPEND -> request.post(BASE + target + "/attrs");
      case UPDATE -> request.patch(BASE + target + "/attrs");
      case PARTIAL -> request.patch(BASE + target + "/attrs/temperature");
      case REPLACE_ATTRIBUTE -> request.put(BASE + target + "/attrs/temperature");
    };
  }

  private static ObjectNode entity(String id) throws Exception {
    return (ObjectNode) JSON.readTree(Payloads.load("fuzz/seed-entity.jsonld", id));
  }

  private static String create() throws Exception {
    String id = "urn:ngsi-ld:Room:" + UUID.randomUUID();
    given()
        .contentType("application/ld+json")
        .body(entity(id).toString())
        .post(BASE)
        .then()
        .statusCode(201);
    return id;
  }

  private static String state(String id) {
    Response response = given().get(BASE + id + "?options=sysAttrs");
    return response.statusCode() + " " + response.asString();
  }

  private static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "..." : s;
  }
}
