package org.civicbroker.broker.entity.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.Format;
import org.civicbroker.model.representation.RenderOptions;

/**
 * Renders {@code join=inline} (clause 4.5.23): each Relationship of the rendered entity carries the
 * rendered target as {@code entity} (ListRelationship: {@code entityList}); in the simplified
 * representation the target replaces the Relationship's value. Targets already on the path from the
 * root are not embedded again, so cycles end.
 */
final class InlineJoin {
  private final EntityWriter writer;

  InlineJoin(EntityWriter writer) {
    this.writer = writer;
  }

  ObjectNode render(
      Entity entity, RenderOptions options, LdContext ctx, Map<String, Entity> linked, int levels) {
    return render(entity, options, ctx, linked, levels, new HashSet<>());
  }

  private ObjectNode render(
      Entity entity,
      RenderOptions options,
      LdContext ctx,
      Map<String, Entity> linked,
      int levels,
      Set<String> path) {
    ObjectNode out = writer.write(entity, options, ctx);
    if (levels <= 0) {
      return out;
    }
    path.add(entity.id().value());
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              String key = ctx.compactAttributeName(name);
              JsonNode rendered = out.get(key);
              if (rendered != null) {
                embed(out, key, rendered, instances, options, ctx, linked, levels, path);
              }
            });
    path.remove(entity.id().value());
    return out;
  }

  private void embed(
      ObjectNode out,
      String key,
      JsonNode rendered,
      List<Attribute> instances,
      RenderOptions options,
      LdContext ctx,
      Map<String, Entity> linked,
      int levels,
      Set<String> path) {
    for (int i = 0; i < instances.size(); i++) {
      Attribute a = instances.get(i);
      JsonNode target = rendered.isArray() ? rendered.get(i) : rendered;
      if (a instanceof Relationship r && r.objects().size() == 1) {
        ObjectNode child = child(r.objects().get(0), options, ctx, linked, levels, path);
        if (child == null) {
          continue;
        }
        if (options.format() == Format.SIMPLIFIED) {
          replace(out, key, rendered, i, child);
        } else if (target instanceof ObjectNode object) {
          object.set("entity", child);
        }
      } else if (a instanceof ListRelationship l && target instanceof ObjectNode object) {
        ArrayNode list = object.putArray("entityList");
        for (String id : l.objectList()) {
          ObjectNode child = child(id, options, ctx, linked, levels, path);
          if (child != null) {
            list.add(child);
          }
        }
      }
    }
  }

  private ObjectNode child(
      String id,
      RenderOptions options,
      LdContext ctx,
      Map<String, Entity> linked,
      int levels,
      Set<String> path) {
    Entity target = linked.get(id);
    if (target == null || path.contains(id)) {
      return null;
    }
    return render(target, options, ctx, linked, levels - 1, path);
  }

  private static void replace(
      ObjectNode out, String key, JsonNode rendered, int i, JsonNode child) {
    if (rendered.isArray()) {
      ((ArrayNode) rendered).set(i, child);
    } else {
      out.set(key, child);
    }
  }
}
