package org.civicbroker.model.query.q;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.Temporals;

/**
 * Parses the {@code q} parameter (GS CIM 009 clause 4.9) into a {@link QExpr} tree with compact
 * names. Recursive descent over this grammar, a superset of the ABNF (nested parentheses, the
 * {@code !attr} non-existence test, optional whitespace between tokens):
 *
 * <pre>
 * query = or
 * or    = and *("|" and)           ; AND binds tighter than OR
 * and   = unary *(";" unary)
 * unary = "(" or ")" / term
 * term  = "!" path / path [op operand / ("~=" / "!~=") regex]
 * path  = name *("." name) ["[" key *("." key) "]"]
 * operand = value [".." value / 1*("," value)]
 * </pre>
 *
 * Syntax errors are {@code BadRequestData} with the position; exceeding the {@link QLimits} is
 * {@code TooComplexQuery}. Instances are stateless and thread-safe.
 */
public final class QParser {
  private final QLimits limits;

  public QParser(QLimits limits) {
    this.limits = limits;
  }

  /** Parses with {@link QLimits#DEFAULT}. */
  public static QExpr parseDefault(String q) {
    return new QParser(QLimits.DEFAULT).parse(q);
  }

  public QExpr parse(String q) {
    if (q == null || q.isBlank()) {
      throw NgsiLdException.badData("q: empty query");
    }
    if (q.length() > limits.maxLength()) {
      throw tooComplex("longer than " + limits.maxLength() + " characters");
    }
    return new Run(q).query();
  }

  private static NgsiLdException tooComplex(String why) {
    return new NgsiLdException(ErrorType.TOO_COMPLEX_QUERY, "q: query too complex: " + why);
  }

  /** The state of one parse. */
  private final class Run {
    private final QLexer lexer;
    private int depth;
    private int terms;

    Run(String q) {
      this.lexer = new QLexer(q);
    }

    QExpr query() {
      QExpr expr = or();
      if (!lexer.atEnd()) {
        throw lexer.peek() == ')'
            ? lexer.error("unbalanced ')'", lexer.pos())
            : lexer.expected("';', '|' or end of input");
      }
      return expr;
    }

    private QExpr or() {
      List<QExpr> parts = new ArrayList<>();
      do {
        add(parts, and(), QExpr.Or.class);
      } while (lexer.accept('|'));
      return parts.size() == 1 ? parts.get(0) : new QExpr.Or(parts);
    }

    private QExpr and() {
      List<QExpr> parts = new ArrayList<>();
      do {
        add(parts, unary(), QExpr.And.class);
      } while (lexer.accept(';'));
      return parts.size() == 1 ? parts.get(0) : new QExpr.And(parts);
    }

    private void add(List<QExpr> parts, QExpr e, Class<? extends QExpr> flatten) {
      if (e instanceof QExpr.And a && flatten == QExpr.And.class) {
        parts.addAll(a.terms());
      } else if (e instanceof QExpr.Or o && flatten == QExpr.Or.class) {
        parts.addAll(o.terms());
      } else {
        parts.add(e);
      }
    }

    private QExpr unary() {
      if (!lexer.accept('(')) {
        return term();
      }
      if (++depth > limits.maxDepth()) {
        throw tooComplex("parentheses nested deeper than " + limits.maxDepth());
      }
      QExpr inner = or();
      if (!lexer.accept(')')) {
        throw lexer.expected("';', '|' or ')'");
      }
      depth--;
      return inner;
    }

    private QExpr term() {
      if (++terms > limits.maxTerms()) {
        throw tooComplex("more than " + limits.maxTerms() + " terms");
      }
      if (lexer.accept('!')) {
        QPath path = path();
        QToken op = lexer.operator();
        if (op != null) {
          throw lexer.error("'!' negates an attribute path only; use != or !~=", op.start());
        }
        return new QExpr.NotExists(path);
      }
      QPath path = path();
      QToken op = lexer.operator();
      if (op == null && lexer.peek() == '=') {
        throw lexer.expected("an operator such as '=='");
      }
      if (op == null) {
        expectTermEnd("an operator, ';' or '|'");
        return new QExpr.Exists(path);
      }
      QExpr expr =
          switch (op.text()) {
            case "~=" -> new QExpr.Match(path, regex(), false);
            case "!~=" -> new QExpr.Match(path, regex(), true);
            default -> new QExpr.Compare(path, toOp(op.text()), operand(op));
          };
      expectTermEnd("';' or '|'");
      return expr;
    }

    private QRegex regex() {
      QToken token = lexer.regex();
      try {
        return QRegex.of(token.text());
      } catch (NgsiLdException e) {
        throw lexer.error(e.detail().substring("q: ".length()), token.start());
      }
    }

    private void expectTermEnd(String what) {
      int c = lexer.peek();
      if (c != -1 && c != ';' && c != '|' && c != ')') {
        throw lexer.expected(what);
      }
    }

    private QPath path() {
      List<String> names = new ArrayList<>();
      int start = lexer.pos();
      names.add(lexer.name().text());
      while (lexer.accept('.')) {
        QToken name = lexer.name();
        if (names.size() > 1 && QMember.of(names.get(names.size() - 1)).isPresent()) {
          throw lexer.error(names.get(names.size() - 1) + " can only end a path", name.start());
        }
        names.add(name.text());
      }
      List<String> valuePath = new ArrayList<>();
      if (lexer.accept('[')) {
        if (names.size() > 1 && QMember.of(names.get(names.size() - 1)).isPresent()) {
          throw lexer.error("a path ending with a member has no [...] part", start);
        }
        do {
          valuePath.add(lexer.key().text());
        } while (lexer.accept('.'));
        if (!lexer.accept(']')) {
          throw lexer.expected("'.' or ']'");
        }
      }
      return new QPath(names, valuePath);
    }

    private QOperand operand(QToken op) {
      QToken first = lexer.value();
      QValue value = toValue(first);
      boolean equality = op.text().equals("==") || op.text().equals("!=");
      if (lexer.acceptDots()) {
        QToken second = lexer.value();
        return range(op, equality, first, value, second);
      }
      if (lexer.peek() == ',') {
        return list(op, equality, value);
      }
      if (value instanceof QValue.QBoolean && !equality) {
        throw lexer.error("'" + op.text() + "' cannot compare booleans", first.start());
      }
      return value;
    }

    private QOperand range(QToken op, boolean eq, QToken first, QValue min, QToken second) {
      if (!eq) {
        throw lexer.error("a range needs == or != but found '" + op.text() + "'", op.start());
      }
      QValue max = toValue(second);
      if (!min.isComparable() || !max.isComparable() || min.getClass() != max.getClass()) {
        throw lexer.error(
            "range bounds must be two numbers, strings, dates, times or date-times of one type",
            first.start());
      }
      return new QOperand.Range(min, max);
    }

    private QOperand list(QToken op, boolean equality, QValue firstValue) {
      if (!equality) {
        throw lexer.error("a value list needs == or != but found '" + op.text() + "'", op.start());
      }
      List<QValue> values = new ArrayList<>();
      values.add(firstValue);
      while (lexer.accept(',')) {
        if (values.size() >= limits.maxListValues()) {
          throw tooComplex("more than " + limits.maxListValues() + " values in a list");
        }
        values.add(toValue(lexer.value()));
      }
      return new QOperand.ValueList(values);
    }
  }

  private static QOp toOp(String symbol) {
    for (QOp op : QOp.values()) {
      if (op.symbol().equals(symbol)) {
        return op;
      }
    }
    throw new IllegalStateException(symbol);
  }

  private static QValue toValue(QToken t) {
    return switch (t.kind()) {
      case NUMBER -> new QValue.QNumber(new BigDecimal(t.text()));
      case STRING -> new QValue.QString(t.text());
      case TRUE -> new QValue.QBoolean(true);
      case FALSE -> new QValue.QBoolean(false);
      case DATE_TIME -> new QValue.QDateTime(Temporals.dateTime(t.text()).orElseThrow());
      case DATE -> new QValue.QDate(Temporals.date(t.text()).orElseThrow());
      case TIME -> new QValue.QTime(Temporals.time(t.text()).orElseThrow());
      case URI -> new QValue.QUri(t.text());
      default -> throw new IllegalStateException(t.kind().name());
    };
  }
}
