package org.civicbroker.model.representation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity fragment read from an Append (5.6.3), Update (5.6.2) or Merge (5.6.17) payload.
 *
 * @param types expanded entity types given in the fragment (empty when none); the fragment's {@code
 *     id}, when present, has already been checked against the target entity
 * @param scopes the scopes given: empty Optional when the fragment has no {@code scope}; an empty
 *     list when it is the NGSI-LD Null (remove all scopes, Merge only)
 * @param attributes changes by expanded attribute name, in payload order
 */
public record EntityFragment(
    List<String> types,
    Optional<List<String>> scopes,
    Map<String, List<AttributeChange>> attributes) {

  public EntityFragment {
    types = List.copyOf(types);
    scopes = scopes.map(List::copyOf);
    Map<String, List<AttributeChange>> copy = new LinkedHashMap<>();
    attributes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    attributes = Collections.unmodifiableMap(copy);
  }
}
