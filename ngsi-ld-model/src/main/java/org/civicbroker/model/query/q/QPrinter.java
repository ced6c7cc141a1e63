package org.civicbroker.model.query.q;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Prints {@link QExpr} trees: {@link #toQ} as canonical {@code q} text (parses back to an equal
 * tree), {@link #toTree} as an explicit s-expression showing structure and value types (used by
 * tests and diagnostics).
 */
public final class QPrinter {
  private QPrinter() {}

  /** Canonical q text: no whitespace, OR groups inside AND in parentheses, regexes quoted. */
  public static String toQ(QExpr expr) {
    return expr.accept(new QText());
  }

  /** An s-expression such as {@code (and (== a num:1) (exists b.c))}. */
  public static String toTree(QExpr expr) {
    return expr.accept(new TreeText());
  }

  static String path(QPath path) {
    String names = String.join(".", path.names());
    return path.hasValuePath() ? names + "[" + String.join(".", path.valuePath()) + "]" : names;
  }

  static String operand(QOperand operand) {
    if (operand instanceof QOperand.Range r) {
      return value(r.min()) + ".." + value(r.max());
    }
    if (operand instanceof QOperand.ValueList l) {
      return l.values().stream().map(QPrinter::value).collect(Collectors.joining(","));
    }
    return value((QValue) operand);
  }

  static String value(QValue value) {
    if (value instanceof QValue.QNumber n) {
      return n.value().toString();
    } else if (value instanceof QValue.QString s) {
      return quote(s.value());
    } else if (value instanceof QValue.QBoolean b) {
      return Boolean.toString(b.value());
    } else if (value instanceof QValue.QDateTime dt) {
      return dt.value().toString();
    } else if (value instanceof QValue.QDate d) {
      return d.value().toString();
    } else if (value instanceof QValue.QTime t) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format(t.value()) + "Z";
    }
    return ((QValue.QUri) value).value();
  }

  /** A JSON string literal for {@code s}. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static final class QText implements QVisitor<String> {
    @Override
    public String visitAnd(QExpr.And and) {
      return and.terms().stream()
          .map(t -> t instanceof QExpr.Or ? "(" + t.accept(this) + ")" : t.accept(this))
          .collect(Collectors.joining(";"));
    }

    @Override
    public String visitOr(QExpr.Or or) {
      return or.terms().stream().map(t -> t.accept(this)).collect(Collectors.joining("|"));
    }

    @Override
    public String visitExists(QExpr.Exists exists) {
      return path(exists.path());
    }

    @Override
    public String visitNotExists(QExpr.NotExists notExists) {
      return "!" + path(notExists.path());
    }

    @Override
    public String visitCompare(QExpr.Compare c) {
      return path(c.path()) + c.op().symbol() + operand(c.operand());
    }

    @Override
    public String visitMatch(QExpr.Match m) {
      return path(m.path()) + (m.negated() ? "!~=" : "~=") + quote(m.regex().source());
    }
  }

  private static final class TreeText implements QVisitor<String> {
    @Override
    public String visitAnd(QExpr.And and) {
      return "(and " + and.terms().stream().map(t -> t.accept(this)).collect(joining()) + ")";
    }

    @Override
    public String visitOr(QExpr.Or or) {
      return "(or " + or.terms().stream().map(t -> t.accept(this)).collect(joining()) + ")";
    }

    @Override
    public String visitExists(QExpr.Exists exists) {
      return "(exists " + path(exists.path()) + ")";
    }

    @Override
    public String visitNotExists(QExpr.NotExists notExists) {
      return "(not-exists " + path(notExists.path()) + ")";
    }

    @Override
    public String visitCompare(QExpr.Compare c) {
      return "(" + c.op().symbol() + " " + path(c.path()) + " " + typedOperand(c.operand()) + ")";
    }

    @Override
    public String visitMatch(QExpr.Match m) {
      return "(" + (m.negated() ? "!~=" : "~=") + " " + path(m.path()) + " " + m.regex() + ")";
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joining() {
      return Collectors.joining(" ");
    }

    private static String typedOperand(QOperand operand) {
      if (operand instanceof QOperand.Range r) {
        return "range(" + typed(r.min()) + "," + typed(r.max()) + ")";
      }
      if (operand instanceof QOperand.ValueList l) {
        return "list("
            + l.values().stream().map(TreeText::typed).collect(Collectors.joining(","))
            + ")";
      }
      return typed((QValue) operand);
    }

    private static String typed(QValue v) {
      String kind =
          switch (v.getClass().getSimpleName()) {
            case "QNumber" -> "num";
            case "QString" -> "str";
            case "QBoolean" -> "bool";
            case "QDateTime" -> "datetime";
            case "QDate" -> "date";
            case "QTime" -> "time";
            default -> "uri";
          };
      return kind + ":" + value(v);
    }
  }
}
