package org.civicbroker.broker.entity.store.mongo.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QOp;
import org.civicbroker.model.query.q.QOperand;
import org.civicbroker.model.query.q.QPath;
import org.civicbroker.model.query.q.QPrinter;
import org.civicbroker.model.query.q.QRegex;
import org.civicbroker.model.query.q.QValue;

/**
 * Seeded random queries over the vocabulary of {@link RandomEntities}, as the HTTP parameters of
 * GET /entities (q trees generated as {@link QExpr} and printed with {@link QPrinter}) or, now and
 * then, as a Query body with several entity selectors.
 */
final class RandomQueries {
  private static final List<String> ATTRIBUTES =
      List.of(
          "temperature",
          "status",
          "name",
          "flag",
          "dateObserved",
          "address",
          "refOwner",
          "category",
          "readings",
          "config",
          "location",
          "empty",
          "missing");

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
  private static final List<String> ID_PATTERNS =
      List.of(
          "^urn:ngsi-ld:Room:0[0-4]",
          "Sensor",
          ":1.$",
          "^urn:ngsi-ld:(Room|Park):00",
          "\\d\\d7$",
          "[^0-9]$",
          "Vehicle:.*5",
          "\\s|9$");
  private static final List<String> SCOPE_QUERIES =
      List.of(
          "/Madrid/#",
          "/Madrid/+",
          "/Berlin;/Madrid",
          "/#",
          "(/Madrid/Centro;/Madrid/Norte)|/Berlin",
          "/Madrid",
          "/Äreas/#",
          "Berlin/#",
          "/Madrid/Centro,/Berlin/Mitte");
  private static final List<String> TYPE_QUERIES =
      List.of(
          "Room", "Room|Sensor", "(Room;Sensor)", "Vehicle,Park,Station", "(Park;Station)|Room");

  private final Random random;
  private final RandomEntities values;

  RandomQueries(long seed) {
    this.random = new Random(seed);
    this.values = new RandomEntities(seed + 1);
  }

  /** Query parameters of GET /entities. */
  Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (chance(30)) {
      p.put("type", pick(TYPE_QUERIES));
    }
    if (chance(8)) {
      p.put(
          "id",
          String.format(
              "urn:ngsi-ld:Room:%03d,urn:ngsi-ld:Sensor:%03d",
              random.nextInt(60), random.nextInt(60)));
    }
    if (chance(10)) {
      p.put("idPattern", pick(ID_PATTERNS));
    }
    if (chance(10)) {
      p.put("attrs", pick(ATTRIBUTES) + (chance(50) ? "," + pick(ATTRIBUTES) : ""));
    }
    if (chance(80)) {
      p.put("q", QPrinter.toQ(expr(0)));
    }
    if (chance(12)) {
      p.put("scopeQ", pick(SCOPE_QUERIES));
    }
    if (chance(12)) {
      geo(p);
    }
    return p;
  }

  /** A Query body (clause 5.2.23) with one to three entity selectors. */
  ObjectNode body() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode().put("type", "Query");
    ArrayNode entities = body.putArray("entities");
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      ObjectNode s = entities.addObject().put("type", pick(TYPE_QUERIES));
      if (chance(40)) {
        s.put("idPattern", pick(ID_PATTERNS));
      }
      if (chance(15)) {
        s.put(
            "id",
            String.format("urn:ngsi-ld:%s:%03d", pick(RandomEntities.TYPES), random.nextInt(100)));
      }
    }
    if (chance(60)) {
      body.put("q", QPrinter.toQ(expr(0)));
    }
    return body;
  }

  private QExpr expr(int depth) {
    int roll = random.nextInt(10);
    if (depth < 2 && roll < 2) {
      return new QExpr.And(List.of(expr(depth + 1), expr(depth + 1)));
    }
    if (depth < 2 && roll < 4) {
      return new QExpr.Or(List.of(expr(depth + 1), expr(depth + 1)));
    }
    return termExpr();
  }

  /** One q term alone, as parameters. */
  Map<String, String> term() {
    return Map.of("q", QPrinter.toQ(termExpr()));
  }

  private QExpr termExpr() {
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
      case "datasetId" -> new QValue.QUri(values.pick(RandomEntities.DATASETS));
      case "address" -> value(pick(List.of(0, 7)));
      default -> value();
    };
  }

  private QValue value(int kind) {
    return switch (kind) {
      case 0 -> new QValue.QNumber(number());
      case 1 -> new QValue.QString(values.pick(RandomEntities.STRINGS));
      case 2 -> dateTime();
      case 3 ->
          chance(50)
              ? new QValue.QDate(
                  LocalDate.parse(pick(List.of("2024-03-01", "2024-02-29", "2023-12-31"))))
              : time();
      case 4 -> new QValue.QBoolean(random.nextBoolean());
      case 5 ->
          new QValue.QUri(
              chance(60)
                  ? values.pick(RandomEntities.OBJECTS)
                  : values.pick(RandomEntities.VOCABS));
      case 6 -> new QValue.QString(values.pick(RandomEntities.DATE_TIMES));
      default -> new QValue.QString(values.pick(RandomEntities.CITIES));
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

  private void geo(Map<String, String> p) {
    double lon = -3.70 + (random.nextDouble() - 0.5) * 0.05;
    double lat = 40.42 + (random.nextDouble() - 0.5) * 0.05;
    String point = String.format(Locale.ROOT, "[%.5f,%.5f]", lon, lat);
    double d = 0.01;
    String polygon =
        String.format(
            Locale.ROOT,
            "[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]",
            lon,
            lat,
            lon + d,
            lat,
            lon + d,
            lat + d,
            lon,
            lat + d,
            lon,
            lat);
    switch (random.nextInt(7)) {
      case 0, 1 -> put(p, "near;maxDistance==" + (200 + random.nextInt(1500)), "Point", point);
      case 2 -> put(p, "near;minDistance==" + (500 + random.nextInt(2000)), "Point", point);
      case 3 -> put(p, "within", "Polygon", polygon);
      case 4 -> put(p, "intersects", "Polygon", polygon);
      case 5 -> put(p, "disjoint", "Polygon", polygon);
      default -> put(p, pick(List.of("contains", "overlaps", "equals")), "Polygon", polygon);
    }
  }

  private static void put(Map<String, String> p, String georel, String geometry, String coords) {
    p.put("georel", georel);
    p.put("geometry", geometry);
    p.put("coordinates", coords);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
