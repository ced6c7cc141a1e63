package org.civicbroker.broker.storage.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.CITY_TENANT;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.DEFAULT_TENANT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.storage.legacy.LegacyFixture.ExpectedEntity;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the legacy-h2 fixture, a data directory the embedded mongo-java-server store wrote, without
 * that server: entity documents map to the entities the API showed, subscriptions are all there,
 * and the file is left as it was.
 */
class LegacyH2StoreTest {
  private static final String DEFAULT_DATABASE = "ngsild";
  private static final String CITY_DATABASE = "ngsild-legacy-city";

  @TempDir Path dataDir;

  private Path file;
  private String checksumBefore;
  private LegacyH2Store store;

  @BeforeEach
  void open() throws IOException {
    file = LegacyFixture.copyStoreTo(dataDir);
    checksumBefore = sha256(file);
    store = LegacyH2Store.open(dataDir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void listsTheDatabaseOfEachTenant() {
    assertThat(store.databases()).containsExactly(DEFAULT_DATABASE, CITY_DATABASE);
    assertThat(store.databases().stream().map(d -> LegacyTenants.DEFAULT.tenant(d).orElseThrow()))
        .containsExactly(Tenant.DEFAULT, new Tenant(CITY_TENANT));
    assertThat(store.collections(DEFAULT_DATABASE))
        .contains("entities", "subscriptions", "notificationOutbox");
    assertThat(store.collections(CITY_DATABASE)).contains("entities", "subscriptions");
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void readsEveryEntityAsTheApiShowedIt(String tenantName) {
    Map<String, ExpectedEntity> expected = LegacyFixture.entities(tenantName);
    Map<String, Versioned<Entity>> read = entities(tenantName);

    assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((id, entity) -> assertEntity(read.get(id), entity));
  }

  @Test
  void readsTheTwiceUpdatedEntityAtVersionThree() {
    assertThat(entities(DEFAULT_TENANT).get("urn:ngsi-ld:Sensor:legacy-multi").version())
        .isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void readsEverySubscription(String tenantName) {
    String database = database(tenantName);
    Set<String> ids =
        store
            .documents(database, "subscriptions")
            .map(doc -> doc.getString("_id"))
            .collect(Collectors.toSet());

    assertThat(ids).isEqualTo(LegacyFixture.subscriptionIds(tenantName));
    assertThat(store.count(database, "subscriptions")).isEqualTo(ids.size());
  }

  @Test
  void readsTheOutboxOfPendingNotificationsInTheDefaultDatabase() {
    Set<String> subscriptions =
        Set.of(
            "urn:ngsi-ld:Subscription:legacy-q",
            "urn:ngsi-ld:Subscription:legacy-mqtt",
            "urn:ngsi-ld:Subscription:legacy-city-geo");
    List<Document> outbox = store.documents(DEFAULT_DATABASE, "notificationOutbox").toList();

    assertThat(outbox).isNotEmpty();
    assertThat(outbox)
        .allSatisfy(doc -> assertThat(doc.getString("subscriptionId")).isIn(subscriptions));
    assertThat(store.collections(CITY_DATABASE)).doesNotContain("notificationOutbox");
  }

  @Test
  void readingEveryCollectionLeavesTheFileUnchanged() throws IOException {
    for (String database : store.databases()) {
      for (String collection : store.collections(database)) {
        assertThat(store.documents(database, collection).count())
            .isEqualTo(store.count(database, collection));
      }
    }
    store.close();

    assertThat(sha256(file)).isEqualTo(checksumBefore);
  }

  @Test
  void anUnknownCollectionHasNoDocuments() {
    assertThat(store.documents(DEFAULT_DATABASE, "registrations")).isEmpty();
    assertThat(store.documents("other", "entities")).isEmpty();
    assertThat(store.count(CITY_DATABASE, "notificationOutbox")).isZero();
  }

  @Test
  void aDataDirectoryWithoutStoreFileHasNoLegacyStore(@TempDir Path empty) {
    assertThat(LegacyH2Store.exists(dataDir)).isTrue();
    assertThat(LegacyH2Store.exists(empty)).isFalse();
    assertThatThrownBy(() -> LegacyH2Store.open(empty))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Map<String, Versioned<Entity>> entities(String tenantName) {
    EntityDocumentMapper mapper = new EntityDocumentMapper();
    return store
        .documents(database(tenantName), "entities")
        .map(mapper::toVersioned)
        .collect(Collectors.toMap(v -> v.value().id().value(), v -> v));
  }

  private static void assertEntity(Versioned<Entity> read, ExpectedEntity expected) {
    Entity entity = read.value();
    assertThat(read.version()).as(expected.id()).isEqualTo(expected.version());
    assertThat(entity.types()).containsExactlyInAnyOrderElementsOf(expected.types());
    assertThat(entity.scopes()).containsExactlyInAnyOrderElementsOf(expected.scopes());
    assertThat(entity.attributes().names())
        .as(expected.id())
        .containsExactlyInAnyOrderElementsOf(expected.instances().keySet());
    expected
        .instances()
        .forEach(
            (name, count) -> assertThat(entity.attributes().get(name)).as(name).hasSize(count));
    assertThat(entity.createdAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(expected.createdAt());
    assertThat(entity.modifiedAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(expected.modifiedAt());
  }

  private static String database(String tenantName) {
    Tenant tenant = tenantName.equals(DEFAULT_TENANT) ? Tenant.DEFAULT : new Tenant(tenantName);
    return LegacyTenants.DEFAULT.database(tenant);
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
