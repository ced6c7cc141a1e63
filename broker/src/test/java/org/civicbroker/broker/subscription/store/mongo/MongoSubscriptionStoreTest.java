package org.civicbroker.broker.subscription.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.load;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.newId;

import com.mongodb.client.model.Filters;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.SubscriptionStoreContract;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract, and the document layout, on the embedded server (memory backend). */
class MongoSubscriptionStoreTest implements SubscriptionStoreContract {
  private static TestMongo mongo;
  private static MongoSubscriptionStore store;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    store = new MongoSubscriptionStore(new TenantDatabases(mongo.client(), TestMongo.DATABASE));
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  public SubscriptionStore store() {
    return store;
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static Document document(String tenant, String id) {
    return await(
        mongo
            .client()
            .getDatabase("ngsild-" + tenant)
            .getCollection("subscriptions")
            .find(Filters.eq("_id", id))
            .toUni());
  }

  @Test
  void documentsHoldExpandedNamesAsValuesAndStatusApart() {
    Subscription s = load("full.json", newId());
    await(store.insert(new Tenant("sublayout"), s));
    await(store.record(new Tenant("sublayout"), s.id(), DeliveryDelta.failed(Instant.EPOCH)));

    Document doc = document("sublayout", s.id());
    Document def = doc.get("def", Document.class);

    assertThat(doc.get("_v")).isEqualTo(1L);
    assertThat(def.getList("watchedAttributes", String.class))
        .containsExactly("https://example.org/temperature", "https://schema.org/name");
    assertThat(def.getList("entities", Document.class).get(2).getString("type"))
        .isEqualTo("https://example.org/Room|https://example.org/Building");
    assertThat(def.get("q", Document.class).getString("text"))
        .isEqualTo("temperature>20;category==commercial");
    assertThat(def.getString("expiresAt")).isEqualTo("2099-01-01T00:00:00.123456789Z");
    assertThat(def.getLong("throttlingNs")).isEqualTo(2_500_000_000L);
    assertThat(def.getString("requestContext")).contains("\"Building\"");
    Document status = doc.get("status", Document.class);
    assertThat(status.get("timesSent")).isEqualTo(1L);
    assertThat(status.get("lastFailure")).isEqualTo(Date.from(Instant.EPOCH));
    assertThat(keys(doc)).allSatisfy(k -> assertThat(k).doesNotContain(".", "$"));
  }

  private static List<String> keys(Document doc) {
    List<String> keys = new java.util.ArrayList<>();
    doc.forEach(
        (k, v) -> {
          keys.add(k);
          if (v instanceof Document d) {
            keys.addAll(keys(d));
          } else if (v instanceof List<?> list) {
            list.stream()
                .filter(Document.class::isInstance)
                .forEach(d -> keys.addAll(keys((Document) d)));
          }
        });
    return keys;
  }
}
