package org.civicbroker.model.query.q;

/**
 * A node of a {@code q} expression tree (GS CIM 009 clause 4.9). Immutable; holds no storage
 * details. Trees come from {@link QParser} with compact attribute names and are expanded by {@link
 * QResolver}; consumers walk them with a {@link QVisitor}. {@link #toString()} prints the canonical
 * {@code q} text, which parses back to an equal tree.
 */
public sealed interface QExpr
    permits QExpr.And, QExpr.Or, QExpr.Exists, QExpr.NotExists, QExpr.Compare, QExpr.Match {

  <R> R accept(QVisitor<R> visitor);

  /** Conjunction ({@code ;}) of two or more terms; never directly contains another {@code And}. */
  record And(java.util.List<QExpr> terms) implements QExpr {
    public And {
      terms = java.util.List.copyOf(terms);
    }

    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }

  /** Disjunction ({@code |}) of two or more terms; never directly contains another {@code Or}. */
  record Or(java.util.List<QExpr> terms) implements QExpr {
    public Or {
      terms = java.util.List.copyOf(terms);
    }

    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitOr(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }

  /** Existence: the query term is only an attribute path ({@code q=temperature}). */
  record Exists(QPath path) implements QExpr {
    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitExists(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }

  /** Non-existence {@code !temperature} (an extension: the clause 4.9 ABNF has no negation). */
  record NotExists(QPath path) implements QExpr {
    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitNotExists(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }

  /**
   * A comparison {@code path op operand}. {@code vocabOperand} is null in parsed trees; {@link
   * QResolver} sets it to the operand with every text value expanded as a vocabulary term, which is
   * what VocabProperty targets (and attributes named in {@code expandValues}) compare against.
   */
  record Compare(QPath path, QOp op, QOperand operand, QOperand vocabOperand) implements QExpr {
    public Compare {
      java.util.Objects.requireNonNull(path, "path");
      java.util.Objects.requireNonNull(op, "op");
      java.util.Objects.requireNonNull(operand, "operand");
      if (!(operand instanceof QValue) && !op.isEquality()) {
        throw new IllegalArgumentException("ranges and lists need == or !=");
      }
    }

    public Compare(QPath path, QOp op, QOperand operand) {
      this(path, op, operand, null);
    }

    /** The operand to use for VocabProperty targets: the expanded one once resolved. */
    public QOperand operandForVocab() {
      return vocabOperand == null ? operand : vocabOperand;
    }

    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitCompare(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }

  /** A regular-expression match {@code path~=regex}, or {@code path!~=regex} when negated. */
  record Match(QPath path, QRegex regex, boolean negated) implements QExpr {
    public Match {
      java.util.Objects.requireNonNull(path, "path");
      java.util.Objects.requireNonNull(regex, "regex");
    }

    @Override
    public <R> R accept(QVisitor<R> visitor) {
      return visitor.visitMatch(this);
    }

    @Override
    public String toString() {
      return QPrinter.toQ(this);
    }
  }
}
