package org.civicbroker.model.query.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;

/**
 * Finds the targets of a resolved {@link QPath} in an entity (clause 4.9): every instance (any
 * datasetId) of the attribute, then of each sub-attribute; then the instance's member (e.g.
 * observedAt) or its value, followed into the value by the bracketed path. A path that leads to
 * nothing yields no target ("non-existent").
 */
final class QTargets {
  private QTargets() {}

  static List<QTarget> of(QPath path, Entity entity) {
    List<Attribute> instances = entity.attributes().get(path.attribute());
    for (String sub : path.subAttributes()) {
      List<Attribute> next = new ArrayList<>();
      for (Attribute a : instances) {
        next.addAll(a.meta().subAttributes().get(sub));
      }
      instances = next;
    }
    List<QTarget> targets = new ArrayList<>(instances.size());
    for (Attribute a : instances) {
      QTarget t =
          path.member().isPresent() ? member(a.meta(), path.member().get()) : value(a, path);
      if (t != null) {
        targets.add(t);
      }
    }
    return targets;
  }

  private static QTarget member(AttributeMeta meta, QMember member) {
    Object v =
        switch (member) {
          case OBSERVED_AT -> meta.observedAt();
          case CREATED_AT -> meta.createdAt();
          case MODIFIED_AT -> meta.modifiedAt();
          case UNIT_CODE -> meta.unitCode();
          case DATASET_ID -> meta.datasetId();
        };
    return v == null ? null : new QTarget(List.of(v), QTarget.Kind.VALUE);
  }

  private static QTarget value(Attribute a, QPath path) {
    List<String> keys = path.valuePath();
    if (a instanceof Property p) {
      return json(p.value(), keys);
    } else if (a instanceof JsonProperty j) {
      return json(j.json(), keys);
    } else if (a instanceof ListProperty l) {
      return json(l.valueList(), keys);
    } else if (a instanceof GeoProperty g) {
      return keys.isEmpty() ? new QTarget(List.of(), QTarget.Kind.GEO) : json(g.value(), keys);
    } else if (a instanceof LanguageProperty lp) {
      return language(lp, keys);
    } else if (a instanceof Relationship r) {
      return keys.isEmpty() ? new QTarget(List.copyOf(r.objects()), QTarget.Kind.OBJECT) : null;
    } else if (a instanceof ListRelationship lr) {
      return keys.isEmpty() ? new QTarget(List.copyOf(lr.objectList()), QTarget.Kind.OBJECT) : null;
    } else if (a instanceof VocabProperty v) {
      return keys.isEmpty() ? new QTarget(List.copyOf(v.vocab()), QTarget.Kind.VOCAB) : null;
    }
    return null;
  }

  private static QTarget json(JsonNode value, List<String> keys) {
    List<JsonNode> nodes = JsonPaths.follow(value, keys);
    if (nodes.isEmpty()) {
      return null;
    }
    List<Object> elements = new ArrayList<>();
    for (JsonNode n : nodes) {
      JsonScalars.addElements(n, elements);
    }
    return new QTarget(elements, QTarget.Kind.VALUE);
  }

  /** Without a key: all strings of the map; {@code [tag]}: that language; {@code [*]}: all. */
  private static QTarget language(LanguageProperty lp, List<String> keys) {
    if (keys.size() > 1) {
      return null;
    }
    List<Object> elements = new ArrayList<>();
    if (keys.isEmpty() || keys.get(0).equals("*")) {
      lp.languageMap().elements().forEachRemaining(n -> JsonScalars.addElements(n, elements));
    } else {
      JsonNode n = lp.languageMap().get(keys.get(0));
      if (n == null) {
        return null;
      }
      JsonScalars.addElements(n, elements);
    }
    return new QTarget(elements, QTarget.Kind.VALUE);
  }
}
