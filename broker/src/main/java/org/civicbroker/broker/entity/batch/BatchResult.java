package org.civicbroker.broker.entity.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a batch operation, item by item in request order; the parts of the
 * BatchOperationResult of GS CIM 009 clause 5.2.16.
 */
public record BatchResult(List<ItemResult> items) {

  public BatchResult {
    List<ItemResult> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(ItemResult::index));
    items = List.copyOf(sorted);
  }

  public static BatchResult merge(List<BatchResult> parts) {
    List<ItemResult> all = new ArrayList<>();
    int offset = 0;
    for (BatchResult part : parts) {
      for (ItemResult r : part.items()) {
        all.add(new ItemResult(offset + r.index(), r.entityId(), r.created(), r.error()));
      }
      offset += part.items().size();
    }
    return new BatchResult(all);
  }

  public boolean allSucceeded() {
    return items.stream().allMatch(ItemResult::succeeded);
  }

  /** The ids of the entities treated successfully, each once, in request order. */
  public List<String> successIds() {
    Set<String> ids = new LinkedHashSet<>();
    items.stream().filter(ItemResult::succeeded).forEach(r -> ids.add(r.entityId()));
    return List.copyOf(ids);
  }

  /** The ids of the entities the batch created, each once, in request order. */
  public List<String> createdIds() {
    Set<String> ids = new LinkedHashSet<>();
    items.stream().filter(ItemResult::created).forEach(r -> ids.add(r.entityId()));
    return List.copyOf(ids);
  }

  /** The failed items, in request order. */
  public List<ItemResult> errors() {
    return items.stream().filter(r -> !r.succeeded()).toList();
  }
}
