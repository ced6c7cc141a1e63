package org.civicbroker.model.query;

import java.util.Set;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.Regexes.IdPattern;
import org.civicbroker.model.query.type.TypeQuery;

/**
 * One entity selector (GS CIM 009 clause 5.2.8 EntitySelector): ids, an id pattern and a type
 * expression, all optional and all required to hold. Types are resolved (expanded).
 */
public record EntitySelector(Set<String> ids, IdPattern idPattern, TypeQuery type) {
  public EntitySelector {
    ids = ids == null || ids.isEmpty() ? null : Set.copyOf(ids);
  }

  public boolean matches(Entity entity) {
    String id = entity.id().value();
    return (ids == null || ids.contains(id))
        && (idPattern == null || idPattern.matches(id))
        && (type == null || type.matches(entity.types()));
  }
}
