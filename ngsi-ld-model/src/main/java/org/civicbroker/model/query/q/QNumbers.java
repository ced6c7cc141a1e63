package org.civicbroker.model.query.q;

/** The JSON number grammar (RFC 8259 section 6), checked by hand (linear, no regex). */
final class QNumbers {
  private QNumbers() {}

  static boolean isJsonNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (isDigit(s, i)) {
      i = digits(s, i);
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      if (!isDigit(s, i + 1)) {
        return false;
      }
      i = digits(s, i + 1);
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!isDigit(s, i)) {
        return false;
      }
      i = digits(s, i);
    }
    return i == n;
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static int digits(String s, int i) {
    while (isDigit(s, i)) {
      i++;
    }
    return i;
  }
}
