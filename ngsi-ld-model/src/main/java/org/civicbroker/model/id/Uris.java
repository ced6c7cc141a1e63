package org.civicbroker.model.id;

/**
 * Syntax checks for URIs as NGSI-LD uses them (RFC 3986 absolute URIs: a scheme, a colon, and no
 * characters that a URI can never contain).
 */
public final class Uris {
  private static final int MAX_LENGTH = 2048;

  /** ASCII characters allowed after the scheme, by code (checked once per character). */
  private static final boolean[] URI_ASCII = new boolean[128];

  static {
    for (char c = 0x21; c < 0x7f; c++) {
      URI_ASCII[c] = "\"<>\\^`{|}".indexOf(c) < 0;
    }
  }

  private Uris() {}

  /** True when {@code s} is an absolute URI: {@code scheme ":" rest}, without forbidden chars. */
  public static boolean isAbsolute(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
      return false;
    }
    int colon = s.indexOf(':');
    if (colon < 1 || colon == s.length() - 1 || !isScheme(s, colon)) {
      return false;
    }
    for (int i = colon + 1; i < s.length(); i++) {
      if (!isUriChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScheme(String s, int end) {
    if (!isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Characters allowed after the scheme: RFC 3986 unreserved, reserved and '%', or non-ASCII. */
  private static boolean isUriChar(char c) {
    if (c > 0x7f) {
      return !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
    return URI_ASCII[c];
  }

  /** The value in quotes, shortened, for error details. */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String v = value.length() > 120 ? value.substring(0, 117) + "..." : value;
    return "'" + v + "'";
  }
}
