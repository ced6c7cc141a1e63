package org.civicbroker.model.subscription;

import static org.civicbroker.model.subscription.JsonMembers.absent;
import static org.civicbroker.model.subscription.JsonMembers.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.query.Regexes.IdPattern;
import org.civicbroker.model.query.type.TypeQuery;
import org.civicbroker.model.query.type.TypeQueryParser;

/**
 * The {@code entities} member of a subscription: an array of EntitySelector objects ({@code id},
 * {@code idPattern} and the mandatory {@code type}, an entity type or a type selection as of clause
 * 4.17).
 */
public final class EntitySelectors {
  private EntitySelectors() {}

  /** Reads a non-empty array of selectors, expanding types with {@code ctx}. */
  static List<EntitySelector> read(JsonNode entities, LdContext ctx) {
    if (!entities.isArray()) {
      throw bad("entities", "must be an array of entity selectors");
    }
    if (entities.isEmpty()) {
      throw bad("entities", "must not be an empty array");
    }
    List<EntitySelector> selectors = new ArrayList<>(entities.size());
    for (JsonNode e : entities) {
      selectors.add(selector(e, "entities[" + selectors.size() + "]", ctx));
    }
    return selectors;
  }

  private static EntitySelector selector(JsonNode e, String path, LdContext ctx) {
    if (!e.isObject()) {
      throw bad(path, "must be an object with a type and optionally an id or idPattern");
    }
    JsonNode type = e.get("type");
    if (absent(type)) {
      throw bad(path, "'type' is required in an entity selector");
    }
    String typeText = JsonMembers.text(type, path + ".type");
    JsonNode id = e.get("id");
    JsonNode idPattern = e.get("idPattern");
    return new EntitySelector(
        absent(id) ? null : Set.of(JsonMembers.uri(id, path + ".id")),
        absent(idPattern) ? null : IdPattern.of(JsonMembers.text(idPattern, path + ".idPattern")),
        TypeQueryParser.parse(typeText).resolve(ctx));
  }

  /**
   * A selector from stored values: the id (or null), the idPattern (or null) and the type selection
   * with expanded names (as {@link #typeText} printed it).
   */
  public static EntitySelector restore(String id, String idPattern, String expandedType) {
    return new EntitySelector(
        id == null ? null : Set.of(id),
        idPattern == null ? null : IdPattern.of(idPattern),
        expandedType == null
            ? null
            : TypeQueryParser.parse(expandedType).resolve(ContextCompiler.coreOnly()));
  }

  /** The selector's single id, or null. */
  public static String id(EntitySelector selector) {
    return selector.ids() == null ? null : selector.ids().iterator().next();
  }

  /** The type selection as text with expanded names; null without a type. */
  public static String typeText(EntitySelector selector) {
    return selector.type() == null ? null : selector.type().toString();
  }

  /** The selectors as JSON with types compacted by {@code ctx}. */
  static ArrayNode write(List<EntitySelector> selectors, LdContext ctx) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (EntitySelector s : selectors) {
      ObjectNode o = out.addObject();
      String id = id(s);
      if (id != null) {
        o.put("id", id);
      }
      if (s.idPattern() != null) {
        o.put("idPattern", s.idPattern().source());
      }
      if (s.type() != null) {
        TypeQuery compacted = s.type().resolve(new Compacting(ctx));
        o.put("type", compacted.toString());
      }
    }
    return out;
  }
}
