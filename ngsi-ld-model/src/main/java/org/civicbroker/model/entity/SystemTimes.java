package org.civicbroker.model.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stamps the system attributes createdAt / modifiedAt (GS CIM 009 clause 4.8) on entities,
 * attribute instances and their sub-attributes.
 */
public final class SystemTimes {
  private SystemTimes() {}

  /** A new entity: everything created and modified now. */
  public static Entity created(Entity entity, Instant now) {
    return entity.withAttributes(stampAll(entity.attributes(), now)).withTimestamps(now, now);
  }

  /** Every instance (recursively) created and modified now. */
  public static Attributes stampAll(Attributes attributes, Instant now) {
    if (attributes.isEmpty()) {
      return attributes;
    }
    Map<String, List<Attribute>> stamped = new LinkedHashMap<>();
    attributes.forEach(
        (name, instances) -> {
          List<Attribute> list = new ArrayList<>(instances.size());
          for (Attribute a : instances) {
            list.add(fresh(a, now));
          }
          stamped.put(name, list);
        });
    return Attributes.of(stamped);
  }

  /** The instance, and its sub-attributes, created and modified now. */
  public static Attribute fresh(Attribute attribute, Instant now) {
    AttributeMeta meta = attribute.meta();
    return attribute.withMeta(
        meta.withSubAttributes(stampAll(meta.subAttributes(), now)).withTimestamps(now, now));
  }

  /**
   * {@code replacement} replacing {@code previous}: keeps the previous creation time, modified now;
   * sub-attributes that existed before keep their creation time too.
   */
  public static Attribute replacing(Attribute previous, Attribute replacement, Instant now) {
    if (previous == null) {
      return fresh(replacement, now);
    }
    Attributes oldSubs = previous.meta().subAttributes();
    Map<String, List<Attribute>> subs = new LinkedHashMap<>();
    replacement
        .meta()
        .subAttributes()
        .forEach(
            (name, instances) -> {
              List<Attribute> list = new ArrayList<>(instances.size());
              for (Attribute sub : instances) {
                list.add(replacing(oldSubs.instance(name, sub.datasetId()).orElse(null), sub, now));
              }
              subs.put(name, list);
            });
    AttributeMeta meta =
        replacement
            .meta()
            .withSubAttributes(Attributes.of(subs))
            .withTimestamps(previous.meta().createdAt(), now);
    return replacement.withMeta(meta);
  }
}
