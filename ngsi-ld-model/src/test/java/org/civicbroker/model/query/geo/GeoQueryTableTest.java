package org.civicbroker.model.query.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.CaseFile;
import org.civicbroker.model.query.FixtureEntities;
import org.civicbroker.model.query.TestLdContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Clause 4.10: geo-queries case by case from {@code geo-cases.txt}, with bbox consistency. */
class GeoQueryTableTest {

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return CaseFile.read("/query/geo-cases.txt", "georel").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    "line " + c.line() + ": " + c.get("georel") + " " + c.get("coordinates"),
                    () -> check(c)));
  }

  private static void check(CaseFile.Case c) {
    if (c.has("error")) {
      assertThatThrownBy(() -> parse(c))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.detail()).isEqualTo(c.get("error"));
                assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
              });
      return;
    }
    GeoQuery query = parse(c).resolve(TestLdContext.INSTANCE);
    for (String file : files(c.get("match"))) {
      Entity e = FixtureEntities.load(file);
      assertThat(query.matches(e)).as("%s matches %s", query, file).isTrue();
      assertThat(passesPrefilter(query, e)).as("%s prefilter keeps %s", query, file).isTrue();
    }
    for (String file : files(c.get("no-match"))) {
      assertThat(query.matches(FixtureEntities.load(file)))
          .as("%s does not match %s", query, file)
          .isFalse();
    }
  }

  private static GeoQuery parse(CaseFile.Case c) {
    return GeoQueryParser.parse(
        c.get("georel"), c.get("geometry"), c.get("coordinates"), c.get("geoproperty"));
  }

  /** True when some instance that matches has a bbox intersecting a prefilter box. */
  private static boolean passesPrefilter(GeoQuery q, Entity e) {
    if (q.prefilter().isEmpty()) {
      return true;
    }
    for (Attribute a : e.attributes().get(q.geoproperty())) {
      GeoProperty g = (GeoProperty) a;
      var box = GeoBBox.ofGeoJson(g.value()).orElseThrow();
      if (q.matchesGeometry(g.value()) && q.prefilter().get().stream().anyMatch(box::intersects)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> files(String list) {
    return list == null ? List.of() : Arrays.asList(list.split(" "));
  }
}
