package org.civicbroker.broker.entity.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.representation.AttributeChange;
import org.civicbroker.model.representation.AttributePatches;
import org.civicbroker.model.representation.EntityFragment;

/** The attribute-level write operations of GS CIM 009 clause 5.6, as pure entity changes. */
public final class AttributeOperations {
  static final String EXISTS = "Attribute exists and noOverwrite was requested";
  static final String MISSING = "No such attribute (or datasetId instance) to update";

  private AttributeOperations() {}

  /** 5.6.3 Append Entity Attributes; with noOverwrite existing instances are reported. */
  public static EntityOperation<UpdateResult> append(EntityFragment fragment, boolean noOverwrite) {
    return (current, now) ->
        apply(
            current,
            fragment,
            now,
            (name, change) -> noOverwrite && exists(current, name, change) ? EXISTS : null);
  }

  /** 5.6.2 Update Entity Attributes: only existing instances are updated. */
  public static EntityOperation<UpdateResult> update(EntityFragment fragment) {
    return (current, now) ->
        apply(
            current,
            fragment,
            now,
            (name, change) -> exists(current, name, change) ? null : MISSING);
  }

  /** 5.6.4 Partial Attribute Update of one existing instance. */
  public static EntityOperation<Void> partialUpdate(String name, AttributeChange change) {
    return (current, now) -> {
      requireInstance(current, name, change.datasetId());
      return changed(current, name, List.of(change), now);
    };
  }

  /** 5.6.19 Replace Attribute: every given instance must exist. */
  public static EntityOperation<Void> replace(String name, List<Attribute> instances) {
    return (current, now) -> {
      List<AttributeChange> changes = new ArrayList<>();
      for (Attribute instance : instances) {
        requireInstance(current, name, instance.datasetId());
        changes.add(new AttributeChange.Replace(instance));
      }
      return changed(current, name, changes, now);
    };
  }

  /** 5.6.5 Delete Attribute: one instance (datasetId, null = default) or all of them. */
  public static EntityOperation<Void> delete(String name, String datasetId, boolean deleteAll) {
    return (current, now) -> {
      AttributeChange change;
      if (deleteAll) {
        if (!current.attributes().contains(name)) {
          throw missing(current, name, null);
        }
        change = new AttributeChange.DeleteAll();
      } else {
        requireInstance(current, name, datasetId);
        change = new AttributeChange.Delete(datasetId);
      }
      return changed(current, name, List.of(change), now);
    };
  }

  private static Outcome<UpdateResult> apply(
      Entity current,
      EntityFragment fragment,
      java.time.Instant now,
      BiFunction<String, AttributeChange, String> refusal) {
    Attributes attributes = current.attributes();
    Set<String> touched = new LinkedHashSet<>();
    List<UpdateResult.NotUpdated> notUpdated = new ArrayList<>();
    for (Map.Entry<String, List<AttributeChange>> e : fragment.attributes().entrySet()) {
      for (AttributeChange change : e.getValue()) {
        String reason = refusal.apply(e.getKey(), change);
        if (reason != null) {
          notUpdated.add(new UpdateResult.NotUpdated(e.getKey(), reason));
        } else {
          attributes = AttributePatches.applyAll(attributes, Map.of(e.getKey(), List.of(change)));
          touched.add(e.getKey());
        }
      }
    }
    UpdateResult result = new UpdateResult(List.copyOf(touched), notUpdated);
    List<String> types = EntityOperations.union(current.types(), fragment.types());
    List<String> scopes = fragment.scopes().orElse(current.scopes());
    if (touched.isEmpty() && types.equals(current.types()) && scopes.equals(current.scopes())) {
      return Outcome.unchanged(result);
    }
    Entity next = current.withAttributes(attributes).withTypes(types).withScopes(scopes);
    return new Outcome<>(Stamping.updated(current, next, touched, now), touched, result);
  }

  private static Outcome<Void> changed(
      Entity current, String name, List<AttributeChange> changes, java.time.Instant now) {
    Attributes attributes = AttributePatches.applyAll(current.attributes(), Map.of(name, changes));
    Entity next = Stamping.updated(current, current.withAttributes(attributes), Set.of(name), now);
    return new Outcome<>(next, Set.of(name), null);
  }

  private static boolean exists(Entity entity, String name, AttributeChange change) {
    return entity.attributes().instance(name, change.datasetId()).isPresent();
  }

  private static void requireInstance(Entity entity, String name, String datasetId) {
    if (entity.attributes().instance(name, datasetId).isEmpty()) {
      throw missing(entity, name, datasetId);
    }
  }

  private static NgsiLdException missing(Entity entity, String name, String datasetId) {
    return NgsiLdException.notFound(
        "Entity "
            + Uris.quote(entity.id().value())
            + " has no attribute "
            + Uris.quote(name)
            + (datasetId == null ? "" : " with datasetId " + Uris.quote(datasetId)));
  }
}
