package org.civicbroker.bench.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's pre-created entities: {@code ctx.entities()} sensors spread over {@code types}
 * run-unique types, created in bulk before the load and deleted after it.
 */
final class Population {
  private final ScenarioContext ctx;
  private final String kind;
  private final int types;
  private final EntityFactory factory;

  Population(ScenarioContext ctx, String kind, int types) {
    this.ctx = ctx;
    this.kind = kind;
    this.types = types;
    this.factory = new EntityFactory(ctx.seed());
  }

  int size() {
    return ctx.entities();
  }

  int types() {
    return types;
  }

  String id(int n) {
    return ctx.entityId(kind, n);
  }

  String type(int n) {
    return ctx.entityType(kind, n % types);
  }

  void create() {
    ctx.log()
        .accept(
            "setup: creating "
                + size()
                + " "
                + kind
                + " entities ("
                + types
                + (types == 1 ? " type)" : " types)"));
    ctx.bulk().upsert(size(), i -> factory.entity(id(i), type(i), i));
  }

  /** Deletes the population; logs instead of throwing. */
  void delete() {
    deleteIds(ctx, ids(size()));
  }

  List<String> ids(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(id(i));
    }
    return ids;
  }

  /** Deletes entities; logs instead of throwing, as teardown must go on. */
  static void deleteIds(ScenarioContext ctx, List<String> ids) {
    try {
      long failed = ctx.bulk().delete(ids);
      if (failed > 0) {
        ctx.log().accept("teardown: " + failed + " of " + ids.size() + " entities not deleted");
      }
    } catch (RuntimeException e) {
      ctx.log().accept("teardown: deleting entities failed: " + e.getMessage());
    }
  }
}
