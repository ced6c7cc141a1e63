package org.civicbroker.model.query.q;

/**
 * Finds where an unquoted regular expression in a {@code q} term ends: at a ';' or '|' outside
 * parentheses and character classes, at a ')' that closes an enclosing query group, or at the end
 * of the text. A backslash escapes the next character.
 */
final class RegexScanner {
  private final String text;
  private final int start;

  RegexScanner(String text, int start) {
    this.text = text;
    this.start = start;
  }

  int end() {
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        i = classEnd(i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if ((c == ';' || c == '|') && depth == 0) {
        return i;
      }
      i++;
    }
    return Math.min(i, text.length());
  }

  /** The index after the character class starting at {@code open}. */
  private int classEnd(int open) {
    int i = open + 1;
    if (i < text.length() && text.charAt(i) == '^') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ']') {
      i++;
    }
    while (i < text.length() && text.charAt(i) != ']') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length());
  }
}
