package org.civicbroker.model.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table-driven test cases from a text resource: records of {@code key: value} lines, each
 * record starting with the {@code first} key; blank lines and {@code #} comments are skipped. The
 * value is everything after {@code "key: "}, untrimmed.
 */
public final class CaseFile {
  private CaseFile() {}

  /** A case: its fields in file order and the line number where it starts. */
  public record Case(int line, Map<String, String> fields) {
    public String get(String key) {
      return fields.get(key);
    }

    public boolean has(String key) {
      return fields.containsKey(key);
    }
  }

  public static List<Case> read(String resource, String first) {
    try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Case> cases = new ArrayList<>();
      Map<String, String> current = null;
      int number = 0;
      int start = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        String key = colon < 0 ? line.strip().replace(":", "") : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 2);
        if (key.equals(first)) {
          if (current != null) {
            cases.add(new Case(start, current));
          }
          current = new LinkedHashMap<>();
          start = number;
        }
        if (current == null) {
          throw new IllegalStateException(resource + ":" + number + ": expected '" + first + ":'");
        }
        current.put(key, value);
      }
      if (current != null) {
        cases.add(new Case(start, current));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
