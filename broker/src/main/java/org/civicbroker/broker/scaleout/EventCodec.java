package org.civicbroker.broker.scaleout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/**
 * The record values of the change topics: one JSON document per event, in MongoDB Extended JSON
 * (canonical mode, so every BSON type, e.g. 32- versus 64-bit integers, decimals and dates, comes
 * back as it went in). Entities are encoded with the store's own {@link EntityDocumentMapper},
 * which round-trips every attribute type, sub-attribute, value and timestamp exactly (nanoseconds
 * included); {@code at} is an ISO 8601 instant for the same reason. {@code format} versions the
 * layout, so that instances of different releases can share a topic during a rolling update.
 *
 * <p>Stateless and thread-safe. Decoding fails with an {@link IllegalArgumentException} on a value
 * that is not such a document.
 */
public final class EventCodec {
  /** The layout version written; a reader accepts this one only. */
  public static final int FORMAT = 1;

  private static final JsonWriterSettings CANONICAL =
      JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EntityDocumentMapper entities = new EntityDocumentMapper();

  /** The record value of an entity change. */
  public String encode(EntityChange c) {
    Document d =
        header(c.eventId(), c.tenant(), c.at(), c.origin())
            .append("entityId", c.entityId())
            .append("types", c.types())
            .append("kind", c.kind().name())
            .append("before", entity(c.before(), c.version()))
            .append("after", entity(c.after(), c.version()))
            .append("changedAttributes", List.copyOf(c.changedAttributes()))
            .append("context", c.context() == null ? null : c.context().toString())
            .append("version", c.version());
    return d.toJson(CANONICAL);
  }

  /** The entity change of a record value. */
  public EntityChange decodeEntityChange(String value) {
    Document d = parse(value);
    return new EntityChange(
        d.getString("eventId"),
        tenant(d),
        required(d.getString("entityId"), "entityId"),
        d.getList("types", String.class),
        ChangeKind.valueOf(d.getString("kind")),
        entity(d.get("before", Document.class)),
        entity(d.get("after", Document.class)),
        Set.copyOf(d.getList("changedAttributes", String.class)),
        context(d.getString("context")),
        Instant.parse(d.getString("at")),
        d.getLong("version"),
        d.getString("origin"));
  }

  /** The record value of a subscription change. */
  public String encode(SubscriptionChange c) {
    return header(c.eventId(), c.tenant(), c.at(), c.origin())
        .append("subscriptionId", c.subscriptionId())
        .append("kind", c.kind().name())
        .toJson(CANONICAL);
  }

  /** The subscription change of a record value. */
  public SubscriptionChange decodeSubscriptionChange(String value) {
    Document d = parse(value);
    return new SubscriptionChange(
        d.getString("eventId"),
        tenant(d),
        required(d.getString("subscriptionId"), "subscriptionId"),
        SubscriptionChange.Kind.valueOf(d.getString("kind")),
        Instant.parse(d.getString("at")),
        d.getString("origin"));
  }

  private static Document header(String eventId, Tenant tenant, Instant at, String origin) {
    return new Document("format", FORMAT)
        .append("eventId", eventId)
        .append("tenant", tenant.name())
        .append("at", at.toString())
        .append("origin", origin);
  }

  private static Document parse(String value) {
    Document d;
    try {
      d = Document.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a change event: " + e.getMessage(), e);
    }
    Object format = d.get("format");
    if (!Integer.valueOf(FORMAT).equals(format)) {
      throw new IllegalArgumentException("Unknown change event format: " + format);
    }
    return d;
  }

  private static Tenant tenant(Document d) {
    String name = d.getString("tenant");
    return name == null ? Tenant.DEFAULT : new Tenant(name);
  }

  private Document entity(Entity entity, long version) {
    return entity == null ? null : entities.toDocument(entity, version);
  }

  private Entity entity(Document doc) {
    return doc == null ? null : entities.toEntity(doc);
  }

  private static JsonNode context(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Change event with a malformed context", e);
    }
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("Change event without " + name);
    }
    return value;
  }
}
