package org.civicbroker.broker.subscription.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.Format;
import org.civicbroker.model.representation.RenderOptions;

/**
 * Deleted attributes in notifications (GS CIM 009 clause 5.2.1): a deleted attribute instance is
 * represented with the NGSI-LD Null, {@code "urn:ngsi-ld:null"}, as its value (object, vocab, ...)
 * and {@code {"@none": "urn:ngsi-ld:null"}} as the languageMap of a LanguageProperty; with {@code
 * showChanges}, it also carries its previous value.
 */
final class Deletions {
  static final String NGSI_LD_NULL = "urn:ngsi-ld:null";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** How the notification renders entities. */
  record Rendering(RenderOptions options, LdContext ctx, Instant now, boolean showChanges) {}

  private Deletions() {}

  /**
   * Adds to {@code rendered} every instance of the attributes {@code names} that {@code before} had
   * and {@code after} has not ({@code after} null: the entity was deleted), unless the
   * notification's projection leaves the attribute out.
   */
  static void add(
      ObjectNode rendered,
      Entity before,
      Entity after,
      Collection<String> names,
      Rendering rendering) {
    for (String name : names) {
      if (!before.attributes().contains(name) || !projected(name, rendering)) {
        continue;
      }
      for (Attribute previous : before.attributes().get(name)) {
        if (after != null && after.attributes().instance(name, previous.datasetId()).isPresent()) {
          continue;
        }
        JsonNode instance = nullInstance(previous, rendering);
        if (rendering.showChanges() && instance instanceof ObjectNode object) {
          ShowChanges.addPrevious(object, previous, rendering.ctx());
        }
        put(rendered, rendering.ctx().compactAttributeName(name), instance);
      }
    }
  }

  /** False when {@code attributes}, {@code pick} or {@code omit} leave the attribute out. */
  private static boolean projected(String name, Rendering rendering) {
    RenderOptions options = rendering.options();
    LdContext ctx = rendering.ctx();
    Set<String> attrs = options.expandedAttrs(ctx);
    if (attrs != null && !attrs.contains(name)) {
      return false;
    }
    if (options.pick() != null
        && options.pick().stream().noneMatch(p -> ctx.expandAttributeName(p).equals(name))) {
      return false;
    }
    return options.omit() == null
        || options.omit().stream().noneMatch(o -> ctx.expandAttributeName(o).equals(name));
  }

  /** The deleted instance in the notification's format. */
  private static JsonNode nullInstance(Attribute previous, Rendering rendering) {
    AttributeType type = previous.type();
    JsonNode nullValue =
        type == AttributeType.LANGUAGE_PROPERTY
            ? F.objectNode().put("@none", NGSI_LD_NULL)
            : F.textNode(NGSI_LD_NULL);
    Format format = rendering.options().format();
    if (format == Format.SIMPLIFIED) {
      return nullValue;
    }
    ObjectNode instance = F.objectNode();
    if (format == Format.NORMALIZED) {
      instance.put("type", type.term());
    }
    instance.set(type.valueKey(), nullValue);
    if (previous.datasetId() != null) {
      instance.put("datasetId", previous.datasetId());
    }
    if (rendering.options().sysAttrs()) {
      instance.put("deletedAt", DateTimes.format(rendering.now()));
    }
    return instance;
  }

  /** Sets the member, or adds the instance to the instances already there. */
  private static void put(ObjectNode rendered, String key, JsonNode instance) {
    JsonNode existing = rendered.get(key);
    if (existing == null) {
      rendered.set(key, instance);
    } else if (existing instanceof ArrayNode array) {
      array.add(instance);
    } else {
      ArrayNode array = F.arrayNode().add(existing).add(instance);
      rendered.set(key, array);
    }
  }
}
