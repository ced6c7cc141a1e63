package org.civicbroker.broker.scaleout.wire;

import static org.civicbroker.broker.scaleout.wire.WireFields.instant;
import static org.civicbroker.broker.scaleout.wire.WireFields.object;
import static org.civicbroker.broker.scaleout.wire.WireFields.putInstant;
import static org.civicbroker.broker.scaleout.wire.WireFields.putStrings;
import static org.civicbroker.broker.scaleout.wire.WireFields.required;
import static org.civicbroker.broker.scaleout.wire.WireFields.strings;
import static org.civicbroker.broker.scaleout.wire.WireFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;

/**
 * The explicit mapping between an {@link Entity} and its form in the change events on the Kafka
 * topics: a JSON object of its own, independent of any storage layout. {@code decode(encode(e))}
 * equals {@code e} exactly, also when the object travels as JSON text: attribute and instance
 * order, datasetIds, timestamps to the nanosecond, and the node classes of JSON values (see {@link
 * WireValues}).
 *
 * <p>An entity:
 *
 * <pre>
 * {"id": "urn:ngsi-ld:Room:1",              the entity id
 *  "t":  ["https://ex.org/Room"],           types (expanded), in order
 *  "s":  ["/Madrid"],                       scopes; absent when none
 *  "c":  "2025-06-01T12:00:00.123456789Z",  createdAt; absent when null
 *  "m":  "2025-06-01T12:00:00.123456789Z",  modifiedAt; absent when null
 *  "a":  {"https://ex.org/temperature": [instance, ...], ...}}
 *                                           attributes by expanded name; absent when none
 * </pre>
 *
 * <p>An attribute instance (a sub-attribute's too, recursively):
 *
 * <pre>
 * {"t":  "Property",          the AttributeType term
 *  "v":  21.5,                value of a Property or GeoProperty, languageMap, valueList or json,
 *                             in {@link WireValues} form; object of a Relationship, objectList or
 *                             vocab as an array of strings
 *  "ot": ["https://..."],     objectType of a (List)Relationship; absent when none
 *  "d":  "urn:ngsi-ld:ds:1",  datasetId; absent for the default instance
 *  "o":  "2025-...Z",         observedAt; absent when null
 *  "u":  "CEL",               unitCode; absent when null
 *  "c":  "...", "m": "...",   createdAt, modifiedAt; absent when null
 *  "a":  {...}}               sub-attributes, as the entity's; absent when none
 * </pre>
 *
 * <p>Timestamps are {@link Instant#toString()}: ISO 8601 in UTC with as many fraction digits as
 * needed, nanoseconds included. Attributes and instances keep their order because JSON text keeps
 * member and element order and Jackson's parser does too. Stateless and thread-safe; {@link
 * #decode(JsonNode)} fails with an {@link IllegalArgumentException} on anything not of this layout.
 */
public final class EntityWireFormat {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The wire form of an entity. */
  public ObjectNode encode(Entity entity) {
    ObjectNode out = NODES.objectNode().put("id", entity.id().value());
    putStrings(out, "t", entity.types());
    if (!entity.scopes().isEmpty()) {
      putStrings(out, "s", entity.scopes());
    }
    putInstant(out, "c", entity.createdAt());
    putInstant(out, "m", entity.modifiedAt());
    AttributeWireFormat.put(out, entity.attributes());
    return out;
  }

  /** The entity of a wire form. */
  public Entity decode(JsonNode wire) {
    object(wire, "entity");
    return new Entity(
        entityId(text(wire, "id")),
        strings(required(wire, "t"), "t"),
        strings(wire.get("s"), "s"),
        AttributeWireFormat.attributes(wire.get("a")),
        instant(wire, "c"),
        instant(wire, "m"));
  }

  private static EntityId entityId(String value) {
    try {
      return EntityId.of(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Entity on the wire with a bad id: " + e.getMessage(), e);
    }
  }
}
