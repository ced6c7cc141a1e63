package org.civicbroker.broker.entity.query;

import java.util.Map;
import org.civicbroker.broker.config.QueryConfig;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/** {@code limit}, {@code offset} and {@code count} of a query (GS CIM 009 clause 5.5.9). */
public record Paging(int offset, int limit, boolean count) {

  /** Reads the parameters; a limit above the configured maximum is TooManyResults (403). */
  public static Paging from(Map<String, String> params, QueryConfig config) {
    int limit = number(params.get("limit"), "limit", config.defaultLimit());
    int offset = number(params.get("offset"), "offset", 0);
    String count = params.get("count");
    if (count != null && !count.equals("true") && !count.equals("false")) {
      throw NgsiLdException.badData("'count' must be true or false");
    }
    if (limit > config.maxLimit()) {
      throw new NgsiLdException(
          ErrorType.TOO_MANY_RESULTS,
          "limit " + limit + " is above the maximum of " + config.maxLimit());
    }
    return new Paging(offset, limit, "true".equals(count));
  }

  private static int number(String value, String name, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 0) {
        throw NgsiLdException.badData("'" + name + "' must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw NgsiLdException.badData("'" + name + "' must be a whole number: " + value);
    }
  }
}
