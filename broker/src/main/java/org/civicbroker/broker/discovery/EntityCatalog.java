package org.civicbroker.broker.discovery;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.model.id.Tenant;

/**
 * What entity types and attributes a tenant holds, for the discovery endpoints (GS CIM 009 clause
 * 5.7.5 - 5.7.10). Answered from counts maintained as entities change, never by scanning entities
 * per request. All names are expanded.
 */
public interface EntityCatalog {

  /** Every entity type with its entity count and the attributes its entities have. */
  Uni<List<TypeSummary>> types(Tenant tenant);

  Uni<Optional<TypeSummary>> type(Tenant tenant, String type);

  /** Every attribute name with the number of entities having it and their types. */
  Uni<List<AttributeSummary>> attributes(Tenant tenant);

  Uni<Optional<AttributeSummary>> attribute(Tenant tenant, String name);

  /**
   * One entity type.
   *
   * @param type expanded type
   * @param entityCount entities having the type
   * @param attributes attribute name -> how the type's entities use it
   */
  record TypeSummary(String type, long entityCount, Map<String, AttributeUse> attributes) {}

  /**
   * How one attribute is used within a set of entities.
   *
   * @param entityCount entities having the attribute
   * @param attributeTypes attribute types seen (e.g. {@code Property}, {@code Relationship})
   */
  record AttributeUse(long entityCount, Set<String> attributeTypes) {}

  /**
   * One attribute name across the tenant.
   *
   * @param name expanded attribute name
   * @param entityCount entities having it
   * @param entityTypes expanded types of those entities
   * @param attributeTypes attribute types seen
   */
  record AttributeSummary(
      String name, long entityCount, Set<String> entityTypes, Set<String> attributeTypes) {}
}
