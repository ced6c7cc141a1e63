package org.civicbroker.broker.entity.index;

import java.util.HashSet;
import java.util.Set;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QPath;

/**
 * The attributes a query's filter reads (those of {@code attrs}, {@code q} and the geo-query), so
 * the index decodes only those to test an entity; null when they cannot be told (every attribute is
 * decoded then). Ids, types and scopes are always decoded.
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
    if (expr instanceof QExpr.And and) {
      return and.terms().stream().allMatch(t -> collect(t, names));
    }
    if (expr instanceof QExpr.Or or) {
      return or.terms().stream().allMatch(t -> collect(t, names));
    }
    if (expr instanceof QExpr.Exists e) {
      return add(names, e.path());
    }
    if (expr instanceof QExpr.NotExists e) {
      return add(names, e.path());
    }
    if (expr instanceof QExpr.Compare c) {
      return add(names, c.path());
    }
    if (expr instanceof QExpr.Match m) {
      return add(names, m.path());
    }
    return false;
  }

  private static boolean add(Set<String> names, QPath path) {
    names.add(path.attribute());
    return true;
  }
}
