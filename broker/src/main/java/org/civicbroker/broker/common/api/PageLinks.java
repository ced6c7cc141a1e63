package org.civicbroker.broker.common.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} headers of a paginated list (GS CIM 009 clause 6.3.13): {@code rel="prev"} when
 * the page does not start at the first item, {@code rel="next"} when more items follow, e.g. {@code
 * </ngsi-ld/v1/subscriptions?limit=1&offset=2>;rel="next";type="application/ld+json"}.
 */
public final class PageLinks {
  private PageLinks() {}

  /** The header values for the page {@code [offset, offset + limit)} of {@code path}. */
  public static List<String> of(
      String path, int offset, int limit, boolean hasMore, String mediaType) {
    List<String> links = new ArrayList<>(2);
    if (offset > 0 && limit > 0) {
      links.add(link(path, Math.max(0, offset - limit), limit, "prev", mediaType));
    }
    if (hasMore && limit > 0) {
      links.add(link(path, offset + limit, limit, "next", mediaType));
    }
    return links;
  }

  private static String link(String path, int offset, int limit, String rel, String mediaType) {
    return "<"
        + path
        + "?limit="
        + limit
        + "&offset="
        + offset
        + ">;rel=\""
        + rel
        + "\";type=\""
        + mediaType
        + "\"";
  }
}
