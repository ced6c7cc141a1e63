package org.civicbroker.model.query;

import org.civicbroker.model.error.NgsiLdException;

/**
 * Uniform syntax-error details for the query languages: {@code <param>: expected <what> at position
 * <n> but found <what>}. Positions are 0-based character indexes into the parameter. Syntax errors
 * are {@code BadRequestData} (GS CIM 009 clause 5.7.2: a query that is not syntactically valid as
 * per clauses 4.9/4.10).
 */
public final class SyntaxErrors {
  private SyntaxErrors() {}

  /** An error at {@code pos} of {@code text}, saying what was expected there. */
  public static NgsiLdException expected(String param, String expected, String text, int pos) {
    return NgsiLdException.badData(
        param
            + ": expected "
            + expected
            + " at position "
            + pos
            + " but found "
            + found(text, pos));
  }

  /** An error at {@code pos} with a free-form message. */
  public static NgsiLdException at(String param, String message, int pos) {
    return NgsiLdException.badData(param + ": " + message + " at position " + pos);
  }

  /** A description of the character at {@code pos}: quoted, or "end of input". */
  public static String found(String text, int pos) {
    if (pos >= text.length()) {
      return "end of input";
    }
    int cp = text.codePointAt(pos);
    return "'" + new String(Character.toChars(cp)) + "'";
  }
}
