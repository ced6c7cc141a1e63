package org.civicbroker.model.query.q;

import java.util.List;
import org.civicbroker.model.entity.Entity;

/**
 * Evaluates a resolved {@code q} tree against one entity in memory (clause 4.9 semantics), for
 * subscriptions and for query paths that cannot run in storage:
 *
 * <ul>
 *   <li>a term matches when ANY target (any datasetId instance, any sub-attribute instance)
 *       matches; a missing target never matches, not even {@code !=} or {@code !~=};
 *   <li>{@code ==}: the value (or an element of an array value) equals a query value, lies in the
 *       range, or equals one of the listed values; {@code !=}: the target exists and {@code ==}
 *       does not hold for it (different types are unequal);
 *   <li>{@code > >= < <=}: some element compares so (numbers, strings, temporal values);
 *   <li>Relationship/ListRelationship objects only match {@code ==}/{@code !=}; VocabProperty vocab
 *       IRIs compare with the vocabulary-expanded operand; GeoProperty values only exist;
 *   <li>{@code ~=}: some string element matches the pattern; {@code !~=}: there is a string element
 *       and none matches.
 * </ul>
 */
public final class QEvaluator implements QVisitor<Boolean> {
  private final Entity entity;

  private QEvaluator(Entity entity) {
    this.entity = entity;
  }

  /** True when {@code entity} matches the resolved {@code expr}. */
  public static boolean matches(QExpr expr, Entity entity) {
    return expr.accept(new QEvaluator(entity));
  }

  @Override
  public Boolean visitAnd(QExpr.And and) {
    return and.terms().stream().allMatch(t -> t.accept(this));
  }

  @Override
  public Boolean visitOr(QExpr.Or or) {
    return or.terms().stream().anyMatch(t -> t.accept(this));
  }

  @Override
  public Boolean visitExists(QExpr.Exists exists) {
    return !QTargets.of(exists.path(), entity).isEmpty();
  }

  @Override
  public Boolean visitNotExists(QExpr.NotExists notExists) {
    return QTargets.of(notExists.path(), entity).isEmpty();
  }

  @Override
  public Boolean visitCompare(QExpr.Compare c) {
    return QTargets.of(c.path(), entity).stream().anyMatch(t -> compare(t, c));
  }

  @Override
  public Boolean visitMatch(QExpr.Match m) {
    return QTargets.of(m.path(), entity).stream().anyMatch(t -> match(t, m));
  }

  private static boolean compare(QTarget t, QExpr.Compare c) {
    if (t.kind() == QTarget.Kind.GEO || (t.kind() == QTarget.Kind.OBJECT && !c.op().isEquality())) {
      return false;
    }
    QOperand operand = t.kind() == QTarget.Kind.VOCAB ? c.operandForVocab() : c.operand();
    return switch (c.op()) {
      case EQ -> includes(t.elements(), operand);
      case NE -> !includes(t.elements(), operand);
      default -> ordered(t.elements(), c.op(), (QValue) operand);
    };
  }

  private static boolean includes(List<Object> elements, QOperand operand) {
    for (Object e : elements) {
      if (operand instanceof QValue v && QScalars.equal(e, v)
          || operand instanceof QOperand.Range r && inRange(e, r)
          || operand instanceof QOperand.ValueList l && inList(e, l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRange(Object e, QOperand.Range r) {
    Integer low = QScalars.compare(e, r.min());
    Integer high = QScalars.compare(e, r.max());
    return low != null && high != null && low >= 0 && high <= 0;
  }

  private static boolean inList(Object e, QOperand.ValueList l) {
    return l.values().stream().anyMatch(v -> QScalars.equal(e, v));
  }

  private static boolean ordered(List<Object> elements, QOp op, QValue value) {
    if (value instanceof QValue.QBoolean) {
      return false;
    }
    for (Object e : elements) {
      Integer c = QScalars.compare(e, value);
      if (c != null && holds(op, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(QOp op, int c) {
    return switch (op) {
      case GT -> c > 0;
      case GE -> c >= 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      default -> throw new IllegalStateException(op.name());
    };
  }

  private static boolean match(QTarget t, QExpr.Match m) {
    if (t.kind() == QTarget.Kind.GEO || t.kind() == QTarget.Kind.OBJECT) {
      return false;
    }
    List<String> strings =
        t.elements().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    boolean any = strings.stream().anyMatch(m.regex()::find);
    return m.negated() ? !strings.isEmpty() && !any : any;
  }
}
