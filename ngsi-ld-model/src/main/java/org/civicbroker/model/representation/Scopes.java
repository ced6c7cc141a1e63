package org.civicbroker.model.representation;

import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * The syntax of a Scope (GS CIM 009 clause 4.18): {@code Scope = ["/"] ScopeLevel *("/"
 * ScopeLevel)}, {@code ScopeLevel = ScopeLevelChar *ScopeLevelChar} with letters, numbers and
 * {@code _}.
 *
 * <p>The leading slash is optional in the grammar; this broker normalizes every scope to the form
 * with a leading slash, so that {@code a/b} and {@code /a/b} are the same scope and {@code scopeQ}
 * matches both.
 */
public final class Scopes {
  private static final int MAX_LENGTH = 1024;

  private Scopes() {}

  /** Returns the normalized scope (leading slash) or throws BAD_REQUEST_DATA. */
  public static String normalize(String scope) {
    if (scope == null || scope.isEmpty() || scope.length() > MAX_LENGTH) {
      throw invalid(scope);
    }
    String s = scope.startsWith("/") ? scope.substring(1) : scope;
    for (String level : s.split("/", -1)) {
      if (!isLevel(level)) {
        throw invalid(scope);
      }
    }
    return "/" + s;
  }

  private static boolean isLevel(String level) {
    if (level.isEmpty()) {
      return false;
    }
    for (int i = 0; i < level.length(); ) {
      int cp = level.codePointAt(i);
      int t = Character.getType(cp);
      boolean number =
          t == Character.DECIMAL_DIGIT_NUMBER
              || t == Character.LETTER_NUMBER
              || t == Character.OTHER_NUMBER;
      if (!(Character.isLetter(cp) || number || cp == '_')) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static NgsiLdException invalid(String scope) {
    return NgsiLdException.badData(
        "Invalid scope " + Uris.quote(scope) + ": expected /level(/level)* of letters, digits, _");
  }
}
