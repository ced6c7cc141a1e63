package org.civicbroker.model.query.q;

/** The comparison operators of clause 4.9 (the pattern operators are {@link QExpr.Match}). */
public enum QOp {
  EQ("=="),
  NE("!="),
  GT(">"),
  GE(">="),
  LT("<"),
  LE("<=");

  private final String symbol;

  QOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** True for {@code ==} and {@code !=}, the only operators that take ranges and value lists. */
  public boolean isEquality() {
    return this == EQ || this == NE;
  }
}
