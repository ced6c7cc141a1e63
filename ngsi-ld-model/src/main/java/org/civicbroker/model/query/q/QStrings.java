package org.civicbroker.model.query.q;

import org.civicbroker.model.query.SyntaxErrors;

/** Decodes the JSON strings of {@code q} (RFC 8259 section 7: quotes and escapes). */
final class QStrings {
  private QStrings() {}

  /** A decoded string and the index just after its closing quote. */
  record Decoded(String value, int end) {}

  /** Decodes the string whose opening quote is at {@code start}. */
  static Decoded decode(String text, int start) {
    StringBuilder sb = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return new Decoded(sb.toString(), i + 1);
      }
      if (c == '\\') {
        i = escape(text, i, sb);
      } else if (c < 0x20) {
        throw error("control character in string", i);
      } else {
        sb.append(c);
        i++;
      }
    }
    throw error("unterminated string starting", start);
  }

  private static int escape(String text, int at, StringBuilder sb) {
    if (at + 1 >= text.length()) {
      throw error("unterminated escape", at);
    }
    char e = text.charAt(at + 1);
    switch (e) {
      case '"', '\\', '/' -> sb.append(e);
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'u' -> {
        sb.append(unicodeEscape(text, at));
        return at + 6;
      }
      default -> throw error("invalid escape '\\" + e + "'", at);
    }
    return at + 2;
  }

  private static char unicodeEscape(String text, int at) {
    if (at + 6 > text.length()) {
      throw error("invalid \\u escape", at);
    }
    try {
      return (char) Integer.parseInt(text.substring(at + 2, at + 6), 16);
    } catch (NumberFormatException e) {
      throw error("invalid \\u escape", at);
    }
  }

  private static RuntimeException error(String message, int at) {
    return SyntaxErrors.at("q", message, at);
  }
}
