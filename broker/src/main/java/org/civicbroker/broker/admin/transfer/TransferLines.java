package org.civicbroker.broker.admin.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.civicbroker.broker.admin.transfer.ImportItem.EntityItem;
import org.civicbroker.broker.admin.transfer.ImportItem.SubscriptionItem;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.EntityReader;
import org.civicbroker.model.representation.Members;
import org.civicbroker.model.subscription.Subscription;
import org.civicbroker.model.subscription.SubscriptionReader;

/**
 * The line format of export and import (NGSI-LD JSON lines), one JSON object per line:
 *
 * <pre>
 * {"tenant": null | "name", "entity": {...}}
 * {"tenant": null | "name", "subscription": {...}, "context": &lt;creation @context&gt;, "q": {...}}
 * </pre>
 *
 * Entities are in the normalized representation with {@code sysAttrs}, subscriptions as Retrieve
 * Subscription returns them with {@code sysAttrs}, both compacted with the core context only, so
 * every other name is a full IRI. {@code context} (absent for the core context) is the user context
 * the subscription was created with, which its notifications are compacted with; {@code q} (absent
 * without one) is its q as created ({@link QLines}). Reading ignores what the broker maintains
 * (subscription status, notification counters), keeps the system times, and validates like the API
 * does.
 */
final class TransferLines {
  static final String TENANT = "tenant";
  static final String ENTITY = "entity";
  static final String SUBSCRIPTION = "subscription";
  static final String CONTEXT = "context";
  static final String Q = "q";

  private final JsonCodec json;
  private final LdContext core;
  private final EntityReader entities = new EntityReader();
  private final SubscriptionReader subscriptions = new SubscriptionReader();

  TransferLines(JsonCodec json, LdContext core) {
    this.json = json;
    this.core = core;
  }

  /** The export line of an entity rendered for export. */
  static ObjectNode entityLine(Tenant tenant, ObjectNode entity) {
    ObjectNode line = envelope(tenant);
    line.set(ENTITY, entity);
    return line;
  }

  /** The export line of a subscription rendered for export, with its creation context and q. */
  static ObjectNode subscriptionLine(Tenant tenant, ObjectNode view, Subscription subscription) {
    ObjectNode line = envelope(tenant);
    line.set(SUBSCRIPTION, view);
    if (subscription.requestContext() != null) {
      line.set(CONTEXT, subscription.requestContext());
    }
    if (subscription.q() != null) {
      line.set(Q, QLines.write(subscription.q()));
    }
    return line;
  }

  private static ObjectNode envelope(Tenant tenant) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    if (tenant.isDefault()) {
      line.putNull(TENANT);
    } else {
      line.put(TENANT, tenant.name());
    }
    return line;
  }

  /**
   * Reads one line; times the line lacks are {@code now}.
   *
   * @throws NgsiLdException with a detail saying what is wrong with the line
   */
  ImportItem read(long number, String text, Instant now) {
    JsonNode node = json.parse(text.getBytes(StandardCharsets.UTF_8));
    if (!node.isObject()) {
      throw NgsiLdException.badData(
          "A line must be a JSON object with 'tenant' and 'entity' or 'subscription'");
    }
    Tenant tenant = tenant(node.get(TENANT));
    JsonNode entity = node.get(ENTITY);
    JsonNode subscription = node.get(SUBSCRIPTION);
    if ((entity == null) == (subscription == null)) {
      throw NgsiLdException.badData("A line must hold either 'entity' or 'subscription'");
    }
    if (entity != null) {
      Entity read = entities.read(object(entity, ENTITY), core);
      return new EntityItem(number, tenant, SystemTimesRestorer.restore(read, entity, core, now));
    }
    return new SubscriptionItem(
        number, tenant, subscription(object(subscription, SUBSCRIPTION), node, now));
  }

  private Subscription subscription(ObjectNode payload, JsonNode line, Instant now) {
    JsonNode context = line.get(CONTEXT);
    JsonNode q = line.get(Q);
    boolean exactQ = q != null && !q.isNull();
    // the expanded q of the definition is left to the exact one (the q language has no IRIs)
    ObjectNode definition = exactQ ? payload.deepCopy() : payload;
    if (exactQ) {
      definition.remove(Q);
    }
    Subscription read = subscriptions.read(definition, core, null);
    return read.toBuilder()
        .requestContext(context == null || context.isNull() ? null : context)
        .q(exactQ ? QLines.read(q) : read.q())
        .createdAt(SystemTimesRestorer.time(payload, Members.CREATED_AT, now))
        .modifiedAt(SystemTimesRestorer.time(payload, Members.MODIFIED_AT, now))
        .build();
  }

  private static Tenant tenant(JsonNode value) {
    if (value == null || value.isNull()) {
      return Tenant.DEFAULT;
    }
    if (!value.isTextual()) {
      throw NgsiLdException.badData("'tenant' must be null or a tenant name, not " + value);
    }
    return new Tenant(value.textValue());
  }

  private static ObjectNode object(JsonNode value, String member) {
    if (!value.isObject()) {
      throw NgsiLdException.badData("'" + member + "' must be a JSON object");
    }
    return (ObjectNode) value;
  }
}
