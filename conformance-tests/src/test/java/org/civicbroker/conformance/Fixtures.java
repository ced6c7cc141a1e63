package org.civicbroker.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads payload fixtures from test resources, filling {@code ${name}} placeholders. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** The fixture with each {@code ${key}} replaced by its value. */
  public static String text(String path, Map<String, String> values) {
    String text = text(path);
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("${" + e.getKey() + "}", e.getValue());
    }
    if (text.contains("${")) {
      throw new IllegalArgumentException("Unfilled placeholder in " + path + ": " + text);
    }
    return text;
  }
}
