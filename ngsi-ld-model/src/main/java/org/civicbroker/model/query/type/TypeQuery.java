package org.civicbroker.model.query.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.civicbroker.model.jsonld.LdContext;

/**
 * An entity type selection (GS CIM 009 clause 4.17, the {@code type} parameter): OR ({@code |} or
 * {@code ,}) of types or of parenthesised AND ({@code ;}) groups. Built by {@link TypeQueryParser}
 * with names as written; {@link #resolve} expands them with {@link LdContext#expandType}. {@link
 * #toString()} prints canonical text that parses back equal.
 */
public sealed interface TypeQuery permits TypeQuery.Or, TypeQuery.And, TypeQuery.Name {

  <R> R accept(TypeQueryVisitor<R> visitor);

  /** The same selection with every type name expanded. */
  TypeQuery resolve(LdContext context);

  /** True when an entity with these (expanded) types is selected. */
  boolean matches(List<String> entityTypes);

  /** Every type name in the selection, in order of appearance. */
  default List<String> names() {
    List<String> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(TypeQuery q, List<String> out) {
    if (q instanceof Name n) {
      out.add(n.type());
    } else if (q instanceof Or o) {
      o.terms().forEach(t -> collect(t, out));
    } else if (q instanceof And a) {
      a.terms().forEach(t -> collect(t, out));
    }
  }

  /** Any of two or more selections. */
  record Or(List<TypeQuery> terms) implements TypeQuery {
    public Or {
      terms = List.copyOf(terms);
    }

    @Override
    public <R> R accept(TypeQueryVisitor<R> visitor) {
      return visitor.visitOr(this);
    }

    @Override
    public TypeQuery resolve(LdContext context) {
      return new Or(terms.stream().map(t -> t.resolve(context)).toList());
    }

    @Override
    public boolean matches(List<String> entityTypes) {
      return terms.stream().anyMatch(t -> t.matches(entityTypes));
    }

    @Override
    public String toString() {
      return terms.stream().map(TypeQuery::toString).collect(Collectors.joining("|"));
    }
  }

  /** All of two or more selections: the entity has every one of these types. */
  record And(List<TypeQuery> terms) implements TypeQuery {
    public And {
      terms = List.copyOf(terms);
    }

    @Override
    public <R> R accept(TypeQueryVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }

    @Override
    public TypeQuery resolve(LdContext context) {
      return new And(terms.stream().map(t -> t.resolve(context)).toList());
    }

    @Override
    public boolean matches(List<String> entityTypes) {
      return terms.stream().allMatch(t -> t.matches(entityTypes));
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

  /** One entity type: a short name or a URI (expanded once resolved). */
  record Name(String type) implements TypeQuery {
    public Name {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(TypeQueryVisitor<R> visitor) {
      return visitor.visitName(this);
    }

    @Override
    public TypeQuery resolve(LdContext context) {
      return new Name(context.expandType(type));
    }

    @Override
    public boolean matches(List<String> entityTypes) {
      return entityTypes.contains(type);
    }

    @Override
    public String toString() {
      return type;
    }
  }
}
