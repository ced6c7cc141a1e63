package org.civicbroker.broker.entity.store.mongo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query store beyond query results: scans, tenants, unknown tenants, paging edges, errors. */
class MongoEntityQueryStoreTest {
  private static QueryHarness harness;
  private static MongoEntityQueryStore store;

  @BeforeAll
  static void start() {
    harness = new QueryHarness();
    store = harness.store();
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
    return QueryHarness.await(uni);
  }

  private static EntityQuery query(String... keyValues) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return EntityQueryReader.fromParameters(params, QueryTestContext.INSTANCE, false);
  }

  private static Entity entity(String id) {
    return EntityFixtures.load("all-attribute-types.json", EntityId.of(id));
  }

  private static List<String> databases() {
    return await(harness.mongo().client().listDatabaseNames().collect().asList());
  }

  @Test
  void anUnknownTenantHasAnEmptyResultAndNoDatabaseIsCreated() {
    Tenant unknown = new Tenant("never-written");

    QueryPage counted = await(store.query(unknown, query("q", "temperature>1"), 0, 10, true));
    QueryPage uncounted = await(store.query(unknown, query("idPattern", "(a|b)"), 0, 10, false));
    List<Versioned<Entity>> scanned = await(store.scan(unknown).collect().asList());

    assertThat(counted).isEqualTo(new QueryPage(List.of(), 0));
    assertThat(uncounted).isEqualTo(new QueryPage(List.of(), QueryPage.NOT_COUNTED));
    assertThat(scanned).isEmpty();
    assertThat(databases()).doesNotContain("ngsild-never-written");
  }

  @Test
  void scanReturnsEveryEntityWithItsVersionInIdOrder() {
    Tenant tenant = new Tenant("scan");
    List<Entity> entities = List.of(entity("urn:x:3"), entity("urn:x:1"), entity("urn:x:2"));
    harness.insert(tenant, entities);

    List<Versioned<Entity>> scanned = await(store.scan(tenant).collect().asList());

    assertThat(scanned)
        .extracting(v -> v.value().id().value())
        .containsExactly("urn:x:1", "urn:x:2", "urn:x:3");
    assertThat(scanned).allSatisfy(v -> assertThat(v.version()).isEqualTo(1));
    assertThat(scanned.get(0).value()).isEqualTo(entities.get(1));
  }

  @Test
  void tenantsAreThoseWithStoredEntities() {
    harness.insert(new Tenant("listed-a"), List.of(entity("urn:x:a")));
    harness.insert(Tenant.DEFAULT, List.of(entity("urn:x:default")));
    await(
        harness
            .mongo()
            .client()
            .getDatabase("ngsild-no-entities")
            .getCollection("other")
            .insertOne(new Document("a", 1)));
    await(
        harness
            .mongo()
            .client()
            .getDatabase("elsewhere")
            .getCollection("entities")
            .insertOne(new Document("a", 1)));

    List<Tenant> tenants = await(store.tenants());

    assertThat(tenants.get(0)).isEqualTo(Tenant.DEFAULT);
    assertThat(tenants).contains(new Tenant("listed-a"));
    assertThat(tenants).doesNotContain(new Tenant("no-entities"));
    assertThat(tenants).doesNotHaveDuplicates();
  }

  @Test
  void limitZeroOnlyCountsAndAnOffsetPastTheEndIsEmpty() {
    Tenant tenant = new Tenant("paging");
    harness.insert(tenant, List.of(entity("urn:p:1"), entity("urn:p:2"), entity("urn:p:3")));

    assertThat(await(store.query(tenant, query("type", "https://example.org/Station"), 0, 0, true)))
        .isEqualTo(new QueryPage(List.of(), 3));
    assertThat(await(store.query(tenant, query("idPattern", "(1|3)$"), 0, 0, true)))
        .isEqualTo(new QueryPage(List.of(), 2));
    assertThat(await(store.query(tenant, query("idPattern", "(1|3)$"), 5, 10, true)))
        .isEqualTo(new QueryPage(List.of(), 2));
    assertThat(await(store.query(tenant, query("idPattern", "p:"), 3, 10, false)).entities())
        .isEmpty();
  }

  @Test
  void aQueryNoEntityCanMatchReadsNothing() {
    EntityQuery impossible = query("q", "temperature.observedAt==2024-03-01");

    assertThat(EntityQueryTranslator.translate(impossible).matchesNothing()).isTrue();
    assertThat(await(store.query(new Tenant("not-created"), impossible, 0, 10, true)))
        .isEqualTo(new QueryPage(List.of(), 0));
    assertThat(databases()).doesNotContain("ngsild-not-created");
  }

  @Test
  void negativeOffsetsAndLimitsAreRejected() {
    EntityQuery any = query("q", "a");

    assertThatThrownBy(() -> store.query(Tenant.DEFAULT, any, -1, 10, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.query(Tenant.DEFAULT, any, 0, -1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnreadableCandidateIsAnInternalErrorThatRevealsNoInternals() {
    Tenant tenant = new Tenant("corrupt-query");
    harness.insert(tenant, List.of(entity("urn:c:1")));
    Document broken =
        new Document("_id", "urn:c:2")
            .append("_v", 1L)
            .append("types", List.of("https://example.org/Station"))
            .append("attrs", new Document("a", List.of(new Document("type", "Secret127"))));
    await(
        harness
            .mongo()
            .client()
            .getDatabase("ngsild-corrupt-query")
            .getCollection("entities")
            .insertOne(broken));

    for (EntityQuery q :
        Set.of(query("type", "https://example.org/Station"), query("idPattern", "(c)"))) {
      assertThatThrownBy(() -> await(store.query(tenant, q, 0, 10, true)))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.type()).isEqualTo(ErrorType.INTERNAL_ERROR);
                assertThat(e.detail()).doesNotContain("Secret127", "mongo", "ngsild");
              });
    }
  }
}
