package org.civicbroker.broker.entity.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test payloads from files under src/test/resources, with {@code ${id}} filled in. */
public final class Payloads {
  private Payloads() {}

  public static String load(String path, String id) {
    try (InputStream in = Payloads.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${id}", id);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
