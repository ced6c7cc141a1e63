package org.civicbroker.broker.wiring.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.CITY_TENANT;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.DEFAULT_TENANT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate;
import org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.legacy.LegacyFixture;
import org.civicbroker.broker.storage.legacy.LegacyFixture.ExpectedEntity;
import org.civicbroker.broker.storage.legacy.LegacyH2Store;
import org.civicbroker.broker.storage.legacy.LegacyTenants;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legacy-h2 fixture migrated as the broker migrates it when it opens the embedded store: every
 * entity, subscription, pending notification and tenant is in the new store as the legacy store
 * held it and as the API showed it, and the legacy file is kept, unchanged, beside it.
 */
class LegacyMigrationTest {
  private static final String DEFAULT_DATABASE = "ngsild";
  private static final String CITY_DATABASE = "ngsild-legacy-city";
  private static final String LEGACY_Q = "urn:ngsi-ld:Subscription:legacy-q";

  @TempDir Path dataDir;

  private String checksumBefore;
  private MigrationSummary summary;

  @BeforeEach
  void migrate() throws IOException {
    checksumBefore = Checksums.sha256(LegacyFixture.copyStoreTo(dataDir));
    summary = migration(dataDir).runIfNeeded().orElseThrow();
  }

  static LegacyMigration migration(Path dataDir) {
    return new LegacyMigration(dataDir, EmbeddedOptions.forTests(), LegacyTenants.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void everyEntityIsThereAsTheApiShowedIt(String tenantName) {
    Map<String, ExpectedEntity> expected = LegacyFixture.entities(tenantName);
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      Map<String, Versioned<Entity>> migrated = store.entities(tenant(tenantName));

      assertThat(migrated.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      expected.forEach((id, entity) -> assertEntity(migrated.get(id), entity));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void everyEntityEqualsItsLegacyDocumentExactly(String tenantName) {
    Map<String, Versioned<Entity>> legacy =
        legacy(database(tenantName), "entities").stream()
            .map(new EntityDocumentMapper()::toVersioned)
            .collect(Collectors.toMap(v -> v.value().id().value(), v -> v));
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      assertThat(store.entities(tenant(tenantName))).isEqualTo(legacy);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void everySubscriptionIsThereWithItsVersionAndStatus(String tenantName) {
    SubscriptionDocumentMapper mapper = new SubscriptionDocumentMapper();
    Map<String, StoredSubscription> legacy =
        legacy(database(tenantName), "subscriptions").stream()
            .map(mapper::toStored)
            .collect(Collectors.toMap(s -> s.subscription().id(), s -> s));
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      Map<String, StoredSubscription> migrated = store.subscriptions(tenant(tenantName));

      assertThat(migrated).isEqualTo(legacy);
      assertThat(migrated.keySet()).isEqualTo(LegacyFixture.subscriptionIds(tenantName));
      LegacyFixture.subscriptions(tenantName)
          .forEach((id, json) -> assertStatus(migrated.get(id), json));
    }
  }

  @Test
  void aSubscriptionWithDeliveriesKeepsItsCountsAndTimes() {
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      StoredSubscription q = store.subscriptions(Tenant.DEFAULT).get(LEGACY_Q);

      assertThat(q.status().timesSent()).isEqualTo(10);
      assertThat(q.status().timesFailed()).isEqualTo(10);
      assertThat(q.status().lastFailure()).isEqualTo(Instant.parse("2026-12-07T04:05:44.386Z"));
      assertThat(q.status().notificationStatus()).isEqualTo("failed");
      assertThat(q.version()).isEqualTo(1);
    }
  }

  @Test
  void pendingNotificationsAreThereUnclaimedAndDueWithTheirAttempts() {
    Map<String, PendingNotification> legacy =
        legacy(DEFAULT_DATABASE, "notificationOutbox").stream()
            .map(OutboxDocuments::fromDocument)
            .collect(Collectors.toMap(PendingNotification::id, p -> p));
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      assertThat(store.pendingNotifications()).isEqualTo(legacy.size()).isEqualTo(4);
      Instant now = Instant.now();
      List<Candidate> due =
          store.outbox.due(now, Set.of(), 100).await().atMost(Duration.ofSeconds(10));
      assertThat(due)
          .extracting(Candidate::id)
          .containsExactlyInAnyOrderElementsOf(legacy.keySet());

      for (Candidate candidate : due) {
        PendingNotification migrated =
            store
                .outbox
                .claim(candidate.id(), "test", now, now.plusSeconds(60))
                .await()
                .atMost(Duration.ofSeconds(10))
                .orElseThrow();
        assertNotification(migrated, legacy.get(candidate.id()));
      }
    }
  }

  @Test
  void everyTenantIsThere() {
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      assertThat(store.tenantList()).containsExactly(Tenant.DEFAULT, new Tenant(CITY_TENANT));
    }
  }

  @Test
  void theLegacyFileIsKeptUnchangedBesideTheNewStoreWithTheSummary() throws IOException {
    Path moved = dataDir.resolve("legacy-h2").resolve(LegacyH2Store.FILE_NAME);

    assertThat(dataDir.resolve(LegacyH2Store.FILE_NAME)).doesNotExist();
    assertThat(Checksums.sha256(moved)).isEqualTo(checksumBefore);
    assertThat(dataDir.resolve("FORMAT")).exists();
    assertThat(dataDir.resolve("legacy-h2").resolve("migrating")).doesNotExist();
    try (var names = Files.list(dataDir)) {
      assertThat(names.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("FORMAT", "rocksdb", "legacy-h2");
    }
    MigrationSummary marker = MigrationSummary.read(dataDir.resolve("legacy-h2/MIGRATED"));
    assertThat(marker).isEqualTo(summary);
    assertThat(marker.legacyFile()).isEqualTo(moved.toAbsolutePath().toString());
  }

  @Test
  void theSummaryCountsEachTenant() {
    assertThat(summary.tenants())
        .containsExactly(
            new MigrationSummary.TenantCounts(null, DEFAULT_DATABASE, 5, 2, 3),
            new MigrationSummary.TenantCounts(CITY_TENANT, CITY_DATABASE, 2, 1, 1));
    assertThat(summary.entities()).isEqualTo(7);
    assertThat(summary.subscriptions()).isEqualTo(3);
    assertThat(summary.notifications()).isEqualTo(4);
    assertThat(summary.notMigrated()).isEmpty();
  }

  @Test
  void aMigratedDirectoryIsNotMigratedAgain() throws IOException {
    Map<String, Map<String, String>> before;
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      before = store.dump();
    }

    assertThat(migration(dataDir).runIfNeeded()).isEmpty();

    try (MigratedStore store = MigratedStore.open(dataDir)) {
      assertThat(store.dump()).isEqualTo(before);
    }
    assertThat(Checksums.sha256(dataDir.resolve("legacy-h2/broker.mv.db")))
        .isEqualTo(checksumBefore);
  }

  private List<Document> legacy(String database, String collection) {
    try (LegacyH2Store store = LegacyH2Store.open(dataDir.resolve("legacy-h2"))) {
      return store.documents(database, collection).toList();
    }
  }

  private static void assertEntity(Versioned<Entity> migrated, ExpectedEntity expected) {
    Entity entity = migrated.value();
    assertThat(migrated.version()).as(expected.id()).isEqualTo(expected.version());
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

  private static void assertStatus(StoredSubscription migrated, JsonNode json) {
    JsonNode notification = json.get("notification");
    assertThat(migrated.status().timesSent()).isEqualTo(notification.path("timesSent").asLong());
    assertThat(migrated.status().timesFailed())
        .isEqualTo(notification.path("timesFailed").asLong());
    assertThat(text(migrated.status().lastNotification()))
        .isEqualTo(notification.path("lastNotification").textValue());
    assertThat(text(migrated.status().lastFailure()))
        .isEqualTo(notification.path("lastFailure").textValue());
    assertThat(text(migrated.status().lastSuccess()))
        .isEqualTo(notification.path("lastSuccess").textValue());
    assertThat(migrated.subscription().createdAt().toString())
        .isEqualTo(json.get("createdAt").asText());
  }

  private static void assertNotification(PendingNotification migrated, PendingNotification legacy) {
    assertThat(migrated.notification().body()).isEqualTo(legacy.notification().body());
    assertThat(migrated.notification().tenant()).isEqualTo(legacy.notification().tenant());
    assertThat(migrated.notification().subscriptionId())
        .isEqualTo(legacy.notification().subscriptionId());
    assertThat(migrated.notification().endpoint()).isEqualTo(legacy.notification().endpoint());
    assertThat(migrated.notification().headers()).isEqualTo(legacy.notification().headers());
    assertThat(migrated.notification().contentType())
        .isEqualTo(legacy.notification().contentType());
    assertThat(migrated.notification().notifiedAt()).isEqualTo(legacy.notification().notifiedAt());
    assertThat(migrated.attempts()).isEqualTo(legacy.attempts()).isPositive();
    assertThat(migrated.createdAt()).isEqualTo(legacy.createdAt());
    assertThat(migrated.dueAt()).isEqualTo(legacy.dueAt());
  }

  private static String text(Instant time) {
    return time == null ? null : time.toString();
  }

  private static Tenant tenant(String name) {
    return name.equals(DEFAULT_TENANT) ? Tenant.DEFAULT : new Tenant(name);
  }

  private static String database(String tenantName) {
    return LegacyTenants.DEFAULT.database(tenant(tenantName));
  }
}
