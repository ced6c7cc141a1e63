package org.civicbroker.model.query.scope;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scope query tree (GS CIM 009 clause 4.19): OR of AND of scope patterns. Built by {@link
 * ScopeQParser}; scopes are not expanded by any context. {@link #toString()} prints canonical
 * {@code scopeQ} text that parses back to an equal tree.
 */
public sealed interface ScopeQ permits ScopeQ.Or, ScopeQ.And, ScopeQ.Pattern {

  <R> R accept(ScopeQVisitor<R> visitor);

  /** True when the scopes of an entity satisfy this query (evaluated in memory). */
  default boolean matches(List<String> scopes) {
    return ScopeQEvaluator.matches(this, scopes);
  }

  /** Any of two or more terms ({@code |} or {@code ,}); never directly contains an {@code Or}. */
  record Or(List<ScopeQ> terms) implements ScopeQ {
    public Or {
      terms = List.copyOf(terms);
    }

    @Override
    public <R> R accept(ScopeQVisitor<R> visitor) {
      return visitor.visitOr(this);
    }

    @Override
    public String toString() {
      return terms.stream().map(ScopeQ::toString).collect(Collectors.joining("|"));
    }
  }

  /** All of two or more terms ({@code ;}), each met by some scope of the entity. */
  record And(List<ScopeQ> terms) implements ScopeQ {
    public And {
      terms = List.copyOf(terms);
    }

    @Override
    public <R> R accept(ScopeQVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }

    @Override
    public String toString() {
      return "("
          + terms.stream()
              .map(t -> t instanceof Or ? "(" + t + ")" : t.toString())
              .collect(Collectors.joining(";"))
          + ")";
    }
  }

  /**
   * One scope pattern: its levels, where {@code +} matches any single level, and whether the
   * pattern ends with {@code /#} (the scope and everything below it). {@code /#} alone has no
   * levels and matches any scope.
   */
  record Pattern(List<String> levels, boolean descendants) implements ScopeQ {
    public static final String ANY_LEVEL = "+";

    public Pattern {
      levels = List.copyOf(levels);
      if (levels.isEmpty() && !descendants) {
        throw new IllegalArgumentException("a scope pattern has at least one level");
      }
      levels.forEach(Objects::requireNonNull);
    }

    /** True when {@code scope} (with or without its leading '/') is matched by this pattern. */
    public boolean matchesScope(String scope) {
      List<String> actual = Scopes.levels(scope);
      if (actual.size() < levels.size() || (!descendants && actual.size() != levels.size())) {
        return false;
      }
      for (int i = 0; i < levels.size(); i++) {
        if (!levels.get(i).equals(ANY_LEVEL) && !levels.get(i).equals(actual.get(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * An anchored regular expression matching the stored scope strings this pattern matches (RE2
     * and PCRE syntax), for storage translators: {@code /a/+/#} gives {@code ^/?a/[^/]+(/.*)?$}.
     */
    public String toRegex() {
      if (levels.isEmpty()) {
        return "^.+$";
      }
      String body =
          levels.stream()
              .map(l -> l.equals(ANY_LEVEL) ? "[^/]+" : l)
              .collect(Collectors.joining("/"));
      return "^/?" + body + (descendants ? "(/.*)?$" : "$");
    }

    @Override
    public <R> R accept(ScopeQVisitor<R> visitor) {
      return visitor.visitPattern(this);
    }

    @Override
    public String toString() {
      String path = levels.isEmpty() ? "" : "/" + String.join("/", levels);
      return descendants ? path + "/#" : path;
    }
  }
}
