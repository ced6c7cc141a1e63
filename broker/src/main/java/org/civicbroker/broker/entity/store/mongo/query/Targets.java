package org.civicbroker.broker.entity.store.mongo.query;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.CREATED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.DATASET_ID;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.JSON;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.LANGUAGE_MAP;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.MODIFIED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBJECT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBJECT_LIST;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBSERVED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.SUB;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.UNIT_CODE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VALUE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VALUE_LIST;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VOCAB;

import java.util.ArrayList;
import java.util.List;
import org.civicbroker.broker.entity.store.mongo.EntityFields;
import org.civicbroker.broker.entity.store.mongo.FieldNames;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.query.q.QMember;
import org.civicbroker.model.query.q.QPath;

/**
 * Maps a resolved {@link QPath} onto the entity document layout ({@link EntityFields}), mirroring
 * the model's target rules (clause 4.9): the array of instances to look in ({@link #instances})
 * and, per kind of instance, the field holding the target ({@link #of}).
 *
 * <p>A bracketed value path becomes a dotted path into the stored value. MongoDB follows such paths
 * through arrays much as the model does, but the embedded server also descends into nested arrays
 * and a numeric key also selects an array position, so conditions below a value path are only
 * candidates ({@link Target#exactPath()} false), and a path is cut before its first numeric key. A
 * LanguageProperty's map is a document, so {@code [tag]} is an exact path.
 */
final class Targets {
  private Targets() {}

  /** The path of the instance array: {@code attrs.<attr>(.sub.<sub>)*}. */
  static String instances(QPath path) {
    StringBuilder sb = new StringBuilder(EntityFields.attributePath(path.attribute()));
    for (String sub : path.subAttributes()) {
      sb.append('.').append(SUB).append('.').append(FieldNames.encode(sub));
    }
    return sb.toString();
  }

  /** The targets of the path inside one instance, one per kind of instance that can hold one. */
  static List<Target> of(QPath path) {
    if (path.member().isPresent()) {
      return List.of(member(path.member().get()));
    }
    List<String> keys = path.valuePath();
    if (keys.isEmpty()) {
      return List.of(
          new Target(term(AttributeType.PROPERTY), VALUE, Target.Kind.JSON, true),
          new Target(term(AttributeType.JSON_PROPERTY), JSON, Target.Kind.JSON, true),
          new Target(term(AttributeType.LIST_PROPERTY), VALUE_LIST, Target.Kind.JSON, true),
          new Target(term(AttributeType.GEO_PROPERTY), null, Target.Kind.GEO, true),
          new Target(term(AttributeType.LANGUAGE_PROPERTY), null, Target.Kind.LANGUAGE_MAP, true),
          new Target(term(AttributeType.RELATIONSHIP), OBJECT, Target.Kind.OBJECTS, true),
          new Target(term(AttributeType.LIST_RELATIONSHIP), OBJECT_LIST, Target.Kind.OBJECTS, true),
          new Target(term(AttributeType.VOCAB_PROPERTY), VOCAB, Target.Kind.VOCAB, true));
    }
    int cut = firstNumeric(keys);
    String below = dotted(keys.subList(0, cut));
    Target.Kind kind = cut < keys.size() ? Target.Kind.PREFIX : Target.Kind.JSON;
    List<Target> targets = new ArrayList<>(5);
    targets.add(new Target(term(AttributeType.PROPERTY), VALUE + below, kind, false));
    targets.add(new Target(term(AttributeType.GEO_PROPERTY), VALUE + below, kind, false));
    targets.add(new Target(term(AttributeType.JSON_PROPERTY), JSON + below, kind, false));
    targets.add(new Target(term(AttributeType.LIST_PROPERTY), VALUE_LIST + below, kind, false));
    if (keys.size() == 1) {
      targets.add(language(keys.get(0)));
    }
    return targets;
  }

  /** The LanguageProperty target of {@code [tag]}, or of {@code [*]} (every string). */
  private static Target language(String key) {
    String type = term(AttributeType.LANGUAGE_PROPERTY);
    if (key.equals("*")) {
      return new Target(type, null, Target.Kind.LANGUAGE_MAP, true);
    }
    return new Target(type, LANGUAGE_MAP + "." + FieldNames.encode(key), Target.Kind.JSON, true);
  }

  private static Target member(QMember member) {
    return switch (member) {
      case OBSERVED_AT -> new Target(null, OBSERVED_AT, Target.Kind.INSTANT, true);
      case CREATED_AT -> new Target(null, CREATED_AT, Target.Kind.INSTANT, true);
      case MODIFIED_AT -> new Target(null, MODIFIED_AT, Target.Kind.INSTANT, true);
      case UNIT_CODE -> new Target(null, UNIT_CODE, Target.Kind.STRINGS, true);
      case DATASET_ID -> new Target(null, DATASET_ID, Target.Kind.STRINGS, true);
    };
  }

  /** The index of the first all-digit key (an array position for MongoDB), or the size. */
  private static int firstNumeric(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (!key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return i;
      }
    }
    return keys.size();
  }

  /** {@code .k1.k2} with encoded keys. */
  private static String dotted(List<String> keys) {
    StringBuilder sb = new StringBuilder();
    keys.forEach(key -> sb.append('.').append(FieldNames.encode(key)));
    return sb.toString();
  }

  private static String term(AttributeType type) {
    return type.term();
  }
}
