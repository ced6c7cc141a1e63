package org.civicbroker.broker.entity.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicbroker.broker.entity.batch.Batches.array;
import static org.civicbroker.broker.entity.batch.Batches.arrayOf;
import static org.civicbroker.broker.entity.batch.Batches.entity;
import static org.civicbroker.broker.entity.batch.Batches.ids;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.post;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.RecordedChanges;
import org.junit.jupiter.api.Test;

/** Every entity a batch changes emits exactly one EntityChange; failed items emit none. */
@QuarkusTest
class BatchEventsTest {
  private static final String HUMIDITY = "https://uri.etsi.org/ngsi-ld/default-context/humidity";
  private static final String TEMPERATURE =
      "https://uri.etsi.org/ngsi-ld/default-context/temperature";

  @Inject RecordedChanges recorded;

  @Test
  void oneEventPerChangedEntity() {
    String existing = newId();
    String fresh = newId();
    String invalid = newId();
    Batches.create("room.json", existing);

    post(
            "upsert",
            arrayOf(
                entity("room-warmer.json", existing),
                entity("room.json", fresh),
                entity("room-without-type.json", invalid)))
        .then()
        .statusCode(207);
    post("update", array("room-humidity.json", fresh)).then().statusCode(204);
    post("delete", ids(existing, fresh, invalid)).then().statusCode(207);

    awaitAll();
    assertThat(kinds(existing))
        .containsExactly(ChangeKind.CREATED, ChangeKind.REPLACED, ChangeKind.DELETED);
    assertThat(kinds(fresh))
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED);
    assertThat(recorded.of(invalid)).isEmpty();
    EntityChange replaced = recorded.of(existing).get(1);
    assertThat(replaced.before().attributes().names()).doesNotContain(HUMIDITY);
    assertThat(replaced.after().attributes().names()).contains(HUMIDITY, TEMPERATURE);
    EntityChange updated = recorded.of(fresh).get(1);
    assertThat(updated.changedAttributes()).containsExactly(HUMIDITY);
    assertThat(updated.context()).isNull();
    EntityChange deleted = recorded.of(fresh).get(2);
    assertThat(deleted.after()).isNull();
    assertThat(deleted.before().attributes().names()).contains(HUMIDITY);
  }

  @Test
  void anEntityRepeatedInABatchEmitsOneEventWithTheFinalState() {
    String a = newId();

    post("upsert", arrayOf(entity("room.json", a), entity("room-warmer.json", a)))
        .then()
        .statusCode(201);

    awaitAll();
    List<EntityChange> events = recorded.of(a);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).kind()).isEqualTo(ChangeKind.CREATED);
    assertThat(events.get(0).after().attributes().names()).contains(HUMIDITY);
  }

  @Test
  void aFailedBatchEmitsNothing() {
    String missing = newId();

    post("merge", array("room-merge.json", missing)).then().statusCode(207);

    awaitAll();
    assertThat(recorded.of(missing)).isEmpty();
  }

  private List<ChangeKind> kinds(String id) {
    return recorded.of(id).stream().map(EntityChange::kind).toList();
  }

  /** Waits until an event written afterwards arrived: the channel keeps order. */
  private void awaitAll() {
    String sentinel = newId();
    Batches.create("room.json", sentinel);
    await().atMost(Duration.ofSeconds(10)).until(() -> !recorded.of(sentinel).isEmpty());
  }
}
