package org.civicbroker.broker.admin.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.SystemTimes;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.Members;

/**
 * Puts back the system times of an exported entity, which the entity reader ignores (clients never
 * set them): {@code createdAt} / {@code modifiedAt} of the entity, of every attribute instance
 * (found by its datasetId) and of every sub-attribute. What the line lacks is stamped {@code now},
 * as a create would.
 */
final class SystemTimesRestorer {
  private SystemTimesRestorer() {}

  /** The entity read from {@code json} with {@code ctx}, with the times {@code json} holds. */
  static Entity restore(Entity read, JsonNode json, LdContext ctx, Instant now) {
    Entity stamped = SystemTimes.created(read, now);
    LdContext inEntity = ctx.forEntityTypes(read.types().stream().map(ctx::compactType).toList());
    return stamped
        .withAttributes(attributes(stamped.attributes(), json, inEntity))
        .withTimestamps(
            time(json, Members.CREATED_AT, stamped.createdAt()),
            time(json, Members.MODIFIED_AT, stamped.modifiedAt()));
  }

  private static Attributes attributes(Attributes attributes, JsonNode holder, LdContext ctx) {
    if (attributes.isEmpty()) {
      return attributes;
    }
    Map<String, List<Attribute>> restored = new LinkedHashMap<>();
    attributes.forEach(
        (iri, instances) -> {
          String name = ctx.compactAttributeName(iri);
          JsonNode node = holder.has(name) ? holder.get(name) : holder.get(iri);
          LdContext inner = ctx.forAttributeValue(holder.has(name) ? name : iri);
          List<Attribute> list = new ArrayList<>(instances.size());
          for (Attribute instance : instances) {
            list.add(instance(instance, find(node, instance.datasetId()), inner));
          }
          restored.put(iri, list);
        });
    return Attributes.of(restored);
  }

  private static Attribute instance(Attribute attribute, JsonNode json, LdContext ctx) {
    if (json == null) {
      return attribute;
    }
    AttributeMeta meta = attribute.meta();
    return attribute.withMeta(
        meta.withSubAttributes(attributes(meta.subAttributes(), json, ctx))
            .withTimestamps(
                time(json, Members.CREATED_AT, meta.createdAt()),
                time(json, Members.MODIFIED_AT, meta.modifiedAt())));
  }

  /** The instance object with this datasetId (null: the default instance) in an attribute value. */
  private static JsonNode find(JsonNode node, String datasetId) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      return sameDataset(node, datasetId) ? node : null;
    }
    for (JsonNode element : node) {
      if (element.isObject() && sameDataset(element, datasetId)) {
        return element;
      }
    }
    return null;
  }

  private static boolean sameDataset(JsonNode instance, String datasetId) {
    JsonNode id = instance.get(Members.DATASET_ID);
    return datasetId == null
        ? id == null || id.isNull()
        : id != null && datasetId.equals(id.asText());
  }

  /** The date-time member of {@code json}, or {@code otherwise} when absent. */
  static Instant time(JsonNode json, String member, Instant otherwise) {
    JsonNode value = json.get(member);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    return DateTimes.parse(value.asText())
        .orElseThrow(
            () -> NgsiLdException.badData("'" + member + "' is not a date-time: " + value));
  }
}
