package org.civicbroker.model.query.q;

import java.util.regex.Pattern;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.query.SyntaxErrors;
import org.civicbroker.model.query.Temporals;
import org.civicbroker.model.query.q.QToken.Kind;

/**
 * The lexer of the {@code q} language (clause 4.9). It is context-sensitive, as the grammar is: the
 * parser asks for the kind of token the grammar allows next (a name, an operator, a value, a
 * regular expression). Whitespace between tokens is skipped. Errors are {@code BadRequestData}
 * naming the 0-based position.
 */
final class QLexer {
  private static final String[] OPERATORS = {"!~=", "==", "!=", ">=", "<=", "~=", ">", "<"};
  private static final String VALUE_END = ";|,)(\"";
  private static final Pattern WHOLE_SECONDS =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T)?\\d{2}:\\d{2}:\\d{2}");

  private final String text;
  private int pos;

  QLexer(String text) {
    this.text = text;
  }

  int pos() {
    skipSpace();
    return pos;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  boolean atEnd() {
    return pos() >= text.length();
  }

  /** The next character after whitespace, or -1 at the end. */
  int peek() {
    return atEnd() ? -1 : text.charAt(pos);
  }

  /** Consumes {@code c} if it is next. */
  boolean accept(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes {@code ..} if it is next. */
  boolean acceptDots() {
    if (text.startsWith("..", pos())) {
      pos += 2;
      return true;
    }
    return false;
  }

  RuntimeException expected(String what) {
    return SyntaxErrors.expected("q", what, text, pos());
  }

  RuntimeException error(String message, int at) {
    return SyntaxErrors.at("q", message, at);
  }

  /** The comparison or pattern operator next, consumed; null (nothing consumed) if none. */
  QToken operator() {
    int start = pos();
    for (String op : OPERATORS) {
      if (text.startsWith(op, start)) {
        pos += op.length();
        return new QToken(Kind.OPERATOR, op, start);
      }
    }
    return null;
  }

  /** An attribute name: a letter, then letters, digits or '_'; optionally {@code prefix:name}. */
  QToken name() {
    int start = pos();
    int end = scanName(start);
    if (end < text.length() && text.charAt(end) == ':' && isNameStart(end + 1)) {
      end = scanName(end + 1);
    }
    if (end == start) {
      throw expected("an attribute name");
    }
    pos = end;
    return new QToken(Kind.NAME, text.substring(start, end), start);
  }

  /** A key inside {@code [...]}: JSON member name or language tag, e.g. {@code city}, {@code *}. */
  QToken key() {
    int start = pos();
    int end = start;
    while (end < text.length() && isKeyChar(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    if (end == start) {
      throw expected("a member name");
    }
    pos = end;
    return new QToken(Kind.KEY, text.substring(start, end), start);
  }

  /** A value: a quoted string, or an unquoted number, boolean, date/time or URI. */
  QToken value() {
    int start = pos();
    if (peek() == '"') {
      return new QToken(Kind.STRING, quoted(), start);
    }
    int end = scanRaw(start);
    if (isDecimalComma(end) && WHOLE_SECONDS.matcher(text.substring(start, end)).matches()) {
      end = scanRaw(end + 1);
    }
    String raw = text.substring(start, end);
    int dots = raw.indexOf("..");
    if (dots > 0 && isRangeBound(raw.substring(0, dots))) {
      raw = raw.substring(0, dots);
    }
    if (raw.isEmpty()) {
      throw expected("a value");
    }
    pos = start + raw.length();
    return new QToken(classify(raw, start), raw, start);
  }

  /**
   * A regular expression: a quoted JSON string, or unquoted up to the end of the term — a ';' or
   * '|' outside parentheses and character classes, an unbalanced ')', or the end of the query.
   */
  QToken regex() {
    int start = pos();
    if (peek() == '"') {
      return new QToken(Kind.REGEX, quoted(), start);
    }
    int end = new RegexScanner(text, start).end();
    if (end == start) {
      throw expected("a regular expression");
    }
    pos = end;
    return new QToken(Kind.REGEX, text.substring(start, end), start);
  }

  private int scanRaw(int from) {
    int end = from;
    while (end < text.length()
        && VALUE_END.indexOf(text.charAt(end)) < 0
        && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A ',' followed by a digit: the decimal comma clause 4.6.3 allows in requests. */
  private boolean isDecimalComma(int at) {
    return at + 1 < text.length()
        && text.charAt(at) == ','
        && Character.isDigit(text.charAt(at + 1));
  }

  private Kind classify(String raw, int start) {
    if (raw.equals("true")) {
      return Kind.TRUE;
    } else if (raw.equals("false")) {
      return Kind.FALSE;
    } else if (Temporals.looksLikeDateTime(raw)) {
      return checked(Temporals.dateTime(raw).isPresent(), Kind.DATE_TIME, "DateTime", raw, start);
    } else if (Temporals.looksLikeDate(raw)) {
      return checked(Temporals.date(raw).isPresent(), Kind.DATE, "Date", raw, start);
    } else if (Temporals.looksLikeTime(raw)) {
      return checked(Temporals.time(raw).isPresent(), Kind.TIME, "Time", raw, start);
    } else if (QNumbers.isJsonNumber(raw)) {
      return Kind.NUMBER;
    }
    char first = raw.charAt(0);
    if (first == '-' || (first >= '0' && first <= '9')) {
      throw error("invalid number, date or time " + Uris.quote(raw), start);
    }
    if (Uris.isAbsolute(raw) || isTerm(raw)) {
      return Kind.URI;
    }
    throw error("invalid value " + Uris.quote(raw) + " (quote strings with \")", start);
  }

  private Kind checked(boolean ok, Kind kind, String what, String raw, int start) {
    if (!ok) {
      throw error("invalid " + what + " " + Uris.quote(raw), start);
    }
    return kind;
  }

  private static boolean isRangeBound(String s) {
    return QNumbers.isJsonNumber(s)
        || Temporals.looksLikeDateTime(s)
        || Temporals.looksLikeDate(s)
        || Temporals.looksLikeTime(s);
  }

  /** A JSON string starting at {@code pos}, decoded; {@code pos} moves past it. */
  private String quoted() {
    QStrings.Decoded d = QStrings.decode(text, pos);
    pos = d.end();
    return d.value();
  }

  private int scanName(int start) {
    if (!isNameStart(start)) {
      return start;
    }
    int i = start;
    while (i < text.length() && isNameChar(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private boolean isNameStart(int at) {
    return at < text.length() && Character.isLetter(text.codePointAt(at));
  }

  /** TermChar of clause 4.9: unicodeLetter, unicodeNumber or '_'. */
  static boolean isNameChar(int cp) {
    return Character.isLetter(cp) || isUnicodeNumber(cp) || cp == '_';
  }

  static boolean isUnicodeNumber(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  private static boolean isKeyChar(int cp) {
    return isNameChar(cp) || cp == '-' || cp == '*' || cp == '@' || cp == ':' || cp == '$';
  }

  /** An unquoted term such as {@code Male}: name characters, optionally {@code prefix:name}. */
  private static boolean isTerm(String s) {
    if (!Character.isLetter(s.codePointAt(0))) {
      return false;
    }
    return s.codePoints().allMatch(cp -> isNameChar(cp) || cp == ':');
  }
}
