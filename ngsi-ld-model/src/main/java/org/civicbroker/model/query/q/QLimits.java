package org.civicbroker.model.query.q;

/**
 * Complexity limits for a {@code q} expression. Exceeding one is {@code TooComplexQuery} (403,
 * clause 5.5.2: "the query is too complex and cannot be resolved").
 *
 * @param maxLength maximum number of characters of the query text
 * @param maxTerms maximum number of query terms (comparisons, matches, existence tests)
 * @param maxDepth maximum nesting of parentheses
 * @param maxListValues maximum number of values in one value list
 */
public record QLimits(int maxLength, int maxTerms, int maxDepth, int maxListValues) {
  /** Generous defaults: 8192 characters, 256 terms, depth 32, 1000 listed values. */
  public static final QLimits DEFAULT = new QLimits(8192, 256, 32, 1000);

  public QLimits {
    if (maxLength < 1 || maxTerms < 1 || maxDepth < 1 || maxListValues < 2) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
