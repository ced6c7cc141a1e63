package org.civicbroker.model.query.q;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civicbroker.model.error.NgsiLdException;

/** Random q trees from the grammar: printing then parsing gives the same tree back. */
class QRoundTripProperties {

  @Property(tries = 400)
  void printedTreesParseBack(@ForAll("exprs") QExpr expr) {
    String q = QPrinter.toQ(expr);
    assertThat(QParser.parseDefault(q)).as(q).isEqualTo(expr);
  }

  @Property(tries = 400)
  void arbitraryTextEitherParsesOrIsRejectedCleanly(@ForAll("noise") String q) {
    try {
      QExpr expr = QParser.parseDefault(q);
      assertThat(QParser.parseDefault(QPrinter.toQ(expr))).isEqualTo(expr);
    } catch (NgsiLdException e) {
      assertThat(e.detail()).startsWith("q: ");
    }
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("ab.[]()!=<>~;|,\"\\:-0129TZ ")
        .ofMinLength(1)
        .ofMaxLength(30);
  }

  @Provide
  Arbitrary<QExpr> exprs() {
    Arbitrary<QExpr> term = term();
    Arbitrary<QExpr> and1 = term.list().ofMinSize(2).ofMaxSize(3).map(QExpr.And::new);
    Arbitrary<QExpr> or1 = term.list().ofMinSize(2).ofMaxSize(3).map(QExpr.Or::new);
    Arbitrary<QExpr> and2 =
        Arbitraries.oneOf(term, or1).list().ofMinSize(2).ofMaxSize(3).map(QExpr.And::new);
    Arbitrary<QExpr> or2 =
        Arbitraries.oneOf(term, and1).list().ofMinSize(2).ofMaxSize(3).map(QExpr.Or::new);
    Arbitrary<QExpr> and3 =
        Arbitraries.oneOf(term, or2).list().ofMinSize(2).ofMaxSize(3).map(QExpr.And::new);
    return Arbitraries.oneOf(term, and1, or1, and2, or2, and3);
  }

  private Arbitrary<QExpr> term() {
    return Arbitraries.oneOf(
        path().map(QExpr.Exists::new),
        path().map(QExpr.NotExists::new),
        Combinators.combine(path(), regex(), Arbitraries.of(true, false)).as(QExpr.Match::new),
        comparison());
  }

  private Arbitrary<QExpr> comparison() {
    Arbitrary<QExpr> ordered =
        Combinators.combine(path(), Arbitraries.of(QOp.GT, QOp.GE, QOp.LT, QOp.LE), orderable())
            .as(QExpr.Compare::new);
    Arbitrary<QOperand> equalityOperand = Arbitraries.oneOf(value(), range(), list());
    Arbitrary<QExpr> equality =
        Combinators.combine(path(), Arbitraries.of(QOp.EQ, QOp.NE), equalityOperand)
            .as(QExpr.Compare::new);
    return Arbitraries.oneOf(ordered, equality);
  }

  private Arbitrary<QPath> path() {
    Arbitrary<String> name = Arbitraries.of("a", "speed", "x1", "ex:zip", "température", "b_2");
    Arbitrary<List<String>> names = name.list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<String> member = Arbitraries.of("", "observedAt", "unitCode", "datasetId");
    Arbitrary<List<String>> keys =
        Arbitraries.of("city", "en", "*", "en-GB", "x_1").list().ofMaxSize(2);
    return Combinators.combine(names, member, keys)
        .as(
            (n, m, k) -> {
              List<String> all = new java.util.ArrayList<>(n);
              if (!m.isEmpty()) {
                all.add(m);
              }
              boolean endsWithMember = all.size() > 1 && !m.isEmpty();
              return new QPath(all, endsWithMember ? List.of() : k);
            });
  }

  private Arbitrary<QRegex> regex() {
    return Arbitraries.oneOf(
            Arbitraries.of("^a.*b$", "(foo|bar)", "[;|)]x", "a\\)b", "(?i)merc", "\"q\""),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
        .map(QRegex::of);
  }

  private Arbitrary<QValue> value() {
    return Arbitraries.oneOf(
        orderable(), Arbitraries.of(true, false).map(QValue.QBoolean::new), uri());
  }

  private Arbitrary<QValue> orderable() {
    return Arbitraries.oneOf(number(), string(), dateTime(), date(), time());
  }

  private Arbitrary<QOperand> range() {
    return Arbitraries.oneOf(
        Combinators.combine(number(), number()).as(QOperand.Range::new),
        Combinators.combine(string(), string()).as(QOperand.Range::new),
        Combinators.combine(dateTime(), dateTime()).as(QOperand.Range::new),
        Combinators.combine(date(), date()).as(QOperand.Range::new),
        Combinators.combine(time(), time()).as(QOperand.Range::new));
  }

  private Arbitrary<QOperand> list() {
    return value().list().ofMinSize(2).ofMaxSize(4).map(QOperand.ValueList::new);
  }

  private Arbitrary<QValue> number() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
            Arbitraries.integers().between(-4, 9))
        .as(
            (unscaled, scale) ->
                new QValue.QNumber(new BigDecimal(BigInteger.valueOf(unscaled), scale)));
  }

  private Arbitrary<QValue> string() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("\n\t\u00e9\u6e29\"\\")
        .ofMaxLength(12)
        .map(QValue.QString::new);
  }

  private Arbitrary<QValue> dateTime() {
    return Arbitraries.longs()
        .between(-30_000_000_000L, 250_000_000_000L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)))
        .map(QValue.QDateTime::new);
  }

  private Arbitrary<QValue> date() {
    return Arbitraries.longs()
        .between(-300_000, 2_900_000)
        .map(d -> new QValue.QDate(LocalDate.ofEpochDay(d)));
  }

  private Arbitrary<QValue> time() {
    return Arbitraries.longs()
        .between(0, 86_399_999_999_999L)
        .map(n -> new QValue.QTime(LocalTime.ofNanoOfDay(n)));
  }

  private Arbitrary<QValue> uri() {
    return Arbitraries.oneOf(
            Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(6)
                .map(s -> "urn:x:" + s),
            Arbitraries.of("Male", "ex:Thing", "https://example.org/a/b?c=d#e"))
        .map(QValue.QUri::new);
  }
}
