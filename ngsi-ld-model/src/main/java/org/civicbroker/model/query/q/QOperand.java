package org.civicbroker.model.query.q;

import java.util.List;

/**
 * The right-hand side of a comparison: a single {@link QValue}, a {@link Range} ({@code 1..5}) or a
 * {@link ValueList} ({@code 1,2,3}). Ranges and lists are only allowed with {@code ==} and {@code
 * !=} (ABNF production CompEqualityValue).
 */
public sealed interface QOperand permits QValue, QOperand.Range, QOperand.ValueList {

  /** Inclusive range {@code min..max} (production Range: two ComparableValues). */
  record Range(QValue min, QValue max) implements QOperand {
    public Range {
      if (!min.isComparable() || !max.isComparable()) {
        throw new IllegalArgumentException("range bounds must be comparable values");
      }
    }

    @Override
    public String toString() {
      return QPrinter.operand(this);
    }
  }

  /** Two or more values (production ValueList). */
  record ValueList(List<QValue> values) implements QOperand {
    public ValueList {
      values = List.copyOf(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("a value list has at least two values");
      }
    }

    @Override
    public String toString() {
      return QPrinter.operand(this);
    }
  }
}
