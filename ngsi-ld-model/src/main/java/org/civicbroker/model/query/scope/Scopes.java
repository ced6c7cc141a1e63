package org.civicbroker.model.query.scope;

import java.util.Arrays;
import java.util.List;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Scope values (GS CIM 009 clause 4.18): {@code [/] ScopeLevel *(/ScopeLevel)}, each level a
 * Unicode letter followed by letters, numbers or '_'; or the NGSI-LD Null {@code urn:ngsi-ld:null},
 * which only deletes scopes. A leading '/' is optional, so {@code Madrid} and {@code /Madrid} name
 * the same scope when matching.
 */
public final class Scopes {
  /** The NGSI-LD Null, allowed as a scope value only to delete scopes. */
  public static final String NULL = "urn:ngsi-ld:null";

  private static final int MAX_LENGTH = 1024;

  private Scopes() {}

  /** True when {@code scope} is a syntactically valid scope (not the NGSI-LD Null). */
  public static boolean isValid(String scope) {
    if (scope == null || scope.isEmpty() || scope.length() > MAX_LENGTH) {
      return false;
    }
    String body = scope.startsWith("/") ? scope.substring(1) : scope;
    if (body.isEmpty()) {
      return false;
    }
    for (String level : body.split("/", -1)) {
      if (!isLevel(level)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a scope value of an entity.
   *
   * @throws NgsiLdException BadRequestData naming the invalid value
   */
  public static String validate(String scope) {
    if (!isValid(scope)) {
      throw NgsiLdException.badData(
          "Invalid scope "
              + Uris.quote(scope)
              + ": expected levels separated by '/', each a letter followed by letters, digits"
              + " or '_' (e.g. /Madrid/Gardens)");
    }
    return scope;
  }

  /** True for a ScopeLevel: a Unicode letter, then Unicode letters, numbers or '_'. */
  public static boolean isLevel(String level) {
    if (level.isEmpty() || !Character.isLetter(level.codePointAt(0))) {
      return false;
    }
    return level.codePoints().allMatch(Scopes::isLevelChar);
  }

  static boolean isLevelChar(int cp) {
    int t = Character.getType(cp);
    return Character.isLetter(cp)
        || cp == '_'
        || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /** The levels of a scope, ignoring a leading '/'. */
  public static List<String> levels(String scope) {
    String body = scope.startsWith("/") ? scope.substring(1) : scope;
    return body.isEmpty() ? List.of() : Arrays.asList(body.split("/", -1));
  }
}
