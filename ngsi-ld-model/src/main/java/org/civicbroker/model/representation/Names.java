package org.civicbroker.model.representation;

import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Syntax of entity type names and attribute names (GS CIM 009 clause 4.6.2): {@code name =
 * unicodeLetter *nameChar}, {@code nameChar = unicodeLetter / unicodeNumber / "_"}, optionally
 * prefixed as {@code prefix:name}. Names given as absolute IRIs (already expanded, e.g. {@code
 * https://example.org/temperature}) are accepted too, as JSON-LD allows them.
 *
 * <p>The clause says implementations "should" reject other names with BadRequestData; this broker
 * does, so that compact names stay usable in URL paths, in {@code q} and in {@code attrs} lists.
 * Hence empty names, names starting with a digit or {@code _}, whitespace, control characters, and
 * punctuation such as {@code - . < > " ' = ; ( ) [ ] , | & ? / # %} are rejected in compact names.
 * Absolute IRIs follow the URI syntax of {@link Uris#isAbsolute}.
 */
public final class Names {
  private static final int MAX_LENGTH = 256;

  private Names() {}

  /** True when {@code name} is a valid NGSI-LD name (compact, prefixed, or absolute IRI). */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_LENGTH * 8) {
      return false;
    }
    return isCompact(name) || Uris.isAbsolute(name);
  }

  /** Throws BAD_REQUEST_DATA unless the name is valid; {@code what} says what it names. */
  public static String require(String name, String what) {
    if (!isValid(name)) {
      throw NgsiLdException.badData("Invalid " + what + " name: " + Uris.quote(name));
    }
    return name;
  }

  private static boolean isCompact(String name) {
    if (name.length() > MAX_LENGTH) {
      return false;
    }
    int colon = name.indexOf(':');
    if (colon < 0) {
      return isSimple(name, 0, name.length());
    }
    return isSimple(name, 0, colon) && isSimple(name, colon + 1, name.length());
  }

  private static boolean isSimple(String s, int from, int to) {
    if (from >= to || !Character.isLetter(s.codePointAt(from))) {
      return false;
    }
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      if (!(Character.isLetter(cp) || isNumber(cp) || cp == '_')) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isNumber(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }
}
