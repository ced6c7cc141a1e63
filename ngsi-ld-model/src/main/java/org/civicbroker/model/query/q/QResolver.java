package org.civicbroker.model.query.q;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Expands a parsed {@code q} tree with an {@link LdContext} (clause 4.9: every name of an attribute
 * path is expanded as per clause 5.5.7). Attribute and sub-attribute names are expanded as
 * attribute names; a trailing member such as {@code observedAt} becomes its core IRI; keys inside
 * {@code [...]} are JSON member names and stay as written. Text values get a vocabulary-expanded
 * twin ({@link QExpr.Compare#vocabOperand()}) for VocabProperty targets; for attributes named in
 * {@code expandValues} (clause 4.9), the expanded values replace the written ones.
 */
public final class QResolver implements QVisitor<QExpr> {
  private final LdContext context;
  private final Set<String> expandValues;

  private QResolver(LdContext context, Collection<String> expandValues) {
    this.context = context;
    this.expandValues = Set.copyOf(expandValues);
  }

  public static QExpr resolve(QExpr expr, LdContext context) {
    return resolve(expr, context, List.of());
  }

  /**
   * @param expandValues attribute names (compact, as in the {@code expandValues} parameter, or
   *     expanded) whose query values are expanded as vocabulary terms before comparison
   */
  public static QExpr resolve(QExpr expr, LdContext context, Collection<String> expandValues) {
    return expr.accept(new QResolver(context, expandValues));
  }

  @Override
  public QExpr visitAnd(QExpr.And and) {
    return new QExpr.And(and.terms().stream().map(t -> t.accept(this)).toList());
  }

  @Override
  public QExpr visitOr(QExpr.Or or) {
    return new QExpr.Or(or.terms().stream().map(t -> t.accept(this)).toList());
  }

  @Override
  public QExpr visitExists(QExpr.Exists exists) {
    return new QExpr.Exists(expand(exists.path()));
  }

  @Override
  public QExpr visitNotExists(QExpr.NotExists notExists) {
    return new QExpr.NotExists(expand(notExists.path()));
  }

  @Override
  public QExpr visitCompare(QExpr.Compare c) {
    QPath path = expand(c.path());
    QOperand vocab = expandTexts(c.operand());
    boolean expandAll =
        expandValues.contains(c.path().attribute()) || expandValues.contains(path.attribute());
    return new QExpr.Compare(path, c.op(), expandAll ? vocab : c.operand(), vocab);
  }

  @Override
  public QExpr visitMatch(QExpr.Match m) {
    return new QExpr.Match(expand(m.path()), m.regex(), m.negated());
  }

  private QPath expand(QPath path) {
    List<String> names = new ArrayList<>(path.names().size());
    Optional<QMember> member = path.member();
    int last = path.names().size() - 1;
    for (int i = 0; i <= last; i++) {
      String name = path.names().get(i);
      names.add(
          i == last && member.isPresent() ? member.get().iri() : context.expandAttributeName(name));
    }
    return path.withNames(names);
  }

  private QOperand expandTexts(QOperand operand) {
    if (operand instanceof QOperand.Range r) {
      return new QOperand.Range(expandText(r.min()), expandText(r.max()));
    }
    if (operand instanceof QOperand.ValueList l) {
      return new QOperand.ValueList(l.values().stream().map(this::expandText).toList());
    }
    return expandText((QValue) operand);
  }

  private QValue expandText(QValue v) {
    if (v instanceof QValue.QString s) {
      return new QValue.QString(context.expandVocab(s.value()));
    }
    if (v instanceof QValue.QUri u) {
      return new QValue.QUri(context.expandVocab(u.value()));
    }
    return v;
  }
}
