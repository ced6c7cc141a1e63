package org.civicbroker.broker.entity.store.mongo.query;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QOp;
import org.civicbroker.model.query.q.QOperand;
import org.civicbroker.model.query.q.QPath;
import org.civicbroker.model.query.q.QValue;
import org.civicbroker.model.query.q.QVisitor;

/**
 * Translates a resolved {@code q} tree (clause 4.9) into {@link Bounds} on entity documents, term
 * by term with the model evaluator's semantics: a term holds when ANY instance of the attribute
 * (any datasetId, any sub-attribute instance) has a target satisfying it, so each term becomes one
 * {@code $elemMatch} over the instance array, and everything about one target ({@code !=} as "the
 * target exists and no element equals", both range bounds, an instant's two fields) is decided
 * inside it. Per instance, the target depends on the attribute type ({@link Targets}).
 */
final class QTermTranslator implements QVisitor<Bounds> {
  static final QTermTranslator INSTANCE = new QTermTranslator();

  private QTermTranslator() {}

  @Override
  public Bounds visitAnd(QExpr.And and) {
    return Bounds.and(and.terms().stream().map(t -> t.accept(this)).toList());
  }

  @Override
  public Bounds visitOr(QExpr.Or or) {
    return Bounds.or(or.terms().stream().map(t -> t.accept(this)).toList());
  }

  @Override
  public Bounds visitExists(QExpr.Exists exists) {
    return exists(exists.path());
  }

  @Override
  public Bounds visitNotExists(QExpr.NotExists notExists) {
    return exists(notExists.path()).not();
  }

  @Override
  public Bounds visitCompare(QExpr.Compare c) {
    return perInstance(c.path(), t -> compare(t, c));
  }

  @Override
  public Bounds visitMatch(QExpr.Match m) {
    return perInstance(m.path(), t -> match(t, m));
  }

  private static Bounds exists(QPath path) {
    if (path.member().isEmpty() && !path.hasValuePath()) {
      return Bounds.exact(Cond.elemMatch(Targets.instances(path), Cond.ALL));
    }
    return perInstance(path, QTermTranslator::exists);
  }

  /** Some instance has a target for which {@code test} holds. */
  private static Bounds perInstance(QPath path, Function<Target, Bounds> test) {
    List<Bounds> branches = new ArrayList<>();
    for (Target t : Targets.of(path)) {
      branches.add(guarded(t, test.apply(t)));
    }
    String instances = Targets.instances(path);
    return Bounds.or(branches).map(instance -> Cond.elemMatch(instances, instance));
  }

  private static Bounds guarded(Target t, Bounds b) {
    if (t.type() == null) {
      return b;
    }
    return Bounds.and(Bounds.exact(Cond.of(Filters.eq("type", t.type()))), b);
  }

  private static Bounds exists(Target t) {
    return switch (t.kind()) {
      case GEO, LANGUAGE_MAP -> Bounds.ALL;
      default -> fieldExists(t);
    };
  }

  private static Bounds fieldExists(Target t) {
    Cond exists = Cond.exists(t.field());
    return t.exactPath() ? Bounds.exact(exists) : Bounds.possible(exists);
  }

  private static Bounds compare(Target t, QExpr.Compare c) {
    switch (t.kind()) {
      case GEO:
        return Bounds.NONE;
      case LANGUAGE_MAP:
        return Bounds.possible(Cond.ALL);
      case PREFIX:
        return fieldExists(t);
      case OBJECTS:
        if (!c.op().isEquality()) {
          return Bounds.NONE;
        }
        break;
      default:
        break;
    }
    QOperand operand = t.kind() == Target.Kind.VOCAB ? c.operandForVocab() : c.operand();
    if (c.op() == QOp.NE) {
      return t.exactPath()
          ? Bounds.and(fieldExists(t), includes(t, operand).not())
          : fieldExists(t);
    }
    Bounds b = c.op() == QOp.EQ ? includes(t, operand) : element(t, c.op(), (QValue) operand);
    return t.exactPath() ? b : Bounds.possible(b.possible());
  }

  /** {@code ==}: some element equals the value, lies in the range or equals a listed value. */
  private static Bounds includes(Target t, QOperand operand) {
    if (operand instanceof QOperand.Range r) {
      return t.kind() == Target.Kind.INSTANT
          ? InstantConditions.range(t.field(), r)
          : ElementConditions.range(t.field(), r, t.kind() == Target.Kind.JSON);
    }
    if (operand instanceof QOperand.ValueList l) {
      return Bounds.or(l.values().stream().map(v -> element(t, QOp.EQ, v)).toList());
    }
    return element(t, QOp.EQ, (QValue) operand);
  }

  private static Bounds element(Target t, QOp op, QValue v) {
    return t.kind() == Target.Kind.INSTANT
        ? InstantConditions.compare(t.field(), op, v)
        : ElementConditions.compare(t.field(), op, v, t.kind() == Target.Kind.JSON);
  }

  /**
   * {@code ~=} needs a string element matching, {@code !~=} a string element and none matching.
   * Regular expressions are never decided by the store: RE2 (the model) and the store's engines
   * differ in places, and the embedded server also matches numbers by their text. A positive match
   * with a {@link SafeRegex} narrows candidates with {@code $regex}; otherwise candidates are the
   * instances that have the target.
   */
  private static Bounds match(Target t, QExpr.Match m) {
    return switch (t.kind()) {
      case GEO, OBJECTS, INSTANT -> Bounds.NONE;
      case LANGUAGE_MAP -> Bounds.possible(Cond.ALL);
      case PREFIX -> fieldExists(t);
      default -> {
        if (m.negated() || !SafeRegex.isSafe(m.regex().source())) {
          yield Bounds.possible(fieldExists(t).possible());
        }
        Cond regex = Cond.of(Filters.regex(t.field(), m.regex().source(), "s"));
        yield Bounds.possible(
            t.kind() == Target.Kind.JSON
                ? Cond.or(regex, ElementConditions.typed(t.field()))
                : regex);
      }
    };
  }
}
