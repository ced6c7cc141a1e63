package org.civicbroker.broker.entity.index;

import java.util.HashSet;
import java.util.Set;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QPath;

/**
 * The attributes a query's filter reads (those of {@code attrs}, {@code q} and the geo-query), so
 * the index decodes only those to test an entity; null when they cannot be told (every attribute
 * is decoded then). Ids, types and scopes are always decoded.
 */
final class QueryNeeds {
  private QueryNeeds() {}

  static Set<String> of(EntityQuery query) {
    Set<String> names = new HashSet<>();
    if (query.attrs() != null) {
      names.addAll(query.attrs());
    }
    if (query.geo() != null) {
      names.add(query.geo().geoproperty());
    }
    if (query.q() != null && !collect(query.q().expr(), names)) {
      return null;
    }
    return names;
  }

  private static boolean collect(QExpr expr, Set<String> names) {
    return switch (expr) {
      case QExpr.And and -> and.terms().stream().allMatch(t -> collect(t, names));
      case QExpr.Or or -> or.terms().stream().allMatch(t -> collect(t, names));
      case QExpr.Exists e -> add(names, e.path());
      case QExpr.NotExists e -> add(names, e.path());
      case QExpr.Compare c -> add(names, c.path());
      case QExpr.Match m -> add(names, m.path());
    };
  }

  private static boolean add(Set<String> names, QPath path) {
    names.add(path.attribute());
    return true;
  }
}
