package org.civicbroker.model.query.type;

import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.query.SyntaxErrors;

/**
 * Parses the {@code type} parameter with the Entity Type Selection Language (GS CIM 009 clause
 * 4.17). Accepts a superset of the ABNF (nested parentheses, AND without parentheses):
 *
 * <pre>
 * or    = and *(("|" / ",") and)     ; AND binds tighter than OR
 * and   = unary *(";" unary)
 * unary = "(" or ")" / EntityType
 * </pre>
 *
 * An EntityType is a name (clause 4.6.2: a letter, then letters, digits or '_', optionally {@code
 * prefix:name}) or an absolute URI; it ends at the next {@code , | ; ( )} (the clause notes that
 * these characters inside URIs cannot be used here). Syntax errors are {@code BadRequestData};
 * nesting deeper than 16 or more than 256 types is {@code TooComplexQuery}.
 */
public final class TypeQueryParser {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_TERMS = 256;
  private static final String DELIMITERS = ",|;()";

  private final String text;
  private int pos;
  private int depth;
  private int terms;

  private TypeQueryParser(String text) {
    this.text = text;
  }

  public static TypeQuery parse(String type) {
    if (type == null || type.isEmpty()) {
      throw NgsiLdException.badData("type: empty type selection");
    }
    TypeQueryParser p = new TypeQueryParser(type);
    TypeQuery result = p.or();
    if (p.pos < type.length()) {
      throw p.expected("'|', ',', ';' or end of input");
    }
    return result;
  }

  private TypeQuery or() {
    List<TypeQuery> parts = new ArrayList<>();
    do {
      TypeQuery and = and();
      if (and instanceof TypeQuery.Or o) {
        parts.addAll(o.terms());
      } else {
        parts.add(and);
      }
    } while (accept('|') || accept(','));
    return parts.size() == 1 ? parts.get(0) : new TypeQuery.Or(parts);
  }

  private TypeQuery and() {
    List<TypeQuery> parts = new ArrayList<>();
    do {
      TypeQuery unary = unary();
      if (unary instanceof TypeQuery.And a) {
        parts.addAll(a.terms());
      } else {
        parts.add(unary);
      }
    } while (accept(';'));
    return parts.size() == 1 ? parts.get(0) : new TypeQuery.And(parts);
  }

  private TypeQuery unary() {
    if (!accept('(')) {
      return name();
    }
    if (++depth > MAX_DEPTH) {
      throw tooComplex("parentheses nested deeper than " + MAX_DEPTH);
    }
    TypeQuery inner = or();
    if (!accept(')')) {
      throw expected("'|', ',', ';' or ')'");
    }
    depth--;
    return inner;
  }

  private TypeQuery name() {
    if (++terms > MAX_TERMS) {
      throw tooComplex("more than " + MAX_TERMS + " types");
    }
    int start = pos;
    while (pos < text.length() && DELIMITERS.indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String name = text.substring(start, pos);
    if (name.isEmpty()) {
      throw SyntaxErrors.expected("type", "an entity type", text, start);
    }
    if (!isName(name) && !Uris.isAbsolute(name)) {
      throw SyntaxErrors.at(
          "type", "invalid entity type " + Uris.quote(name) + " (a name or a URI)", start);
    }
    return new TypeQuery.Name(name);
  }

  /** A name as of clause 4.6.2, optionally prefixed ({@code prefix:name}). */
  static boolean isName(String s) {
    int colon = s.indexOf(':');
    if (colon < 0) {
      return isSimpleName(s);
    }
    return isSimpleName(s.substring(0, colon)) && isSimpleName(s.substring(colon + 1));
  }

  private static boolean isSimpleName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
      return false;
    }
    return s.codePoints()
        .allMatch(cp -> Character.isLetter(cp) || Character.isDigit(cp) || cp == '_');
  }

  private boolean accept(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private NgsiLdException expected(String what) {
    return SyntaxErrors.expected("type", what, text, pos);
  }

  private static NgsiLdException tooComplex(String why) {
    return new NgsiLdException(ErrorType.TOO_COMPLEX_QUERY, "type: query too complex: " + why);
  }
}
