package org.civicbroker.broker.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/** Reads and writes the JSON-LD context {@code Link} header (GS CIM 009 clause 6.3.5). */
public final class LinkHeader {
  private LinkHeader() {}

  /**
   * The context URL of the header's link with rel {@code http://www.w3.org/ns/json-ld#context}, or
   * null when the request has no such link. Several context links or a non-absolute URL are bad
   * request data.
   */
  public static String contextUrl(List<String> headerValues) {
    List<String> found = new ArrayList<>();
    if (headerValues != null) {
      for (String header : headerValues) {
        for (String link : splitLinks(header)) {
          String url = contextUrlOf(link);
          if (url != null) {
            found.add(url);
          }
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    if (found.size() > 1) {
      throw NgsiLdException.badData("More than one JSON-LD context Link header");
    }
    String url = found.get(0);
    if (!Uris.isAbsolute(url)) {
      throw NgsiLdException.badData("The context Link is not an absolute URI: " + Uris.quote(url));
    }
    return url;
  }

  /** The header value announcing a context URL to the client. */
  public static String format(String contextUrl) {
    return "<"
        + contextUrl
        + ">; rel=\""
        + MediaTypes.CONTEXT_REL
        + "\"; type=\""
        + MediaTypes.JSON_LD
        + "\"";
  }

  private static List<String> splitLinks(String header) {
    List<String> links = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        depth++;
      } else if (!quoted && c == '>') {
        depth = Math.max(0, depth - 1);
      } else if (!quoted && depth == 0 && c == ',') {
        links.add(header.substring(start, i));
        start = i + 1;
      }
    }
    links.add(header.substring(start));
    return links;
  }

  private static String contextUrlOf(String link) {
    String trimmed = link.trim();
    int open = trimmed.indexOf('<');
    int close = trimmed.indexOf('>', open + 1);
    if (open != 0 || close < 0) {
      if (trimmed.isEmpty()) {
        return null;
      }
      throw NgsiLdException.badData("Malformed Link header: " + Uris.quote(trimmed));
    }
    String url = trimmed.substring(1, close).trim();
    for (String param : trimmed.substring(close + 1).split(";")) {
      int eq = param.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = param.substring(eq + 1).trim().replace("\"", "");
      if (name.equals("rel") && List.of(value.split("\\s+")).contains(MediaTypes.CONTEXT_REL)) {
        return url;
      }
    }
    return null;
  }
}
