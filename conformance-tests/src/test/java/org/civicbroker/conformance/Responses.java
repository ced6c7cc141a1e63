package org.civicbroker.conformance;

import io.restassured.response.Response;
import java.util.Locale;

/** Small readers of HTTP response metadata. */
public final class Responses {
  private Responses() {}

  /** The media type of a response without parameters, lower case ({@code ""} when absent). */
  public static String mediaType(Response response) {
    return mediaType(response.header("Content-Type"));
  }

  /** The media type of a Content-Type value without parameters, lower case. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }
}
