package org.civicbroker.broker.entity.store.mongo.query;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.ID;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.SCOPES;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.TYPES;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbroker.broker.entity.store.mongo.EntityFields;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.query.Regexes.IdPattern;
import org.civicbroker.model.query.geo.GeoBBox;
import org.civicbroker.model.query.geo.GeoQuery;
import org.civicbroker.model.query.scope.ScopeQ;
import org.civicbroker.model.query.type.TypeQuery;

/**
 * The one translator from the model's {@link EntityQuery} to MongoDB filters on the entity
 * documents ({@link EntityFields}), in the manner of Ditto's {@code CreateBsonPredicateVisitor} and
 * Orion-LD's {@code qTreeToBson}: it walks the query's trees and yields an {@link EntityFilter}
 * bracketing the result between a certain and a candidate filter.
 *
 * <p>Only operators that both the embedded server (mongo-java-server) and MongoDB support are used
 * ({@code $and $or $nor $in $eq $gt(e) $lt(e) $exists $type $not $elemMatch $regex}); no {@code
 * $geo*}, no {@code $expr}. Decided exactly: entity selectors (ids, types; idPatterns in the {@link
 * SafeRegex} subset, ids having no line terminators), {@code attrs}, {@code scopeQ}, and the {@code
 * q} terms listed in {@link QTermTranslator}, {@link ElementConditions} and {@link
 * InstantConditions}. Narrowed only: geo-queries (bounding-box pre-filter on the stored {@code
 * bbox}, because the embedded server has no geo operators), regular expressions, and the
 * comparisons where the engines' semantics differ from the model's.
 */
public final class EntityQueryTranslator {
  private EntityQueryTranslator() {}

  /** The filter of a query whose names are resolved (expanded), as {@code matches} needs them. */
  public static EntityFilter translate(EntityQuery query) {
    List<Bounds> parts = new ArrayList<>();
    if (!query.selectors().isEmpty()) {
      parts.add(
          Bounds.or(query.selectors().stream().map(EntityQueryTranslator::selector).toList()));
    }
    if (query.attrs() != null) {
      parts.add(
          Bounds.exact(
              Cond.or(query.attrs().stream().map(EntityQueryTranslator::attribute).toList())));
    }
    if (query.q() != null) {
      parts.add(query.q().accept(QTermTranslator.INSTANCE));
    }
    if (query.scopeQ() != null) {
      parts.add(Bounds.exact(scope(query.scopeQ())));
    }
    if (query.geo() != null) {
      parts.add(geo(query.geo()));
    }
    return new EntityFilter(Bounds.and(parts));
  }

  /** GS CIM 009 clause 5.2.8: ids, id pattern and type, all required. */
  private static Bounds selector(EntitySelector selector) {
    List<Bounds> parts = new ArrayList<>();
    if (selector.ids() != null) {
      parts.add(Bounds.exact(Cond.of(Filters.in(ID, List.copyOf(selector.ids())))));
    }
    if (selector.idPattern() != null) {
      parts.add(idPattern(selector.idPattern()));
    }
    if (selector.type() != null) {
      parts.add(Bounds.exact(type(selector.type())));
    }
    return Bounds.and(parts);
  }

  private static Bounds idPattern(IdPattern pattern) {
    if (!SafeRegex.isSafe(pattern.source())) {
      return Bounds.possible(Cond.ALL);
    }
    return Bounds.exact(Cond.of(Filters.regex(ID, pattern.source(), "s")));
  }

  /** Clause 4.17: OR and AND of expanded type names over the {@code types} array. */
  private static Cond type(TypeQuery type) {
    if (type instanceof TypeQuery.Name n) {
      return Cond.of(Filters.eq(TYPES, n.type()));
    }
    if (type instanceof TypeQuery.And a) {
      return Cond.and(a.terms().stream().map(EntityQueryTranslator::type).toList());
    }
    return Cond.or(
        ((TypeQuery.Or) type).terms().stream().map(EntityQueryTranslator::type).toList());
  }

  /** {@code attrs}: the entity has the attribute (even with no instance, as the model says). */
  private static Cond attribute(String name) {
    return Cond.exists(EntityFields.attributePath(name));
  }

  /**
   * Clause 4.19: each pattern as an anchored regular expression over the {@code scopes} array.
   * Scope levels are letters, digits and '_', so the expression means the same in every engine.
   */
  private static Cond scope(ScopeQ scopeQ) {
    if (scopeQ instanceof ScopeQ.Pattern p) {
      return Cond.of(Filters.regex(SCOPES, p.toRegex()));
    }
    if (scopeQ instanceof ScopeQ.And a) {
      return Cond.and(a.terms().stream().map(EntityQueryTranslator::scope).toList());
    }
    return Cond.or(
        ((ScopeQ.Or) scopeQ).terms().stream().map(EntityQueryTranslator::scope).toList());
  }

  /**
   * Clause 4.10: candidates are entities with a GeoProperty instance of the target name whose
   * stored bounding box meets one of the query's pre-filter boxes; the embedded server has no geo
   * operators, so the relation itself is always tested in memory.
   */
  private static Bounds geo(GeoQuery geo) {
    Cond isGeo = Cond.of(Filters.eq("type", AttributeType.GEO_PROPERTY.term()));
    Optional<List<GeoBBox>> boxes = geo.prefilter();
    Cond instance =
        boxes.isEmpty()
            ? isGeo
            : Cond.and(
                isGeo, Cond.or(boxes.get().stream().map(EntityQueryTranslator::box).toList()));
    return Bounds.possible(Cond.elemMatch(EntityFields.attributePath(geo.geoproperty()), instance));
  }

  private static Cond box(GeoBBox box) {
    String bbox = EntityFields.BBOX + ".";
    return Cond.and(
        Cond.of(Filters.lte(bbox + "w", box.maxLon())),
        Cond.of(Filters.gte(bbox + "e", box.minLon())),
        Cond.of(Filters.lte(bbox + "s", box.maxLat())),
        Cond.of(Filters.gte(bbox + "n", box.minLat())));
  }
}
