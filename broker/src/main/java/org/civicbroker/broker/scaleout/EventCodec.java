package org.civicbroker.broker.scaleout;

import static org.civicbroker.broker.scaleout.wire.WireFields.instant;
import static org.civicbroker.broker.scaleout.wire.WireFields.object;
import static org.civicbroker.broker.scaleout.wire.WireFields.optionalText;
import static org.civicbroker.broker.scaleout.wire.WireFields.putStrings;
import static org.civicbroker.broker.scaleout.wire.WireFields.putText;
import static org.civicbroker.broker.scaleout.wire.WireFields.required;
import static org.civicbroker.broker.scaleout.wire.WireFields.strings;
import static org.civicbroker.broker.scaleout.wire.WireFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.scaleout.wire.EntityWireFormat;
import org.civicbroker.broker.scaleout.wire.WireValues;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/**
 * The record values of the change topics: one JSON document per event, an envelope of plain members
 * with the entities in {@link EntityWireFormat} and the {@code @context} in {@link WireValues}
 * form, so that every attribute, value, number class and timestamp comes back exactly as it went
 * in; {@code at} is an ISO 8601 instant with nanoseconds. An entity change:
 *
 * <pre>
 * {"format": 2, "eventId": "...", "tenant": "city_2", "at": "2025-06-01T12:00:00.123456789Z",
 *  "origin": "instance-1", "entityId": "urn:ngsi-ld:Room:1", "types": ["https://ex.org/Room"],
 *  "kind": "UPDATED", "before": {entity}, "after": {entity}, "changedAttributes": ["..."],
 *  "context": [...], "version": 7}
 * </pre>
 *
 * <p>{@code tenant} is absent for the default tenant, {@code before}, {@code after} and {@code
 * context} when null. A subscription change has the same header ({@code format} to {@code origin})
 * and {@code subscriptionId} and {@code kind}. {@code format} versions the layout, so that
 * instances of different releases sharing a topic during a rolling update refuse what they cannot
 * read rather than misread it; format 1 was MongoDB Extended JSON with the store's entity
 * documents.
 *
 * <p>Stateless and thread-safe. Decoding fails with an {@link IllegalArgumentException} on a value
 * that is not such a document.
 */
public final class EventCodec {
  /** The layout version written; a reader accepts this one only. */
  public static final int FORMAT = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EntityWireFormat entities = new EntityWireFormat();

  /** The record value of an entity change. */
  public String encode(EntityChange c) {
    ObjectNode d = header(c.eventId(), c.tenant(), c.at(), c.origin());
    d.put("entityId", c.entityId());
    putStrings(d, "types", c.types());
    d.put("kind", c.kind().name());
    putEntity(d, "before", c.before());
    putEntity(d, "after", c.after());
    putStrings(d, "changedAttributes", List.copyOf(c.changedAttributes()));
    if (c.context() != null) {
      d.set("context", WireValues.encode(c.context()));
    }
    d.put("version", c.version());
    return d.toString();
  }

  /** The entity change of a record value. */
  public EntityChange decodeEntityChange(String value) {
    JsonNode d = parse(value);
    return new EntityChange(
        optionalText(d, "eventId"),
        tenant(d),
        text(d, "entityId"),
        strings(required(d, "types"), "types"),
        kind(ChangeKind.class, text(d, "kind")),
        entity(d.get("before")),
        entity(d.get("after")),
        Set.copyOf(strings(d.get("changedAttributes"), "changedAttributes")),
        d.has("context") ? WireValues.decode(d.get("context")) : null,
        at(d),
        version(d),
        optionalText(d, "origin"));
  }

  /** The record value of a subscription change. */
  public String encode(SubscriptionChange c) {
    ObjectNode d = header(c.eventId(), c.tenant(), c.at(), c.origin());
    d.put("subscriptionId", c.subscriptionId());
    d.put("kind", c.kind().name());
    return d.toString();
  }

  /** The subscription change of a record value. */
  public SubscriptionChange decodeSubscriptionChange(String value) {
    JsonNode d = parse(value);
    return new SubscriptionChange(
        optionalText(d, "eventId"),
        tenant(d),
        text(d, "subscriptionId"),
        kind(SubscriptionChange.Kind.class, text(d, "kind")),
        at(d),
        optionalText(d, "origin"));
  }

  private static ObjectNode header(String eventId, Tenant tenant, Instant at, String origin) {
    ObjectNode d = JSON.createObjectNode().put("format", FORMAT);
    putText(d, "eventId", eventId);
    putText(d, "tenant", tenant.name());
    d.put("at", at.toString());
    putText(d, "origin", origin);
    return d;
  }

  private static JsonNode parse(String value) {
    JsonNode d;
    try {
      d = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a change event: " + e.getOriginalMessage(), e);
    }
    object(d, "change event");
    JsonNode format = d.get("format");
    if (format == null) {
      throw new IllegalArgumentException("Change event without a format");
    }
    if (!format.isIntegralNumber() || format.asLong() != FORMAT) {
      throw new IllegalArgumentException(
          "Change event format "
              + formatNumber(format)
              + " is not supported: this broker reads format "
              + FORMAT
              + " only");
    }
    return d;
  }

  /** The number of a format member as written, by format 1 too (an Extended JSON Int32). */
  private static String formatNumber(JsonNode format) {
    JsonNode extended = format.get("$numberInt");
    return extended != null && extended.isTextual() ? extended.textValue() : format.toString();
  }

  private static Tenant tenant(JsonNode d) {
    String name = optionalText(d, "tenant");
    try {
      return name == null ? Tenant.DEFAULT : new Tenant(name);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Change event with a bad tenant: " + e.getMessage(), e);
    }
  }

  private static Instant at(JsonNode d) {
    required(d, "at");
    return instant(d, "at");
  }

  private static <E extends Enum<E>> E kind(Class<E> kinds, String name) {
    try {
      return Enum.valueOf(kinds, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Change event of an unknown kind: " + name, e);
    }
  }

  private static long version(JsonNode d) {
    JsonNode version = required(d, "version");
    if (!version.isIntegralNumber() || !version.canConvertToLong()) {
      throw new IllegalArgumentException("Change event with a bad version: " + version);
    }
    return version.longValue();
  }

  private void putEntity(ObjectNode d, String name, Entity entity) {
    if (entity != null) {
      d.set(name, entities.encode(entity));
    }
  }

  private Entity entity(JsonNode wire) {
    return wire == null || wire.isNull() ? null : entities.decode(wire);
  }
}
