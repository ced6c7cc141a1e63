package org.civicbroker.broker.entity.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.SystemTimes;

/**
 * Sets system timestamps after an update: instances of the attributes an operation touched are
 * modified now (keeping their creation time when they existed before), new ones are created now,
 * untouched ones keep theirs; the entity keeps its creation time and is modified now.
 */
final class Stamping {
  private Stamping() {}

  static Entity updated(Entity before, Entity after, Set<String> touched, Instant now) {
    Map<String, List<Attribute>> result = new LinkedHashMap<>();
    after
        .attributes()
        .forEach(
            (name, instances) ->
                result.put(
                    name,
                    touched.contains(name)
                        ? restamp(before.attributes(), name, instances, now)
                        : instances));
    return after.withAttributes(Attributes.of(result)).withTimestamps(before.createdAt(), now);
  }

  private static List<Attribute> restamp(
      Attributes before, String name, List<Attribute> instances, Instant now) {
    List<Attribute> list = new ArrayList<>(instances.size());
    for (Attribute instance : instances) {
      Attribute previous = before.instance(name, instance.datasetId()).orElse(null);
      list.add(SystemTimes.replacing(previous, instance, now));
    }
    return list;
  }
}
