package org.civicbroker.broker.entity.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.attributePath;

import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.EntityStoreContract;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract, and the document layout, on the embedded server (memory backend). */
class MongoEntityStoreTest implements EntityStoreContract {
  private static TestMongo mongo;
  private static MongoEntityStore store;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    store = mongo.entityStore();
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  public EntityStore store() {
    return store;
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static ReactiveMongoCollection<Document> entities(String tenant) {
    return mongo.client().getDatabase("ngsild-" + tenant).getCollection("entities");
  }

  private static List<Document> query(String tenant, Bson filter) {
    return await(entities(tenant).find(filter).collect().asList());
  }

  @Test
  void attributeNamesAreEncodedFieldNames() {
    await(store.insert(new Tenant("layout"), EntityFixtures.load("tricky-names.json")));

    Document attrs = query("layout", Filters.empty()).get(0).get("attrs", Document.class);

    assertThat(attrs.keySet())
        .contains("https://example%2Eorg/a%2Eb%2Ec", "https://example%2Eorg/%24price")
        .contains("https://example%2Eorg/already%252Eencoded%2525")
        .allSatisfy(name -> assertThat(name).doesNotContain(".", "$", "\0"));
  }

  @Test
  void queriesCanReachValuesThroughEncodedPaths() {
    await(store.insert(new Tenant("paths"), EntityFixtures.load("tricky-names.json")));
    await(store.insert(new Tenant("paths"), EntityFixtures.load("all-attribute-types.json")));
    String nested = attributePath("https://example.org/nested") + ".value";
    String no2 = attributePath("https://smartdatamodels.org/dataModel.Environment/NO2");

    assertThat(
            query("paths", Filters.eq(attributePath("https://example.org/a.b.c") + ".value", 42)))
        .hasSize(1);
    assertThat(query("paths", Filters.eq(nested + ".key%2Ewith%2Edots.%24gt", 5))).hasSize(1);
    assertThat(query("paths", Filters.eq(nested + ".%24.a%2Eb.c%2Ed", "deep"))).hasSize(1);
    assertThat(
            query(
                "paths",
                Filters.eq(
                    attributePath("https://example.org/lang") + ".languageMap.en-GB", "Colour")))
        .hasSize(1);
    assertThat(query("paths", Filters.gt(no2 + ".value", 22))).hasSize(1);
    assertThat(query("paths", Filters.eq(no2 + ".datasetId", "urn:ngsi-ld:Dataset:model-forecast")))
        .hasSize(1);
    assertThat(
            query(
                "paths",
                Filters.gt(no2 + ".observedAt", Date.from(Instant.parse("2024-03-02T08:00:00Z")))))
        .hasSize(1);
    assertThat(
            query(
                "paths",
                Filters.eq(
                    attributePath("https://example.org/category") + ".vocab",
                    "https://example.org/vocab/traffic")))
        .hasSize(1);
    assertThat(
            query(
                "paths",
                Filters.eq(
                    attributePath("https://uri.etsi.org/ngsi-ld/default-context/isControlledBy")
                        + ".object",
                    "urn:ngsi-ld:Org:2")))
        .hasSize(1);
  }

  @Test
  void geoPropertiesCarryANumericBoundingBox() {
    await(store.insert(new Tenant("geo"), EntityFixtures.load("geo.json")));
    Document attrs = query("geo", Filters.empty()).get(0).get("attrs", Document.class);

    assertThat(bbox(attrs, "https://uri.etsi.org/ngsi-ld/location"))
        .isEqualTo(box(-3.8, 40.3, -3.6, 40.5));
    assertThat(bbox(attrs, "https://example.org/route")).isEqualTo(box(9.5, 49.5, 12, 52.25));
    assertThat(bbox(attrs, "https://example.org/mixed")).isEqualTo(box(-170, -10, 170, 15));
  }

  @Test
  void boundingBoxesSupportRangePreFilters() {
    await(store.insert(new Tenant("geofilter"), EntityFixtures.load("geo.json")));
    String box = attributePath("https://uri.etsi.org/ngsi-ld/location") + ".bbox";

    Bson containsMadrid =
        Filters.and(
            Filters.lte(box + ".w", -3.7),
            Filters.gte(box + ".e", -3.7),
            Filters.lte(box + ".s", 40.4),
            Filters.gte(box + ".n", 40.4));
    Bson containsParis = Filters.and(Filters.lte(box + ".w", 2.35), Filters.gte(box + ".e", 2.35));

    assertThat(query("geofilter", containsMadrid)).hasSize(1);
    assertThat(query("geofilter", containsParis)).isEmpty();
  }

  private static Document bbox(Document attrs, String name) {
    List<?> instances = attrs.get(FieldNames.encode(name), List.class);
    return ((Document) instances.get(0)).get("bbox", Document.class);
  }

  private static Document box(double w, double s, double e, double n) {
    return new Document("w", w).append("s", s).append("e", e).append("n", n);
  }

  @Test
  void documentsHaveTheVersionAndBsonDates() {
    Entity entity = EntityFixtures.load("all-attribute-types.json");
    await(store.insert(new Tenant("dates"), entity));
    await(store.replace(new Tenant("dates"), entity, 1));

    Document doc = query("dates", Filters.empty()).get(0);

    assertThat(doc.get("_v")).isEqualTo(2L);
    assertThat(doc.get("createdAt"))
        .isEqualTo(Date.from(Instant.parse("2024-03-01T08:00:00.123Z")));
    assertThat(doc.get("createdAtNs")).isEqualTo(456_000);
    assertThat(doc.get("modifiedAtNs")).isNull();
  }

  @Test
  void declaredIndexesExist() {
    await(store.insert(new Tenant("indexed"), EntityFixtures.load("geo.json")));

    List<Document> indexes = await(entities("indexed").listIndexes().collect().asList());

    assertThat(indexes)
        .extracting(index -> index.get("key", Document.class).keySet().iterator().next())
        .contains("_id", "types", "modifiedAt", "scopes", "attrs.$**");
  }

  @Test
  void anUnreadableDocumentIsAnInternalErrorThatRevealsNoInternals() {
    Tenant tenant = new Tenant("corrupt");
    await(store.insert(tenant, EntityFixtures.load("geo.json")));
    Document broken =
        new Document("_id", "urn:ngsi-ld:Broken:1")
            .append("_v", 1L)
            .append("types", List.of("https://example.org/T"))
            .append("attrs", new Document("a", List.of(new Document("type", "Secret127"))));
    await(entities("corrupt").insertOne(broken));

    assertThatThrownBy(() -> await(store.find(tenant, EntityId.of("urn:ngsi-ld:Broken:1"))))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.INTERNAL_ERROR);
              assertThat(e.detail()).doesNotContain("Secret127", "mongo", "127.0.0.1", "ngsild");
            });
  }
}
