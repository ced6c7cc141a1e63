package org.civicbroker.model.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.Regexes.IdPattern;
import org.civicbroker.model.query.geo.GeoQuery;
import org.civicbroker.model.query.geo.GeoQueryParser;
import org.civicbroker.model.query.q.QQuery;
import org.civicbroker.model.query.scope.ScopeQ;
import org.civicbroker.model.query.scope.ScopeQParser;
import org.civicbroker.model.query.type.TypeQueryParser;

/**
 * Reads an {@link EntityQuery} from the query parameters of GET /entities (clause 5.7.2) or from a
 * Query body of POST /entityOperations/query (clause 5.2.23), resolving names with the context.
 */
public final class EntityQueryReader {
  private EntityQueryReader() {}

  /**
   * From query parameters (first value of each). {@code requireFilter}: reject a query without any
   * of type, id, idPattern, attrs, q or a geo-query (clause 5.7.2.4, unless {@code local=true}).
   */
  public static EntityQuery fromParameters(
      Map<String, String> params, LdContext ctx, boolean requireFilter) {
    Set<String> ids = list(params.get("id"), "id");
    ids.forEach(EntityId::of);
    String idPattern = params.get("idPattern");
    String type = params.get("type");
    EntitySelector selector =
        new EntitySelector(
            ids,
            idPattern == null ? null : IdPattern.of(idPattern),
            type == null ? null : TypeQueryParser.parse(type).resolve(ctx));
    Set<String> attrs = expandAll(list(params.get("attrs"), "attrs"), ctx);
    GeoQuery geo = geo(params, ctx);
    EntityQuery query =
        new EntityQuery(
            selector.ids() == null && selector.idPattern() == null && selector.type() == null
                ? List.of()
                : List.of(selector),
            attrs,
            q(params.get("q"), ctx),
            scopeQ(params.get("scopeQ")),
            geo);
    if (requireFilter && !"true".equals(params.get("local")) && isUnfiltered(query)) {
      throw NgsiLdException.badData(
          "A query needs at least one of type, id, idPattern, attrs, q or a geo-query");
    }
    return query;
  }

  /** From a Query data type body (clause 5.2.23): entities, attrs, q, geoQ, scopeQ. */
  public static EntityQuery fromQueryBody(ObjectNode body, LdContext ctx) {
    JsonNode type = body.get("type");
    if (type != null && !"Query".equals(type.asText())) {
      throw NgsiLdException.badData("The body's type must be 'Query'");
    }
    List<EntitySelector> selectors = new ArrayList<>();
    JsonNode entities = body.get("entities");
    if (entities != null) {
      if (!entities.isArray()) {
        throw NgsiLdException.badData("'entities' must be an array of entity selectors");
      }
      for (JsonNode e : entities) {
        selectors.add(selector(e, ctx));
      }
    }
    Set<String> attrs = new LinkedHashSet<>();
    JsonNode attrsNode = body.get("attrs");
    if (attrsNode != null) {
      for (JsonNode a : array(attrsNode, "attrs")) {
        attrs.add(ctx.expandAttributeName(text(a, "attrs")));
      }
    }
    JsonNode geoQ = body.get("geoQ");
    EntityQuery query =
        new EntityQuery(
            selectors,
            attrs,
            q(optionalText(body, "q"), ctx),
            scopeQ(optionalText(body, "scopeQ")),
            geoQ == null || geoQ.isNull() ? null : GeoQueryParser.fromJson(geoQ).resolve(ctx));
    if (isUnfiltered(query)) {
      throw NgsiLdException.badData("A query needs at least one of entities, attrs, q or geoQ");
    }
    return query;
  }

  private static EntitySelector selector(JsonNode e, LdContext ctx) {
    if (!e.isObject()) {
      throw NgsiLdException.badData("Each entity selector must be an object");
    }
    String id = optionalText(e, "id");
    String idPattern = optionalText(e, "idPattern");
    String type = optionalText(e, "type");
    if (id == null && idPattern == null && type == null) {
      throw NgsiLdException.badData("An entity selector needs id, idPattern or type");
    }
    return new EntitySelector(
        id == null ? null : Set.of(EntityId.of(id).value()),
        idPattern == null ? null : IdPattern.of(idPattern),
        type == null ? null : TypeQueryParser.parse(type).resolve(ctx));
  }

  private static boolean isUnfiltered(EntityQuery query) {
    return query.selectors().isEmpty()
        && query.attrs() == null
        && query.q() == null
        && query.geo() == null;
  }

  private static GeoQuery geo(Map<String, String> params, LdContext ctx) {
    String georel = params.get("georel");
    String geometry = params.get("geometry");
    String coordinates = params.get("coordinates");
    if (georel == null && geometry == null && coordinates == null) {
      if (params.containsKey("geoproperty")) {
        throw NgsiLdException.badData("'geoproperty' needs georel, geometry and coordinates");
      }
      return null;
    }
    if (georel == null || geometry == null || coordinates == null) {
      throw NgsiLdException.badData("A geo-query needs all of georel, geometry and coordinates");
    }
    return GeoQueryParser.parse(georel, geometry, coordinates, params.get("geoproperty"))
        .resolve(ctx);
  }

  private static QQuery q(String q, LdContext ctx) {
    return q == null ? null : QQuery.parse(q).resolve(ctx);
  }

  private static ScopeQ scopeQ(String scopeQ) {
    return scopeQ == null ? null : ScopeQParser.parse(scopeQ);
  }

  private static Set<String> expandAll(Set<String> names, LdContext ctx) {
    Set<String> expanded = new LinkedHashSet<>();
    names.forEach(n -> expanded.add(ctx.expandAttributeName(n)));
    return expanded;
  }

  private static Set<String> list(String value, String param) {
    Set<String> items = new LinkedHashSet<>();
    if (value == null) {
      return items;
    }
    for (String item : value.split(",")) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        throw NgsiLdException.badData("'" + param + "' has an empty item");
      }
      items.add(trimmed);
    }
    return items;
  }

  private static Iterable<JsonNode> array(JsonNode node, String member) {
    if (!node.isArray()) {
      throw NgsiLdException.badData("'" + member + "' must be an array");
    }
    return node;
  }

  private static String optionalText(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || value.isNull() ? null : text(value, member);
  }

  private static String text(JsonNode value, String member) {
    if (!value.isTextual()) {
      throw NgsiLdException.badData("'" + member + "' must be a string");
    }
    return value.asText();
  }
}
