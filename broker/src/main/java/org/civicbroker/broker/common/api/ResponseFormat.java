package org.civicbroker.broker.common.api;

import java.util.Locale;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/** The response media type chosen from the {@code Accept} header (GS CIM 009 clause 6.3.6). */
public enum ResponseFormat {
  JSON(MediaTypes.JSON),
  JSON_LD(MediaTypes.JSON_LD),
  GEO_JSON(MediaTypes.GEO_JSON);

  private final String mediaType;

  ResponseFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The best acceptable format; a missing header means JSON. {@code geoJsonAllowed} is false where
   * the operation has no GeoJSON representation. Nothing acceptable: 406.
   */
  public static ResponseFormat negotiate(String accept, boolean geoJsonAllowed) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    ResponseFormat best = null;
    double bestQ = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      ResponseFormat format = match(type, geoJsonAllowed);
      if (format != null && q > bestQ) {
        best = format;
        bestQ = q;
      }
    }
    if (best == null) {
      throw new NgsiLdException(
          ErrorType.NOT_ACCEPTABLE,
          "None of the accepted media types is available: use application/json,"
              + " application/ld+json"
              + (geoJsonAllowed ? " or application/geo+json" : ""));
    }
    return best;
  }

  private static ResponseFormat match(String type, boolean geoJsonAllowed) {
    switch (type) {
      case "*/*", "application/*", MediaTypes.JSON:
        return JSON;
      case MediaTypes.JSON_LD:
        return JSON_LD;
      case MediaTypes.GEO_JSON:
        return geoJsonAllowed ? GEO_JSON : null;
      default:
        return null;
    }
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
