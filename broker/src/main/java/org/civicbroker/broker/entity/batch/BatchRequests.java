package org.civicbroker.broker.entity.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.PayloadReader;
import org.civicbroker.broker.common.api.RequestPayload;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.jsonld.LdContext;
import org.jboss.logging.Logger;

/**
 * Reads the body of a batch request (GS CIM 009 clauses 5.6.7 - 5.6.10, 5.6.20): a non-empty JSON
 * array of at most {@code broker.batch.max-entities} entities (or entity ids for delete). What
 * makes the whole array unreadable (not JSON, not an array, empty, too long, an element that is
 * not an object with a string {@code id}, or not a string for delete) is a 400 for the request;
 * anything wrong with one entity (its {@code @context}, its content, its id not being a URI)
 * rejects that entity alone. With {@code application/ld+json} every entity carries its own {@code
 * @context}; with {@code application/json} the Link header's context applies to all.
 */
@ApplicationScoped
public class BatchRequests {
  private static final Logger LOG = Logger.getLogger(BatchRequests.class);
  private static final String CONTEXT = "@context";

  private final PayloadReader payloads;
  private final ContextService contexts;
  private final BatchConfig config;

  @Inject
  public BatchRequests(PayloadReader payloads, ContextService contexts, BatchConfig config) {
    this.payloads = payloads;
    this.contexts = contexts;
    this.config = config;
  }

  /** Reads one entity payload (without {@code @context}) into its item change. */
  @FunctionalInterface
  public interface EntityChangeReader {
    ItemChange read(ObjectNode payload, EntityId id, LdContext ctx);
  }

  /** The items of an array of entities, each read by {@code reader}. */
  public Uni<List<BatchItem>> entities(ApiRequest request, byte[] body, EntityChangeReader reader) {
    RequestPayload payload =
        payloads.read(request.contentType(), request.linkHeaders(), body, false);
    ArrayNode array = array(payload.body());
    List<Element> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      elements.add(element(i, array.get(i), payload));
    }
    return resolveContexts(elements).map(resolved -> items(elements, resolved, reader));
  }

  /** The items of an array of entity ids (Batch Entity Deletion, clause 5.6.10). */
  public List<BatchItem> ids(ApiRequest request, byte[] body) {
    RequestPayload payload =
        payloads.read(request.contentType(), request.linkHeaders(), body, false);
    ArrayNode array = array(payload.body());
    JsonNode context = request.linkContext();
    List<BatchItem> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (!element.isTextual()) {
        throw NgsiLdException.badData("Element " + i + " of the array is not an entity id string");
      }
      try {
        EntityId id = EntityId.of(element.asText());
        items.add(BatchItem.valid(i, id, BatchChanges.delete(id), context));
      } catch (NgsiLdException e) {
        items.add(BatchItem.rejected(i, element.asText(), e));
      }
    }
    return items;
  }

  private ArrayNode array(JsonNode body) {
    if (!body.isArray()) {
      throw NgsiLdException.badData("The body of a batch operation must be a JSON array");
    }
    if (body.isEmpty()) {
      throw NgsiLdException.badData("The batch is empty");
    }
    if (body.size() > config.maxEntities()) {
      throw NgsiLdException.badData(
          "The batch has "
              + body.size()
              + " elements; at most "
              + config.maxEntities()
              + " are accepted in one request");
    }
    return (ArrayNode) body;
  }

  /** One array element: its id as given, the object, its user context or why it has none. */
  private record Element(
      int index, String given, ObjectNode object, JsonNode context, NgsiLdException error) {}

  private static Element element(int index, JsonNode node, RequestPayload payload) {
    if (!node.isObject()) {
      throw NgsiLdException.badData("Element " + index + " of the array is not a JSON object");
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode id = object.has("id") ? object.get("id") : object.get("@id");
    if (id == null || !id.isTextual()) {
      throw NgsiLdException.badData("Element " + index + " of the array has no string 'id'");
    }
    try {
      JsonNode context = payload.contextOf(object);
      object.remove(CONTEXT);
      return new Element(index, id.asText(), object, context, null);
    } catch (NgsiLdException e) {
      return new Element(index, id.asText(), object, null, e);
    }
  }

  /** Resolves each distinct context once; a context that fails fails only its entities. */
  private Uni<Map<JsonNode, Resolved>> resolveContexts(List<Element> elements) {
    Map<JsonNode, Uni<Resolved>> distinct = new HashMap<>();
    for (Element e : elements) {
      if (e.error() == null) {
        distinct.computeIfAbsent(key(e.context()), k -> resolve(e.context()));
      }
    }
    List<JsonNode> keys = new ArrayList<>(distinct.keySet());
    List<Uni<Resolved>> unis = keys.stream().map(distinct::get).toList();
    if (unis.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Uni.join()
        .all(unis)
        .andFailFast()
        .map(
            list -> {
              Map<JsonNode, Resolved> resolved = new HashMap<>();
              for (int i = 0; i < keys.size(); i++) {
                resolved.put(keys.get(i), list.get(i));
              }
              return resolved;
            });
  }

  private Uni<Resolved> resolve(JsonNode context) {
    return Uni.createFrom()
        .deferred(() -> contexts.resolve(context))
        .map(ctx -> new Resolved(ctx, null))
        .onFailure(NgsiLdException.class)
        .recoverWithItem(e -> new Resolved(null, (NgsiLdException) e));
  }

  private record Resolved(LdContext ctx, NgsiLdException error) {}

  private static JsonNode key(JsonNode context) {
    return context == null ? NullNode.instance : context;
  }

  private static List<BatchItem> items(
      List<Element> elements, Map<JsonNode, Resolved> resolved, EntityChangeReader reader) {
    List<BatchItem> items = new ArrayList<>(elements.size());
    for (Element e : elements) {
      if (e.error() != null) {
        items.add(BatchItem.rejected(e.index(), e.given(), e.error()));
        continue;
      }
      Resolved r = resolved.get(key(e.context()));
      items.add(
          r.error() != null
              ? BatchItem.rejected(e.index(), e.given(), r.error())
              : item(e, r.ctx(), reader));
    }
    return items;
  }

  private static BatchItem item(Element e, LdContext ctx, EntityChangeReader reader) {
    try {
      EntityId id = EntityId.of(e.given());
      return BatchItem.valid(e.index(), id, reader.read(e.object(), id, ctx), e.context());
    } catch (NgsiLdException ex) {
      return BatchItem.rejected(e.index(), e.given(), ex);
    } catch (RuntimeException ex) {
      LOG.errorf(ex, "Reading batch element %d failed", e.index());
      return BatchItem.rejected(
          e.index(),
          e.given(),
          new NgsiLdException(ErrorType.INTERNAL_ERROR, "The entity could not be read", ex));
    }
  }
}
