package org.civicbroker.broker.entity.store.mongo.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The test of one comparison on the elements of a field: {@code ops}, an operator document that an
 * element surely satisfies the comparison when it satisfies them and is of none of the {@code
 * notTypes} (null: no such certainty), and {@code possible}, a filter on the field's holder that
 * every instance with a satisfying element matches. {@code exact}: the element test decides the
 * comparison and {@code possible} is {@code {field: ops}}.
 */
record ElementTest(Document ops, List<String> notTypes, Cond possible, boolean exact) {
  ElementTest {
    notTypes = List.copyOf(notTypes);
  }

  static final ElementTest NEVER = new ElementTest(null, List.of(), Cond.NONE, true);

  /** A test decided exactly by {@code ops}. */
  static ElementTest exact(String field, Document ops) {
    return new ElementTest(ops, List.of(), Cond.field(field, ops), true);
  }

  /** A test with only a candidate filter. */
  static ElementTest candidates(Cond possible) {
    return new ElementTest(null, List.of(), possible, false);
  }

  boolean hasSure() {
    return ops != null;
  }

  /** The operators plus the excluded types, as one operator document. */
  Document sureOps() {
    return withNotTypes(ops, notTypes);
  }

  /** The filter {@code {field: sureOps}}: some element satisfies every operator. */
  Cond sure(String field) {
    return ops == null ? Cond.NONE : Cond.field(field, sureOps());
  }

  Bounds bounds(String field) {
    return exact ? Bounds.exact(possible) : new Bounds(sure(field), possible);
  }

  /**
   * Both tests on ONE element: an {@code $elemMatch} for array fields, the operators on the value
   * itself otherwise. (Several operators on an array field may be met by different elements in
   * MongoDB, so they are never just put side by side.)
   */
  static Cond sameElement(String field, ElementTest a, ElementTest b) {
    Document ops = new Document(a.ops);
    for (String key : b.ops.keySet()) {
      if (ops.containsKey(key)) {
        return Cond.NONE;
      }
      ops.append(key, b.ops.get(key));
    }
    List<String> notTypes = new ArrayList<>(a.notTypes);
    b.notTypes.stream().filter(t -> !notTypes.contains(t)).forEach(notTypes::add);
    Document inArray = new Document("$elemMatch", withNotTypes(ops, notTypes));
    List<String> scalarNotTypes = new ArrayList<>(notTypes);
    scalarNotTypes.add("array");
    return Cond.or(
        Cond.field(field, inArray), Cond.field(field, withNotTypes(ops, scalarNotTypes)));
  }

  private static Document withNotTypes(Document ops, List<String> notTypes) {
    if (notTypes.isEmpty()) {
      return ops;
    }
    Object types = notTypes.size() == 1 ? notTypes.get(0) : notTypes;
    return new Document(ops).append("$not", new Document("$type", types));
  }
}
