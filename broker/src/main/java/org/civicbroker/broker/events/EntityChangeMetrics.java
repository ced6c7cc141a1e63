package org.civicbroker.broker.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts entity changes by kind ({@code ngsild_entity_changes_total{kind=...}} in /q/metrics). */
@ApplicationScoped
public class EntityChangeMetrics {
  private final Map<ChangeKind, Counter> counters = new EnumMap<>(ChangeKind.class);

  @Inject
  public EntityChangeMetrics(MeterRegistry registry) {
    for (ChangeKind kind : ChangeKind.values()) {
      counters.put(
          kind,
          Counter.builder("ngsild.entity.changes")
              .description("Committed entity writes, by kind")
              .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
              .register(registry));
    }
  }

  @Incoming(EntityChangePublisher.CHANNEL)
  public void count(EntityChange change) {
    counters.get(change.kind()).increment();
  }
}
