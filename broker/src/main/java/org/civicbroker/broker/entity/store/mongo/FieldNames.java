package org.civicbroker.broker.entity.store.mongo;

/**
 * Reversible encoding of user-controlled keys (expanded attribute IRIs, keys inside JSON values,
 * language tags) into BSON field names. MongoDB gives {@code .} (path separator), a leading {@code
 * $} (operators) and NUL (C-string terminator) special meaning, so they are percent-encoded, as is
 * the escape character itself: {@code %} -> {@code %25}, {@code .} -> {@code %2E}, {@code $} ->
 * {@code %24}, NUL -> {@code %00}. The empty key becomes the lone {@code %}, which no other key
 * encodes to. Every encoded name thus has {@code %} only as the start of a two-digit escape or
 * alone, so names such as {@code %i} can never come from a user key; the mapper uses them as tags.
 *
 * <p>Query builders encode attribute names and value keys with {@link #encode} to form paths such
 * as {@code attrs.<encoded name>.value.<encoded key>}.
 */
public final class FieldNames {
  private FieldNames() {}

  /** The field name for a key. */
  public static String encode(String key) {
    if (key.isEmpty()) {
      return "%";
    }
    int first = firstSpecial(key);
    if (first < 0) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length() + 8).append(key, 0, first);
    for (int i = first; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '.' -> out.append("%2E");
        case '$' -> out.append("%24");
        case '\0' -> out.append("%00");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstSpecial(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '%' || c == '.' || c == '$' || c == '\0') {
        return i;
      }
    }
    return -1;
  }

  /** The key for a field name written by {@link #encode}. */
  public static String decode(String name) {
    if (name.equals("%")) {
      return "";
    }
    int first = name.indexOf('%');
    if (first < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length()).append(name, 0, first);
    int i = first;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      out.append(unescape(name, i));
      i += 3;
    }
    return out.toString();
  }

  private static char unescape(String name, int at) {
    String escape = at + 3 <= name.length() ? name.substring(at, at + 3) : name.substring(at);
    return switch (escape) {
      case "%25" -> '%';
      case "%2E" -> '.';
      case "%24" -> '$';
      case "%00" -> '\0';
      default -> throw new IllegalArgumentException("Malformed stored field name: " + name);
    };
  }
}
