package org.civicbroker.model.query.q;

/**
 * A token of the {@code q} language: its kind, its text (decoded for quoted strings) and the
 * 0-based position where it starts in the query.
 */
record QToken(Kind kind, String text, int start) {
  enum Kind {
    NAME,
    KEY,
    OPERATOR,
    NUMBER,
    STRING,
    TRUE,
    FALSE,
    DATE_TIME,
    DATE,
    TIME,
    URI,
    REGEX
  }
}
