package org.civicbroker.model.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QMember;
import org.civicbroker.model.query.q.QPath;
import org.civicbroker.model.query.q.QPrinter;
import org.civicbroker.model.query.q.QQuery;
import org.civicbroker.model.query.q.QVisitor;

/**
 * A subscription's {@code q} (clause 4.9): the text as given, the query resolved with the creation
 * request's context, and the {@link TermBindings} that resolution used, so that {@link #restore}
 * rebuilds the same query without that context.
 */
public record SubscriptionQ(String text, QQuery query, TermBindings bindings) {

  public SubscriptionQ {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bindings, "bindings");
    if (!query.isResolved()) {
      throw new IllegalArgumentException("the q query must be resolved");
    }
  }

  /** Parses and resolves {@code text}; BadRequestData when it is not a valid q. */
  public static SubscriptionQ read(String text, LdContext ctx) {
    QQuery parsed = QQuery.parse(text);
    TermBindings.Recorder recorder = TermBindings.recording(ctx);
    QQuery resolved = parsed.resolve(recorder);
    return new SubscriptionQ(text, resolved, recorder.bindings());
  }

  /** The same query as {@link #read} gave, from the text and the recorded bindings. */
  public static SubscriptionQ restore(String text, TermBindings bindings) {
    return new SubscriptionQ(text, QQuery.parse(text).resolve(bindings.asContext()), bindings);
  }

  /**
   * The q text for a requester with context {@code ctx}: the text as given when its attribute names
   * mean the same under {@code ctx}, else the canonical text with names compacted by {@code ctx}
   * (an expanded IRI where {@code ctx} has no term for it).
   */
  public String render(LdContext ctx) {
    QExpr asRequesterReadsIt = QQuery.parse(text).resolve(ctx).expr();
    if (pathNames(asRequesterReadsIt).equals(pathNames(query.expr()))) {
      return text;
    }
    return QPrinter.toQ(query.expr().accept(new Compactor(ctx)));
  }

  private static List<List<String>> pathNames(QExpr expr) {
    List<List<String>> names = new ArrayList<>();
    expr.accept(new PathCollector(names));
    return names;
  }

  /** Collects the names of every attribute path, in order. */
  private record PathCollector(List<List<String>> names) implements QVisitor<Void> {
    @Override
    public Void visitAnd(QExpr.And and) {
      and.terms().forEach(t -> t.accept(this));
      return null;
    }

    @Override
    public Void visitOr(QExpr.Or or) {
      or.terms().forEach(t -> t.accept(this));
      return null;
    }

    @Override
    public Void visitExists(QExpr.Exists exists) {
      names.add(exists.path().names());
      return null;
    }

    @Override
    public Void visitNotExists(QExpr.NotExists notExists) {
      names.add(notExists.path().names());
      return null;
    }

    @Override
    public Void visitCompare(QExpr.Compare compare) {
      names.add(compare.path().names());
      return null;
    }

    @Override
    public Void visitMatch(QExpr.Match match) {
      names.add(match.path().names());
      return null;
    }
  }

  /** Rebuilds a resolved tree with compacted attribute names and without vocabulary operands. */
  private record Compactor(LdContext ctx) implements QVisitor<QExpr> {
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
      return new QExpr.Exists(compact(exists.path()));
    }

    @Override
    public QExpr visitNotExists(QExpr.NotExists notExists) {
      return new QExpr.NotExists(compact(notExists.path()));
    }

    @Override
    public QExpr visitCompare(QExpr.Compare c) {
      return new QExpr.Compare(compact(c.path()), c.op(), c.operand());
    }

    @Override
    public QExpr visitMatch(QExpr.Match m) {
      return new QExpr.Match(compact(m.path()), m.regex(), m.negated());
    }

    private QPath compact(QPath path) {
      List<String> names = new ArrayList<>(path.names().size());
      Optional<QMember> member = path.member();
      int last = path.names().size() - 1;
      for (int i = 0; i <= last; i++) {
        String iri = path.names().get(i);
        names.add(
            i == last && member.isPresent() ? member.get().term() : ctx.compactAttributeName(iri));
      }
      return path.withNames(names);
    }
  }
}
