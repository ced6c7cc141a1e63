package org.civicbroker.broker.entity.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.broker.entity.service.AttributeOperations;
import org.civicbroker.broker.entity.service.EntityOperation;
import org.civicbroker.broker.entity.service.EntityOperations;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.entity.service.Outcome;
import org.civicbroker.broker.entity.service.UpdateResult;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.SystemTimes;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.representation.AttributeChange;
import org.civicbroker.model.representation.EntityFragment;

/**
 * The item changes of the batch operations, built on the single-entity operations of the entity
 * service so that a batch item behaves exactly like the corresponding single request.
 */
public final class BatchChanges {
  private BatchChanges() {}

  /** 5.6.7 Batch Entity Creation: like Create Entity (5.6.1); AlreadyExists when it exists. */
  public static ItemChange create(Entity entity) {
    return (current, now) -> {
      if (current != null) {
        throw new NgsiLdException(
            ErrorType.ALREADY_EXISTS, "Entity already exists: " + Uris.quote(entity.id().value()));
      }
      return created(entity, now);
    };
  }

  /**
   * 5.6.8 Batch Entity Upsert with {@code options=replace}: created when absent, else replaced
   * whole as by Replace Entity (5.6.18).
   */
  public static ItemChange upsertReplace(Entity entity) {
    return (current, now) ->
        current == null
            ? created(entity, now)
            : step(current, now, EntityOperations.replace(entity), ChangeKind.REPLACED);
  }

  /**
   * 5.6.8 Batch Entity Upsert with {@code options=update}: created when absent, else its attributes
   * appended with overwrite as by Append Entity Attributes (5.6.3).
   */
  public static ItemChange upsertUpdate(Entity entity) {
    EntityFragment fragment = fragmentOf(entity);
    return (current, now) ->
        current == null ? created(entity, now) : appended(current, fragment, false, now);
  }

  /**
   * 5.6.9 Batch Entity Update: the entity must exist; its attributes are appended as by Append
   * Entity Attributes (5.6.3), with {@code noOverwrite} keeping existing ones, which then makes the
   * item an error (BadRequestData naming them) although the other attributes were written.
   */
  public static ItemChange update(EntityId id, EntityFragment fragment, boolean noOverwrite) {
    return (current, now) -> appended(require(current, id), fragment, noOverwrite, now);
  }

  /** 5.6.20 Batch Entity Merge: the entity must exist; merged as by Merge Entity (5.6.17). */
  public static ItemChange merge(EntityId id, EntityFragment fragment) {
    return (current, now) ->
        step(require(current, id), now, EntityOperations.merge(fragment), ChangeKind.UPDATED);
  }

  /** 5.6.10 Batch Entity Deletion: the entity must exist (ResourceNotFound otherwise). */
  public static ItemChange delete(EntityId id) {
    return (current, now) ->
        new Step(null, ChangeKind.DELETED, require(current, id).attributes().names(), false, null);
  }

  private static Step created(Entity entity, Instant now) {
    return new Step(
        SystemTimes.created(entity, now),
        ChangeKind.CREATED,
        entity.attributes().names(),
        true,
        null);
  }

  private static Step step(
      Entity current, Instant now, EntityOperation<?> operation, ChangeKind kind) {
    Outcome<?> outcome = operation.apply(current, now);
    return outcome.writes()
        ? new Step(outcome.next(), kind, outcome.changed(), false, null)
        : Step.unchanged(current);
  }

  private static Step appended(
      Entity current, EntityFragment fragment, boolean noOverwrite, Instant now) {
    Outcome<UpdateResult> outcome =
        AttributeOperations.append(fragment, noOverwrite).apply(current, now);
    NgsiLdException report = notUpdated(current, outcome.result());
    return outcome.writes()
        ? new Step(outcome.next(), ChangeKind.UPDATED, outcome.changed(), false, report)
        : Step.unchanged(current, report);
  }

  private static NgsiLdException notUpdated(Entity entity, UpdateResult result) {
    if (result.complete()) {
      return null;
    }
    StringBuilder detail =
        new StringBuilder("Entity ").append(Uris.quote(entity.id().value())).append(": ");
    for (UpdateResult.NotUpdated n : result.notUpdated()) {
      detail.append("attribute ").append(Uris.quote(n.attributeName()));
      detail.append(" not updated (").append(n.reason()).append("); ");
    }
    return NgsiLdException.badData(detail.substring(0, detail.length() - 2));
  }

  private static Entity require(Entity current, EntityId id) {
    if (current == null) {
      throw EntityService.notFound(id);
    }
    return current;
  }

  /** A complete entity as an Append fragment: every instance replaces its namesake. */
  static EntityFragment fragmentOf(Entity entity) {
    Map<String, List<AttributeChange>> changes = new LinkedHashMap<>();
    entity
        .attributes()
        .forEach(
            (name, instances) ->
                changes.put(
                    name,
                    instances.stream()
                        .<AttributeChange>map((Attribute a) -> new AttributeChange.Replace(a))
                        .toList()));
    Optional<List<String>> scopes =
        entity.scopes().isEmpty() ? Optional.empty() : Optional.of(entity.scopes());
    return new EntityFragment(entity.types(), scopes, changes);
  }
}
