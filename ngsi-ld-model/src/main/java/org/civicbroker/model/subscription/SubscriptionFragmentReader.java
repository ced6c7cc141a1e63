package org.civicbroker.model.subscription;

import static org.civicbroker.model.subscription.JsonMembers.absent;
import static org.civicbroker.model.subscription.JsonMembers.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Applies a SubscriptionFragment (Update Subscription, clause 5.8.2) to a subscription: each member
 * given replaces the current one, a member given as {@code null} (or the NGSI-LD Null) is removed,
 * and the {@code notification} object and its {@code endpoint} are merged member by member (so a
 * fragment can change {@code notification.format} alone). The result must be a valid subscription
 * (same rules as at creation: removing {@code notification} or its {@code endpoint}, or combining
 * {@code timeInterval} with {@code watchedAttributes}, is BadRequestData); a new {@code expiresAt}
 * must be in the future.
 *
 * <p>The fragment's names are expanded with the update request's context; the subscription keeps
 * its id, creation time and the context of its creation request (for notifications). Immutable and
 * thread-safe.
 */
public final class SubscriptionFragmentReader {
  private static final Set<String> MERGED = Set.of("notification", "endpoint");

  private final SubscriptionWriter writer = new SubscriptionWriter();
  private final SubscriptionReader reader = new SubscriptionReader(() -> null);

  /**
   * The subscription after the update.
   *
   * @throws NgsiLdException BadRequestData when the fragment or the result is invalid
   */
  public Subscription apply(Subscription current, ObjectNode fragment, LdContext ctx, Instant now) {
    checkIdentity(current, fragment);
    ObjectNode merged = writer.write(current, ctx);
    boolean keepQ = !fragment.has("q");
    if (keepQ) {
      merged.remove("q");
    }
    merge(merged, fragment, true);
    merged.put("id", current.id());
    Subscription read = reader.read(merged, ctx, null);
    JsonNode expiresAt = fragment.get("expiresAt");
    if (!absent(expiresAt)) {
      SubscriptionReader.checkExpiry(read.expiresAt(), now);
    }
    return read.toBuilder()
        .q(keepQ ? current.q() : read.q())
        .requestContext(current.requestContext())
        .createdAt(current.createdAt())
        .modifiedAt(current.modifiedAt())
        .build();
  }

  private static void checkIdentity(Subscription current, ObjectNode fragment) {
    JsonNode type = fragment.get("type");
    if (!absent(type) && !(type.isTextual() && type.textValue().equals("Subscription"))) {
      throw bad("type", "must be 'Subscription', not " + type);
    }
    JsonNode id = fragment.get("id");
    if (!absent(id) && !(id.isTextual() && id.textValue().equals(current.id()))) {
      throw bad("id", "differs from the subscription's id " + Uris.quote(current.id()));
    }
  }

  /** JSON merge of {@code patch} into {@code target}; only the notification objects nest. */
  private static void merge(ObjectNode target, ObjectNode patch, boolean topLevel) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String name = e.getKey();
      JsonNode value = e.getValue();
      if (topLevel && (name.equals("id") || name.equals("type"))) {
        continue;
      }
      if (absent(value)) {
        target.remove(name);
      } else if (MERGED.contains(name)
          && value.isObject()
          && target.get(name) instanceof ObjectNode current) {
        merge(current, (ObjectNode) value, false);
      } else {
        target.set(name, value.deepCopy());
      }
    }
  }
}
