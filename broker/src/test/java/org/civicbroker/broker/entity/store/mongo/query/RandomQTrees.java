package org.civicbroker.broker.entity.store.mongo.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QOp;
import org.civicbroker.model.query.q.QOperand;
import org.civicbroker.model.query.q.QPath;
import org.civicbroker.model.query.q.QRegex;
import org.civicbroker.model.query.q.QValue;

/**
 * Random {@code q} trees (with compact names) over the vocabulary of {@link RandomEntities}: every
 * operator, ranges and value lists, existence and non-existence, sub-attributes, members, value
 * paths (with arrays, numeric keys, language tags), regular expressions in and outside the store's
 * subset; values mostly of the kind the path holds, drawn from the same pools as the data.
 */
final class RandomQTrees {
  /** Attributes for q paths, weighted towards those with many value kinds. */
  private static final List<String> Q_ATTRIBUTES =
      List.of(
          "temperature",
          "temperature",
          "temperature",
          "temperature",
          "status",
          "status",
          "dateObserved",
          "dateObserved",
          "name",
          "flag",
          "address",
          "address",
          "refOwner",
          "category",
          "readings",
          "config",
          "location",
          "empty",
          "missing");

  private static final List<List<String>> VALUE_PATHS =
      List.of(
          List.of("city"),
          List.of("zip"),
          List.of("tags"),
          List.of("rooms", "n"),
          List.of("deep", "n"),
          List.of("0"),
          List.of("rooms", "0", "n"),
          List.of("en"),
          List.of("fr"),
          List.of("*"),
          List.of("level"),
          List.of("mode"),
          List.of("type"),
          List.of("k"),
          List.of("@value"));
  private static final List<String> MEMBERS =
      List.of("observedAt", "unitCode", "datasetId", "createdAt", "modifiedAt");
  private static final List<String> REGEXES =
      List.of(
          "^ok",
          "k$",
          "o.",
          "^[a-z]+$",
          "\\d",
          "M.d",
          "(ok|zz)",
          "\\s",
          "[[:alpha:]]",
          "^$",
          "é",
          "^urn:ngsi-ld:Person:[12]$",
          "a.b",
          "urban$",
          "^2024-03-01");
  private final Random random;
  private final RandomValues values;

  RandomQTrees(Random random, RandomValues values) {
    this.random = random;
    this.values = values;
  }

  /** A random tree: AND and OR of up to two levels over terms. */
  QExpr expr() {
    return expr(0);
  }

  private QExpr expr(int depth) {
    int roll = random.nextInt(10);
    if (depth < 2 && roll < 2) {
      return new QExpr.And(List.of(expr(depth + 1), expr(depth + 1)));
    }
    if (depth < 2 && roll < 4) {
      return new QExpr.Or(List.of(expr(depth + 1), expr(depth + 1)));
    }
    return term();
  }

  /** One random term. */
  QExpr term() {
    QPath path = path();
    int roll = random.nextInt(20);
    if (roll < 2) {
      return new QExpr.Exists(path);
    } else if (roll < 4) {
      return new QExpr.NotExists(path);
    } else if (roll < 6) {
      return new QExpr.Match(path, QRegex.of(pick(REGEXES)), chance(30));
    }
    QOp op = pick(List.of(QOp.values()));
    if (op.isEquality() && chance(25)) {
      return new QExpr.Compare(path, op, chance(50) ? range() : list());
    }
    QValue value = value(path);
    while (!op.isEquality() && value instanceof QValue.QBoolean) {
      value = value();
    }
    return new QExpr.Compare(path, op, value);
  }

  private QPath path() {
    List<String> names = new ArrayList<>();
    names.add(pick(Q_ATTRIBUTES));
    if (chance(10)) {
      names.add("accuracy");
    }
    if (chance(names.get(0).equals("temperature") ? 40 : 15)) {
      names.add(pick(MEMBERS));
      return new QPath(names, List.of());
    }
    return new QPath(names, chance(25) ? pick(VALUE_PATHS) : List.of());
  }

  /** A range of two values of one type (as the parser requires). */
  private QOperand range() {
    int kind = random.nextInt(4);
    QValue a = value(kind);
    QValue b = value(kind);
    while (b.getClass() != a.getClass()) {
      b = value(kind);
    }
    return new QOperand.Range(a, b);
  }

  private QOperand list() {
    return new QOperand.ValueList(List.of(value(), value(), value()));
  }

  private QValue value() {
    return value(random.nextInt(8));
  }

  /** Mostly a value of the kind the path's targets hold, so that comparisons often hit. */
  private QValue value(QPath path) {
    if (chance(25)) {
      return value();
    }
    String last = path.names().get(path.names().size() - 1);
    return switch (last) {
      case "temperature", "accuracy", "readings", "config" -> value(0);
      case "status", "name" -> value(1);
      case "dateObserved" -> value(pick(List.of(2, 3, 6)));
      case "observedAt", "createdAt", "modifiedAt" -> value(2);
      case "flag" -> value(4);
      case "refOwner", "category" -> value(5);
      case "unitCode" -> new QValue.QString(pick(List.of("CEL", "FAH", "cel")));
      case "datasetId" -> new QValue.QUri(values.pick(RandomValues.DATASETS));
      case "address" -> value(pick(List.of(0, 7)));
      default -> value();
    };
  }

  private QValue value(int kind) {
    return switch (kind) {
      case 0 -> new QValue.QNumber(number());
      case 1 -> new QValue.QString(values.pick(RandomValues.STRINGS));
      case 2 -> dateTime();
      case 3 ->
          chance(50)
              ? new QValue.QDate(
                  LocalDate.parse(pick(List.of("2024-03-01", "2024-02-29", "2023-12-31"))))
              : time();
      case 4 -> new QValue.QBoolean(random.nextBoolean());
      case 5 ->
          new QValue.QUri(
              chance(60) ? values.pick(RandomValues.OBJECTS) : values.pick(RandomValues.VOCABS));
      case 6 -> new QValue.QString(values.pick(RandomValues.DATE_TIMES));
      default -> new QValue.QString(values.pick(RandomValues.CITIES));
    };
  }

  private BigDecimal number() {
    return switch (random.nextInt(4)) {
      case 0, 1 -> BigDecimal.valueOf(19 + random.nextInt(3));
      case 2 ->
          new BigDecimal(
              pick(
                  List.of(
                      "20.5",
                      "20.50",
                      "0.3",
                      "0.30000000000000004",
                      "20.0000000000000000001",
                      "20.000000000000004",
                      "19.9999999999999999999",
                      "9007199254740993",
                      "9007199254740992",
                      "-1E+40",
                      "1E+40",
                      "1e300",
                      "2E+1",
                      "28014",
                      "20." + "0".repeat(40) + "1")));
      default -> BigDecimal.valueOf(random.nextInt(51) - 10);
    };
  }

  /** Instants from the data's grid, half of them moved by a fraction of a millisecond. */
  private QValue dateTime() {
    Instant i = values.instant();
    if (chance(50)) {
      i = i.plusNanos(pick(List.of(250_000L, 500_000L, -250_000L, -1L)));
    }
    if (chance(20)) {
      i =
          Instant.parse(
              pick(
                  List.of(
                      "2024-03-01T10:00:00Z",
                      "2024-03-01T10:00:00.500Z",
                      "2024-03-02T00:00:00Z",
                      "2024-03-01T00:00:00Z",
                      "2024-02-29T23:00:00Z")));
    }
    return new QValue.QDateTime(i);
  }

  private QValue time() {
    return new QValue.QTime(
        LocalTime.parse(pick(List.of("10:00:00", "10:00:00.250", "23:00:00", "00:00:01"))));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
