package org.civicbroker.broker.common.api;

/** The media types and header names of the NGSI-LD API (GS CIM 009 clause 6.3). */
public final class MediaTypes {
  public static final String JSON = "application/json";
  public static final String JSON_LD = "application/ld+json";
  public static final String GEO_JSON = "application/geo+json";
  public static final String MERGE_PATCH = "application/merge-patch+json";

  public static final String CONTEXT_REL = "http://www.w3.org/ns/json-ld#context";
  public static final String LINK = "Link";
  public static final String TENANT = "NGSILD-Tenant";
  public static final String RESULTS_COUNT = "NGSILD-Results-Count";

  private MediaTypes() {}

  /** The media type without parameters, lower case ({@code "application/json; charset=x"}). */
  public static String essence(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
