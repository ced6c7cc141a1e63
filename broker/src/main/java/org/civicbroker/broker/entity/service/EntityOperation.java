package org.civicbroker.broker.entity.service;

import java.time.Instant;
import org.civicbroker.model.entity.Entity;

/** A pure change of one stored entity, run (and re-run after a lost race) by the service. */
@FunctionalInterface
public interface EntityOperation<R> {
  Outcome<R> apply(Entity current, Instant now);
}
