package org.civicbroker.model.query.scope;

import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.SyntaxErrors;

/**
 * Parses the {@code scopeQ} parameter (GS CIM 009 clause 4.19). Accepts a superset of the ABNF:
 * nested parentheses, AND without parentheses, and scopes without the leading '/' (as in the
 * clause's example 5):
 *
 * <pre>
 * or      = and *(("|" / ",") and)      ; AND binds tighter than OR
 * and     = unary *(";" unary)
 * unary   = "(" or ")" / pattern
 * pattern = "/#" / ["/"] level *("/" level) ["/#"]
 * level   = unicodeLetter *(unicodeLetter / unicodeNumber / "_") / "+"
 * </pre>
 *
 * Syntax errors are {@code BadRequestData}; nesting deeper than {@value #MAX_DEPTH} or more than
 * {@value #MAX_TERMS} patterns is {@code TooComplexQuery}.
 */
public final class ScopeQParser {
  static final int MAX_DEPTH = 16;
  static final int MAX_TERMS = 256;
  private static final String PARAM = "scopeQ";

  private final String text;
  private int pos;
  private int depth;
  private int terms;

  private ScopeQParser(String text) {
    this.text = text;
  }

  public static ScopeQ parse(String scopeQ) {
    if (scopeQ == null || scopeQ.isEmpty()) {
      throw NgsiLdException.badData("scopeQ: empty scope query");
    }
    ScopeQParser p = new ScopeQParser(scopeQ);
    ScopeQ result = p.or();
    if (p.pos < scopeQ.length()) {
      throw p.expected(p.peek() == ')' ? "'|', ',', ';' or end of input" : "'|', ',' or ';'");
    }
    return result;
  }

  private ScopeQ or() {
    List<ScopeQ> parts = new ArrayList<>();
    do {
      ScopeQ and = and();
      if (and instanceof ScopeQ.Or o) {
        parts.addAll(o.terms());
      } else {
        parts.add(and);
      }
    } while (accept('|') || accept(','));
    return parts.size() == 1 ? parts.get(0) : new ScopeQ.Or(parts);
  }

  private ScopeQ and() {
    List<ScopeQ> parts = new ArrayList<>();
    do {
      ScopeQ unary = unary();
      if (unary instanceof ScopeQ.And a) {
        parts.addAll(a.terms());
      } else {
        parts.add(unary);
      }
    } while (accept(';'));
    return parts.size() == 1 ? parts.get(0) : new ScopeQ.And(parts);
  }

  private ScopeQ unary() {
    if (!accept('(')) {
      return pattern();
    }
    if (++depth > MAX_DEPTH) {
      throw tooComplex("parentheses nested deeper than " + MAX_DEPTH);
    }
    ScopeQ inner = or();
    if (!accept(')')) {
      throw expected("'|', ',', ';' or ')'");
    }
    depth--;
    return inner;
  }

  private ScopeQ pattern() {
    if (++terms > MAX_TERMS) {
      throw tooComplex("more than " + MAX_TERMS + " scopes");
    }
    if (text.startsWith("/#", pos)) {
      pos += 2;
      return new ScopeQ.Pattern(List.of(), true);
    }
    List<String> levels = new ArrayList<>();
    boolean slash = accept('/');
    do {
      if (text.startsWith("#", pos) && !levels.isEmpty()) {
        pos++;
        return new ScopeQ.Pattern(levels, true);
      }
      levels.add(level(slash || !levels.isEmpty()));
    } while (accept('/'));
    return new ScopeQ.Pattern(levels, false);
  }

  private String level(boolean afterSlash) {
    if (accept('+')) {
      return ScopeQ.Pattern.ANY_LEVEL;
    }
    int start = pos;
    if (pos < text.length() && Character.isLetter(text.codePointAt(pos))) {
      while (pos < text.length() && Scopes.isLevelChar(text.codePointAt(pos))) {
        pos += Character.charCount(text.codePointAt(pos));
      }
    }
    if (pos == start) {
      throw expected(afterSlash ? "a scope level, '+' or '#'" : "'/', '(' or a scope level");
    }
    return text.substring(start, pos);
  }

  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private boolean accept(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private NgsiLdException expected(String what) {
    return SyntaxErrors.expected(PARAM, what, text, pos);
  }

  private static NgsiLdException tooComplex(String why) {
    return new NgsiLdException(ErrorType.TOO_COMPLEX_QUERY, "scopeQ: query too complex: " + why);
  }
}
