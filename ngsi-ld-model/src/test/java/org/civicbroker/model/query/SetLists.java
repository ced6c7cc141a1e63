package org.civicbroker.model.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code [a, b] [] [c]} into lists of strings, for case files. */
public final class SetLists {
  private static final Pattern SET = Pattern.compile("\\[([^\\]]*)]");

  private SetLists() {}

  public static List<List<String>> parse(String text) {
    List<List<String>> sets = new ArrayList<>();
    if (text == null) {
      return sets;
    }
    Matcher m = SET.matcher(text);
    while (m.find()) {
      String body = m.group(1).strip();
      sets.add(
          body.isEmpty() ? List.of() : Arrays.stream(body.split(",")).map(String::strip).toList());
    }
    return sets;
  }
}
