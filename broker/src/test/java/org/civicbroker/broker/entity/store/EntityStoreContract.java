package org.civicbroker.broker.entity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EntityStore} must have, written once and run against each
 * implementation on real storage. Every test uses fresh ids and tenants, so the tests share one
 * store without interfering.
 */
public interface EntityStoreContract {

  /** The store under test. */
  EntityStore store();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static EntityId newId() {
    return EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());
  }

  private static Tenant newTenant() {
    return new Tenant("contract-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static Entity entity(EntityId id, String scope) {
    return EntityFixtures.load("all-attribute-types.json", id).withScopes(List.of(scope));
  }

  private Versioned<Entity> stored(Tenant tenant, EntityId id) {
    return await(store().find(tenant, id)).orElseThrow();
  }

  @Test
  default void insertedEntityIsFoundAtVersionOne() {
    Entity entity = entity(newId(), "/inserted");
    await(store().insert(Tenant.DEFAULT, entity));

    assertThat(stored(Tenant.DEFAULT, entity.id())).isEqualTo(new Versioned<>(entity, 1));
  }

  @Test
  default void findOfUnknownIdIsEmpty() {
    assertThat(await(store().find(Tenant.DEFAULT, newId()))).isEmpty();
  }

  @Test
  default void insertOfExistingIdFailsWithAlreadyExistsAndKeepsTheStoredEntity() {
    Entity first = entity(newId(), "/first");
    await(store().insert(Tenant.DEFAULT, first));

    assertThatThrownBy(() -> await(store().insert(Tenant.DEFAULT, first.withScopes(List.of("/x")))))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.ALREADY_EXISTS));
    assertThat(stored(Tenant.DEFAULT, first.id())).isEqualTo(new Versioned<>(first, 1));
  }

  @Test
  default void findAllReturnsStoredEntitiesAndOmitsMissingOnes() {
    Entity a = entity(newId(), "/a");
    Entity b = entity(newId(), "/b");
    await(store().insert(Tenant.DEFAULT, a));
    await(store().insert(Tenant.DEFAULT, b));
    await(store().replace(Tenant.DEFAULT, b, 1));

    List<Versioned<Entity>> found =
        await(store().findAll(Tenant.DEFAULT, List.of(b.id(), newId(), a.id(), a.id())));

    assertThat(found).containsExactlyInAnyOrder(new Versioned<>(a, 1), new Versioned<>(b, 2));
  }

  @Test
  default void findAllOfNoIdsIsEmpty() {
    assertThat(await(store().findAll(Tenant.DEFAULT, List.of()))).isEmpty();
  }

  @Test
  default void replaceAtCurrentVersionStoresTheEntityAndIncrementsTheVersion() {
    Entity original = entity(newId(), "/v1");
    await(store().insert(Tenant.DEFAULT, original));
    Entity changed = original.withScopes(List.of("/v2")).withTimestamps(null, Instant.EPOCH);

    assertThat(await(store().replace(Tenant.DEFAULT, changed, 1))).isTrue();
    assertThat(stored(Tenant.DEFAULT, original.id())).isEqualTo(new Versioned<>(changed, 2));
  }

  @Test
  default void replaceAtStaleVersionChangesNothing() {
    Entity original = entity(newId(), "/v1");
    await(store().insert(Tenant.DEFAULT, original));
    await(store().replace(Tenant.DEFAULT, original.withScopes(List.of("/v2")), 1));

    assertThat(await(store().replace(Tenant.DEFAULT, original.withScopes(List.of("/x")), 1)))
        .isFalse();
    assertThat(stored(Tenant.DEFAULT, original.id()))
        .isEqualTo(new Versioned<>(original.withScopes(List.of("/v2")), 2));
  }

  @Test
  default void replaceOfMissingEntityReturnsFalseAndCreatesNothing() {
    Entity missing = entity(newId(), "/missing");

    assertThat(await(store().replace(Tenant.DEFAULT, missing, 1))).isFalse();
    assertThat(await(store().find(Tenant.DEFAULT, missing.id()))).isEmpty();
  }

  @Test
  default void concurrentReplacesFromOneVersionHaveExactlyOneWinner() {
    Entity entity = entity(newId(), "/start");
    await(store().insert(Tenant.DEFAULT, entity));
    for (long version = 1; version <= 20; version++) {
      Entity left = entity.withScopes(List.of("/left/" + version));
      Entity right = entity.withScopes(List.of("/right/" + version));

      Tuple2<Boolean, Boolean> outcome =
          await(
              Uni.combine()
                  .all()
                  .unis(
                      store().replace(Tenant.DEFAULT, left, version),
                      store().replace(Tenant.DEFAULT, right, version))
                  .asTuple());

      assertThat(outcome.getItem1()).isNotEqualTo(outcome.getItem2());
      Entity winner = outcome.getItem1() ? left : right;
      assertThat(stored(Tenant.DEFAULT, entity.id()))
          .isEqualTo(new Versioned<>(winner, version + 1));
    }
  }

  @Test
  default void deleteReturnsTheDeletedEntityAndRemovesIt() {
    Entity entity = entity(newId(), "/deleted");
    await(store().insert(Tenant.DEFAULT, entity));

    assertThat(await(store().delete(Tenant.DEFAULT, entity.id())).map(Versioned::value))
        .contains(entity);
    assertThat(await(store().find(Tenant.DEFAULT, entity.id()))).isEmpty();
    assertThat(await(store().delete(Tenant.DEFAULT, entity.id()))).isEmpty();
  }

  @Test
  default void aDeletedIdCanBeInsertedAgainAtVersionOne() {
    Entity entity = entity(newId(), "/again");
    await(store().insert(Tenant.DEFAULT, entity));
    await(store().replace(Tenant.DEFAULT, entity, 1));
    await(store().delete(Tenant.DEFAULT, entity.id()));

    await(store().insert(Tenant.DEFAULT, entity));

    assertThat(stored(Tenant.DEFAULT, entity.id()).version()).isEqualTo(1);
  }

  @Test
  default void tenantsAreIsolated() {
    Tenant tenant = newTenant();
    EntityId id = newId();
    Entity inDefault = entity(id, "/default");
    Entity inTenant = entity(id, "/tenant");
    await(store().insert(Tenant.DEFAULT, inDefault));
    await(store().insert(tenant, inTenant));
    await(store().delete(Tenant.DEFAULT, id));

    assertThat(await(store().find(Tenant.DEFAULT, id))).isEmpty();
    assertThat(stored(tenant, id)).isEqualTo(new Versioned<>(inTenant, 1));
    assertThat(await(store().findAll(newTenant(), List.of(id)))).isEmpty();
  }

  @Test
  default void defaultTenantAlwaysExists() {
    assertThat(await(store().tenantExists(Tenant.DEFAULT))).isTrue();
  }

  @Test
  default void unknownTenantDoesNotExistAndReadingItDoesNotCreateIt() {
    Tenant unknown = newTenant();
    EntityId id = newId();

    assertThat(await(store().find(unknown, id))).isEmpty();
    assertThat(await(store().findAll(unknown, List.of(id)))).isEmpty();
    assertThat(await(store().replace(unknown, entity(id, "/x"), 1))).isFalse();
    assertThat(await(store().delete(unknown, id))).isEmpty();
    assertThat(await(store().tenantExists(unknown))).isFalse();
  }

  @Test
  default void aTenantExistsOnceAnEntityWasInsertedAndAfterItsDeletion() {
    Tenant tenant = newTenant();
    Entity entity = entity(newId(), "/t");
    await(store().insert(tenant, entity));

    assertThat(await(store().tenantExists(tenant))).isTrue();
    await(store().delete(tenant, entity.id()));
    assertThat(await(store().tenantExists(tenant))).isTrue();
  }

  @Test
  default void everyAttributeTypeRoundTripsExactly() {
    assertRoundTrip(EntityFixtures.load("all-attribute-types.json"));
  }

  @Test
  default void namesAndValueKeysWithDotsDollarsPercentsAndNulRoundTrip() {
    assertRoundTrip(EntityFixtures.load("tricky-names.json"));
  }

  @Test
  default void numbersRoundTripWithTheirJsonTypes() {
    assertRoundTrip(EntityFixtures.load("numbers.json"));
  }

  @Test
  default void exactDecimalsRoundTripWithTheirScale() {
    assertRoundTrip(EntityFixtures.load("numbers.json", EntityFixtures.EXACT_DECIMALS));
  }

  @Test
  default void geoPropertiesRoundTrip() {
    assertRoundTrip(EntityFixtures.load("geo.json"));
  }

  /**
   * Stores the entity in a fresh tenant and reads it back: equal as values and, since JSON nodes
   * print as JSON, equal in their printed form too (same key order, same number spelling).
   */
  private void assertRoundTrip(Entity entity) {
    Tenant tenant = newTenant();
    await(store().insert(tenant, entity));

    Optional<Versioned<Entity>> found = await(store().find(tenant, entity.id()));

    assertThat(found).isPresent();
    assertThat(found.get().value()).isEqualTo(entity);
    assertThat(found.get().value()).hasToString(entity.toString());
    assertThat(await(store().delete(tenant, entity.id())).map(Versioned::value)).contains(entity);
  }
}
