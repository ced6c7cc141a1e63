package org.civicbroker.model.query;

import java.util.List;
import java.util.Set;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.geo.GeoQuery;
import org.civicbroker.model.query.q.QQuery;
import org.civicbroker.model.query.scope.ScopeQ;

/**
 * The filter of Query Entities (clause 5.7.2) and of POST /entityOperations/query (5.7.3): any of
 * the selectors (none = every entity), at least one of {@code attrs} when given, and {@code q},
 * {@code scopeQ} and the geo-query when given. All names are resolved (expanded). Immutable; the
 * in-memory evaluator is {@link #matches} and storage translators walk the parts.
 */
public record EntityQuery(
    List<EntitySelector> selectors, Set<String> attrs, QQuery q, ScopeQ scopeQ, GeoQuery geo) {

  public EntityQuery {
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
    attrs = attrs == null || attrs.isEmpty() ? null : Set.copyOf(attrs);
  }

  public boolean matches(Entity entity) {
    return matchesSelectors(entity)
        && (attrs == null || hasAnyAttribute(entity))
        && (q == null || q.matches(entity))
        && (scopeQ == null || scopeQ.matches(entity.scopes()))
        && (geo == null || geo.matches(entity));
  }

  private boolean matchesSelectors(Entity entity) {
    if (selectors.isEmpty()) {
      return true;
    }
    for (EntitySelector selector : selectors) {
      if (selector.matches(entity)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasAnyAttribute(Entity entity) {
    for (String name : attrs) {
      if (entity.attributes().contains(name)) {
        return true;
      }
    }
    return false;
  }
}
