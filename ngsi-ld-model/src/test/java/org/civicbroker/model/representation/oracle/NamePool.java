package org.civicbroker.model.representation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civicbroker.model.jsonld.ContextArbitraries;
import org.civicbroker.model.representation.Members;
import org.civicbroker.model.representation.Names;

/**
 * The names an entity is built from, for one generated context: terms the context defines (also in
 * its scoped contexts), undefined words (default vocabulary), compact IRIs with the generated
 * prefixes, absolute IRIs, {@code ngsi-ld:} compact IRIs and the core terms {@code location} and
 * {@code description}. Only valid NGSI-LD names (clause 4.6.2) that are not reserved member names.
 */
final class NamePool {
  private final List<String> defined;
  private final List<String> scoped;
  private final List<String> words;
  private final List<String> curies;
  private final List<String> iris;

  NamePool(JsonNode context) {
    Set<String> terms = new LinkedHashSet<>();
    Set<String> withScope = new LinkedHashSet<>();
    collectTerms(context, terms, withScope);
    this.defined = valid(terms);
    this.scoped = valid(withScope);
    this.words = valid(ContextArbitraries.WORDS);
    List<String> c = new ArrayList<>();
    List<String> i = new ArrayList<>();
    for (String w : words) {
      ContextArbitraries.PREFIXES.forEach(p -> c.add(p + ":" + w));
      c.add("ngsi-ld:" + w);
      ContextArbitraries.NAMESPACES.forEach(ns -> i.add(ns + w));
    }
    this.curies = valid(c);
    this.iris = valid(i);
  }

  /**
   * A name: 30% terms with a scoped context (when any), else 45% defined terms (when any), else
   * words, compact IRIs, IRIs and core terms.
   */
  String pick(Random r) {
    if (!scoped.isEmpty() && r.nextInt(10) < 3) {
      return one(r, scoped);
    }
    int roll = r.nextInt(20);
    if (roll < 9 && !defined.isEmpty()) {
      return one(r, defined);
    }
    if (roll < 13) {
      return one(r, words);
    }
    if (roll < 17) {
      return one(r, curies);
    }
    if (roll < 19) {
      return one(r, iris);
    }
    return r.nextBoolean() ? "location" : "description";
  }

  /** All names of the pool. */
  List<String> all() {
    List<String> all = new ArrayList<>(defined);
    all.addAll(words);
    all.addAll(curies);
    all.addAll(iris);
    return all;
  }

  static <T> T one(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private static List<String> valid(Iterable<String> names) {
    List<String> result = new ArrayList<>();
    for (String n : names) {
      if (Names.isValid(n) && !Members.RESERVED_NAMES.contains(n) && !result.contains(n)) {
        result.add(n);
      }
    }
    return result;
  }

  /** Keys of every context object, recursing into scoped contexts; those that have one. */
  private static void collectTerms(JsonNode context, Set<String> terms, Set<String> withScope) {
    if (context == null) {
      return;
    }
    if (context.isArray()) {
      context.forEach(item -> collectTerms(item, terms, withScope));
    } else if (context.isObject()) {
      context
          .properties()
          .forEach(
              e -> {
                if (!e.getKey().startsWith("@")) {
                  terms.add(e.getKey());
                  if (e.getValue().isObject() && e.getValue().has("@context")) {
                    withScope.add(e.getKey());
                    collectTerms(e.getValue().get("@context"), terms, withScope);
                  }
                }
              });
    }
  }
}
