package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.civicbroker.conformance.Problems.assertProblem;
import static org.civicbroker.conformance.Problems.assertProblemOneOf;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pagination (5.5.9, HTTP 6.3.10: {@code limit}, {@code offset}) and counting (6.3.13: {@code
 * count=true} and the {@code NGSILD-Results-Count} header) in Query Entities (5.7.2).
 *
 * <p>The maximum {@code limit} is deployment-specific: the over-the-maximum test uses {@code
 * -Dbroker.max-limit} (1000 for the packaged broker) and is skipped for another broker without it.
 */
@DisplayName("6.3.10 / 6.3.13 Query Entities: limit, offset, count")
class QueryPaginationTest extends QueryTestBase {

  @Test
  @DisplayName("6.3.10 55 entities paged with limit=10: each exactly once, in a stable order")
  void pagingReturnsEveryEntityOnceInAStableOrder() {
    String type = freshType("Page");
    Set<String> all = createRooms(type, 55);

    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 60; offset += 10) {
      Response page =
          query("type", type, "limit", "10", "offset", Integer.toString(offset), "count", "true");
      List<String> ids = ids(page);
      assertThat(ids).as("page at offset %d", offset).hasSize(offset < 50 ? 10 : 5);
      assertThat(resultsCount(page)).as("count at offset %d", offset).isEqualTo(55);
      paged.addAll(ids);
    }

    assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    assertThat(ids(query("type", type, "limit", "10", "offset", "20")))
        .as("the same page again")
        .containsExactlyElementsOf(paged.subList(20, 30));
    assertThat(ids(query("type", type, "limit", "55")))
        .as("one page of 55 lists the entities in the same order as the pages")
        .containsExactlyElementsOf(paged);
  }

  @Test
  @DisplayName("6.3.10 limit=2 -> 2 entities; offset past the end -> empty array")
  void limitAndOffsetBounds() {
    String type = freshType("Page");
    createRooms(type, 3);

    assertThat(ids(query("type", type, "limit", "2"))).hasSize(2);
    assertThat(ids(query("type", type, "offset", "2"))).hasSize(1);
    assertThat(ids(query("type", type, "offset", "3"))).isEmpty();
    assertThat(ids(query("type", type, "offset", "100"))).isEmpty();
  }

  @Test
  @DisplayName("6.3.13 count=true -> NGSILD-Results-Count is the number of all matches")
  void countHeader() {
    String type = freshType("Page");
    createRooms(type, 3);

    Response response = query("type", type, "limit", "1", "count", "true");

    assertThat(ids(response)).hasSize(1);
    assertThat(resultsCount(response)).isEqualTo(3);
  }

  @Test
  @DisplayName("6.3.13 count=true with a q filter -> the count of the filtered matches")
  void countWithFilter() {
    String type = freshType("Page");
    createRooms(type, 2);
    createEntity("query/room-name-only.json", type);

    Response response = query("type", type, "q", "temperature", "count", "true");

    assertThat(ids(response)).hasSize(2);
    assertThat(resultsCount(response)).isEqualTo(2);
  }

  @Test
  @DisplayName("6.3.13 limit=0&count=true -> 200, empty array, the count in the header")
  void limitZeroWithCount() {
    String type = freshType("Page");
    createRooms(type, 4);

    Response response = query("type", type, "limit", "0", "count", "true");

    assertThat(ids(response)).isEmpty();
    assertThat(resultsCount(response)).isEqualTo(4);
  }

  @Test
  @DisplayName("6.3.13 count=true with no match -> NGSILD-Results-Count: 0")
  void countOfNothing() {
    Response response = query("type", freshType("Nothing"), "count", "true");

    assertThat(ids(response)).isEmpty();
    assertThat(resultsCount(response)).isZero();
  }

  @Test
  @DisplayName("6.3.10 limit over the broker's maximum -> 403 TooManyResults")
  void limitOverTheMaximum() {
    OptionalInt max = maxLimit();
    assumeThat(max.isPresent()).as("-Dbroker.max-limit for a broker at -Dbroker.url").isTrue();

    assertProblem(
        query("type", freshType("Page"), "limit", Integer.toString(max.getAsInt() + 1)),
        403,
        "TooManyResults");
  }

  @Test
  @DisplayName("6.3.10 limit at the broker's maximum -> 200")
  void limitAtTheMaximum() {
    OptionalInt max = maxLimit();
    assumeThat(max.isPresent()).as("-Dbroker.max-limit for a broker at -Dbroker.url").isTrue();

    assertThat(ids(query("type", freshType("Page"), "limit", Integer.toString(max.getAsInt()))))
        .isEmpty();
  }

  @Test
  @DisplayName("6.3.10 negative limit -> 400 BadRequestData")
  void negativeLimit() {
    assertProblem(query("type", freshType("Page"), "limit", "-1"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("6.3.10 negative offset -> 400 BadRequestData")
  void negativeOffset() {
    assertProblem(query("type", freshType("Page"), "offset", "-1"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("6.3.10 limit that is not a number -> 400")
  void limitNotANumber() {
    assertProblemOneOf(
        query("type", freshType("Page"), "limit", "ten"), 400, "BadRequestData", "InvalidRequest");
  }

  private Set<String> createRooms(String type, int count) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < count; i++) {
      ids.add(createEntity("query/room.json", type));
    }
    return ids;
  }
}
