package org.civicbroker.broker.entity.store.mongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;

/**
 * The embedded server (memory backend) with the entity store, the query store under test and raw
 * access to the entity collection, holding one dataset per tenant; and the assertions shared by the
 * query tests: the store's pages equal the slices of {@code EntityQuery.matches} over the dataset,
 * and the translator's certain and candidate filters bracket it.
 */
final class QueryHarness implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestMongo mongo = TestMongo.memory();
  private final MongoEntityStore entities = mongo.entityStore();
  private final MongoEntityQueryStore store =
      new MongoEntityQueryStore(
          new TenantDatabases(mongo.client(), TestMongo.DATABASE), mongo.client());

  static <T> T await(Uni<T> uni) {
    return uni.await().atMost(WAIT);
  }

  MongoEntityQueryStore store() {
    return store;
  }

  TestMongo mongo() {
    return mongo;
  }

  void insert(Tenant tenant, Collection<Entity> dataset) {
    await(
        Multi.createFrom()
            .iterable(dataset)
            .onItem()
            .transformToUniAndMerge(e -> entities.insert(tenant, e))
            .collect()
            .last());
  }

  /** The ids of the entities matching a raw filter, in id order. */
  List<String> ids(Tenant tenant, Bson filter) {
    return await(
        collection(tenant)
            .find(
                filter,
                new FindOptions().sort(new Document("_id", 1)).projection(new Document("_id", 1)))
            .map(d -> d.getString("_id"))
            .collect()
            .asList());
  }

  private ReactiveMongoCollection<Document> collection(Tenant tenant) {
    String db = tenant.isDefault() ? TestMongo.DATABASE : TestMongo.DATABASE + "-" + tenant.name();
    return mongo.client().getDatabase(db).getCollection("entities");
  }

  /** The ids {@code EntityQuery.matches} selects, in id order. */
  static List<String> expected(EntityQuery query, Collection<Entity> dataset) {
    return dataset.stream().filter(query::matches).map(e -> e.id().value()).sorted().toList();
  }

  /** The certain filter selects a subset, the candidates a superset; equal when exact. */
  void assertBrackets(Tenant tenant, EntityQuery query, List<String> expected, String label) {
    EntityFilter filter = EntityQueryTranslator.translate(query);
    List<String> certain = ids(tenant, filter.certain());
    List<String> candidates = ids(tenant, filter.candidates());
    String why = label + "\n  filter: " + filter;
    assertThat(expected).as("candidates must include every match: " + why).isSubsetOf(candidates);
    assertThat(certain).as("certain must only hold matches: " + why).isSubsetOf(expected);
    if (filter.isExact()) {
      assertThat(candidates).as("exact filter: " + why).isEqualTo(expected);
    }
  }

  /** The store's page and count for one offset/limit/count combination. */
  void assertPage(
      Tenant tenant,
      EntityQuery query,
      List<String> expected,
      int offset,
      int limit,
      boolean count,
      String label) {
    QueryPage page = await(store.query(tenant, query, offset, limit, count));
    int from = Math.min(offset, expected.size());
    int to = Math.min(expected.size(), from + limit);
    String why =
        label
            + " offset="
            + offset
            + " limit="
            + limit
            + " count="
            + count
            + "\n  filter: "
            + EntityQueryTranslator.translate(query);
    assertThat(page.entities().stream().map(e -> e.id().value()).toList())
        .as(why)
        .isEqualTo(expected.subList(from, to));
    assertThat(page.total()).as(why).isEqualTo(count ? expected.size() : QueryPage.NOT_COUNTED);
  }

  @Override
  public void close() {
    mongo.close();
  }
}
